package com.momentverse.moment.share;

import com.momentverse.account.Caller;
import com.momentverse.certificate.jasper.CertificateStar;
import com.momentverse.certificate.jasper.SkyChart;
import com.momentverse.common.NotFoundException;
import com.momentverse.moment.MomentService;
import com.momentverse.moment.MomentView;
import com.momentverse.moment.Visibility;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The pictures of a moment, to whoever may see the moment ({@link MomentService#find}, so
 * {@link com.momentverse.moment.MomentAccess} decides): the share picture
 * ({@code /m/{id}/og.png}) and the sky view of its page ({@code /m/{id}/sky.png}). Each is drawn
 * once and kept in memory ({@link PictureCache}, {@value #CACHE_BYTES} bytes at most) under the
 * moment's id and the fingerprint of what it shows, so a change of the title draws it anew and
 * changes its ETag.
 */
@ApplicationScoped
public class MomentPictures {

    /** About 100 share pictures (~140 KB each) or 600 sky views. */
    static final long CACHE_BYTES = 16L * 1024 * 1024;
    /** The sky view's side in pixels: twice what the page shows, for sharp screens. */
    static final int SKY_SIZE = 480;
    /** The sky view's design: part of its ETag. */
    static final String SKY_DESIGN = "sky-1";

    private final ShareCardRenderer renderer = new ShareCardRenderer();
    private final PictureCache cache = new PictureCache(CACHE_BYTES);

    @EJB
    MomentService moments;

    /**
     * The share picture of a moment.
     *
     * @throws NotFoundException when there is no such moment or the caller may not see it
     */
    public Picture card(Caller caller, UUID id) {
        MomentView moment = moments.find(caller, id);
        ShareCard card = ShareCard.of(moment);
        String fingerprint = card.fingerprint();
        return new Picture(fingerprint, openToAnyone(caller, id), moment.visibility() == Visibility.PUBLIC,
                () -> cache.get(id + "/" + fingerprint, () -> renderer.png(card)));
    }

    /**
     * The sky around a moment's star, transparent outside the chart's disc.
     *
     * @throws NotFoundException when there is no such moment, the caller may not see it, or it has no star
     */
    public Picture sky(Caller caller, UUID id) {
        MomentView moment = moments.find(caller, id);
        if (moment.star() == null) {
            throw new NotFoundException();
        }
        CertificateStar star = CertificateStar.of(moment.star());
        String tag = SKY_DESIGN + "-" + star.hip();
        return new Picture(tag, openToAnyone(caller, id), moment.visibility() == Visibility.PUBLIC,
                () -> cache.get(tag, () -> Png.of(SkyChart.draw(star, SKY_SIZE, null))));
    }

    /** The version of a moment's share picture, for its address: it changes when the picture does. */
    public String cardVersion(MomentView moment) {
        return ShareCard.of(moment).fingerprint();
    }

    /** An anonymous caller who sees the moment proves it open; anyone else asks once more, as a visitor. */
    private boolean openToAnyone(Caller caller, UUID id) {
        return caller.accountId() == null || moments.isOpenToAnyone(id);
    }
}
