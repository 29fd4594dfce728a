package com.momentverse.moment.view;

import com.momentverse.certificate.CertificateNumber;
import com.momentverse.certificate.CertificateService;
import com.momentverse.certificate.jasper.CelestialText;
import com.momentverse.common.NotFoundException;
import com.momentverse.moment.MomentService;
import com.momentverse.moment.MomentStatus;
import com.momentverse.moment.MomentView;
import com.momentverse.moment.Visibility;
import com.momentverse.moment.share.MomentPictures;
import com.momentverse.moment.share.ShareLinks;
import com.momentverse.moment.share.ShareTargets;
import com.momentverse.star.Star;
import com.momentverse.web.StateWords;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /m/{id}}: everything public about a moment: its words, its span in its zone and in UTC
 * (BCE/CE), its length and era, the star with the sky around it, the certificate, likes and
 * shares; and in the head the tags a shared link is previewed with ({@link ShareTags}). The
 * moment comes from {@link MomentPath}, which has already answered 404 to a caller who may not
 * see it; reached any other way (as {@code /moment?id=}) the page is not found either, so a
 * moment has one address.
 *
 * <p>Likes, whether the caller likes it, and shares are the counts {@link MomentView} carries
 * (filled by {@link MomentService} with the timeline's likes and shares); the like button and
 * the share buttons change them through the API from {@code moment.js}.
 */
@Named
@RequestScoped
public class MomentPage {

    @EJB
    MomentService moments;

    @EJB
    CertificateService certificates;

    @Inject
    MomentPictures pictures;

    @Inject
    ShareLinks links;

    @Inject
    CurrentCaller caller;

    private String id;
    private MomentView moment;
    private boolean openToAnyone;
    private String certificateStatus;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (!(external.getRequestMap().get(MomentPath.MOMENT) instanceof MomentView found)) {
            external.responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        moment = found;
        openToAnyone = caller.get().accountId() == null || moments.isOpenToAnyone(moment.id());
        if (moment.certificateNumber() != null) {
            try {
                certificateStatus = StateWords.of(certificates.find(new CertificateNumber(moment.certificateNumber())).status());
            } catch (NotFoundException e) {
                certificateStatus = null;
            }
        }
    }

    public String getId() {
        return moment == null ? id : moment.id().toString();
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isFound() {
        return moment != null;
    }

    public String getTitle() {
        return moment.title();
    }

    /** The dedication as typed; the page keeps its line breaks. */
    public String getMessage() {
        return moment.message();
    }

    public String getDedicatedTo() {
        return moment.dedicatedTo();
    }

    public String getDedicatedBy() {
        return moment.dedicatedBy();
    }

    public String getSpanUtc() {
        return moment.span().formatUtc();
    }

    public String getSpanInZone() {
        return moment.span().format(moment.timeZone());
    }

    /** Whether the zone it was picked in is UTC itself: then one span says it all. */
    public boolean isZoneUtc() {
        return getSpanInZone().equals(getSpanUtc());
    }

    public String getDuration() {
        return moment.span().durationInWords();
    }

    public String getEraId() {
        return moment.era().id();
    }

    public String getEraName() {
        return moment.era().displayName();
    }

    /** Whether the caller owns it: the page then says who else can see it. */
    public boolean isMine() {
        return moment.mine();
    }

    /** "public", "unlisted" or "private". */
    public String getVisibility() {
        return StateWords.of(moment.visibility());
    }

    public boolean isConfirmed() {
        return moment.status() == MomentStatus.CONFIRMED;
    }

    /** "held" or "released" (only its owner and administrators see such a moment). */
    public String getStatus() {
        return StateWords.of(moment.status());
    }

    /** Whether anyone, signed in or not, may see it: then it can be shared. */
    public boolean isOpenToAnyone() {
        return openToAnyone;
    }

    /** Whether search engines may list the page: public, confirmed and open to anyone. */
    public boolean isListed() {
        return openToAnyone && moment.visibility() == Visibility.PUBLIC;
    }

    // --- the star ---------------------------------------------------------------------------

    public boolean isStarPaired() {
        return moment.star() != null;
    }

    private Star star() {
        return moment.star();
    }

    public String getStarName() {
        return star().getDisplayName();
    }

    /** The designation when the name is not already it ("α Scorpii" for Antares), else null. */
    public String getStarDesignation() {
        String designation = star().getDesignation();
        return designation == null || designation.isBlank() || designation.equals(star().getDisplayName()) ? null : designation;
    }

    public int getStarHip() {
        return star().getHip();
    }

    public String getStarConstellation() {
        return star().getConstellationName();
    }

    public String getStarMagnitude() {
        return CelestialText.magnitude(star().getMagnitude());
    }

    public String getStarRightAscension() {
        return CelestialText.rightAscension(star().getRaDeg());
    }

    public String getStarDeclination() {
        return CelestialText.declination(star().getDecDeg());
    }

    /** The sky view's description, for those who do not see it. */
    public String getSkyAlt() {
        return "The sky around " + getStarName() + " in " + getStarConstellation()
                + ", with the constellation's figure; north is up, east on the left.";
    }

    // --- certificate, likes, shares ------------------------------------------------------------

    public String getCertificateNumber() {
        return moment.certificateNumber();
    }

    /** "valid", "revoked" or "superseded"; null without a certificate. */
    public String getCertificateStatus() {
        return certificateStatus;
    }

    public long getLikes() {
        return moment.likes();
    }

    public boolean isLikedByMe() {
        return moment.likedByMe();
    }

    public long getShares() {
        return moment.shares();
    }

    public boolean isSignedIn() {
        return caller.get().accountId() != null;
    }

    /** The sign-in page, coming back here. */
    public String getSignInPath() {
        return "/login?next=" + URLEncoder.encode("/m/" + moment.id(), StandardCharsets.UTF_8);
    }

    public ShareTargets getShare() {
        return links.targets(moment.id(), moment.title());
    }

    /** The head's preview, canonical, description and robots tags, escaped ({@link ShareTags}). */
    public String getHeadTags() {
        return ShareTags.html(moment.title(),
                ShareTags.description(getSpanUtc(), moment.dedicatedTo(), moment.message()),
                links.page(moment.id()), links.picture(moment.id(), pictures.cardVersion(moment)),
                pictureAlt(), isListed());
    }

    private String pictureAlt() {
        return "\u201C" + moment.title() + "\u201D, " + getSpanUtc()
                + (isStarPaired() ? ", with the star " + getStarName() : "");
    }
}
