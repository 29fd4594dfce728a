package com.momentverse.order.view;

import com.momentverse.account.Caller;
import com.momentverse.account.EmailUnverifiedException;
import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import com.momentverse.common.Span;
import com.momentverse.common.TimeZones;
import com.momentverse.moment.MomentText;
import com.momentverse.moment.SpanTakenException;
import com.momentverse.moment.StarTakenException;
import com.momentverse.moment.Visibility;
import com.momentverse.order.ClaimRequest;
import com.momentverse.order.ClaimService;
import com.momentverse.order.OrderView;
import com.momentverse.payment.PaymentProviderException;
import com.momentverse.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /claim}: a person picks a span in their own time zone, words, a visibility, a star and
 * options, sees the span, its availability and the price change as they type, and starts
 * checkout. Checkout needs a signed-in account with a verified address; an anonymous person's
 * form is kept (see {@link ClaimDraft}) while they sign in.
 *
 * <p>The preview and the quote are read from the services only when the inputs they depend on
 * change, however often the page renders them.
 */
@Named
@ViewScoped
public class ClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "claim";

    private static final List<SelectItem> MONTHS = Arrays.stream(Month.values())
            .map(m -> new SelectItem(m.getValue(), m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))).toList();
    private static final int ZONE_SUGGESTIONS = 40;

    @EJB
    ClaimService claims;

    @Inject
    ClaimStars stars;

    @Inject
    ClaimDraft draft;

    @Inject
    CurrentCaller caller;

    @Inject
    SiteLinks links;

    private ClaimForm form;
    private boolean restored;
    private boolean askBrowserZone;
    private boolean signInNeeded;
    private boolean emailUnverified;

    private String previewKey;
    private SpanPreview preview;
    private String quoteKey;
    private QuotePreview quote;

    @PostConstruct
    void init() {
        form = draft.take();
        restored = form != null;
        if (form == null) {
            form = ClaimForm.startingToday();
            askBrowserZone = true;
        }
    }

    /** The browser's zone (sent once by claim.js), unless the person already chose one. */
    public void useBrowserZone() {
        String zone = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("zone");
        if (askBrowserZone && TimeZones.isKnown(zone)) {
            form.setTimeZone(zone);
        }
        askBrowserZone = false;
    }

    /** Time zone ids containing the text (spaces read as underscores), for the zone's autoComplete. */
    public List<String> completeZone(String text) {
        String wanted = text == null ? "" : text.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
        return TimeZones.ids().stream().filter(id -> id.toLowerCase(Locale.ROOT).contains(wanted))
                .limit(wanted.isEmpty() ? TimeZones.ids().size() : ZONE_SUGGESTIONS).toList();
    }

    /** The person picked the zone in the list: their choice wins over the browser's. */
    public void zoneChosen() {
        askBrowserZone = false;
    }

    public void useNearestBefore() {
        useSpan(getPreview().nearestBefore());
    }

    public void useNearestAfter() {
        useSpan(getPreview().nearestAfter());
    }

    private void useSpan(Span span) {
        if (span != null) {
            form.startAt(span);
        }
    }

    /** The suggestion picked in the star search box. */
    public void starPicked() {
        Integer hip = stars.takePick();
        if (hip != null) {
            pickStar(() -> stars.available(hip));
        }
    }

    /** A star of the brightest-available list. */
    public void chooseStar(int hip) {
        pickStar(() -> stars.available(hip));
        stars.hideBrightest();
    }

    public void randomStar() {
        pickStar(stars::random);
    }

    public void removeStar() {
        form.setStar(null);
    }

    private void pickStar(Supplier<Optional<StarChoice>> choice) {
        Optional<StarChoice> star = choice.get();
        if (star.isPresent()) {
            form.setStar(star.get());
        } else {
            ClaimMessages.error(FORM, "starHip", "That star is no longer available: please pick another.");
        }
    }

    /**
     * Holds the span and goes to checkout; or says what stands in the way, next to the field it
     * is about, keeping everything typed.
     */
    public void checkout() throws IOException {
        signInNeeded = false;
        emailUnverified = false;
        Caller who = caller.get();
        if (who.accountId() == null) {
            draft.keep(form);
            signInNeeded = true;
            return;
        }
        try {
            OrderView order = claims.place(who.accountId(), request());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(links.href(order.checkoutUrl()));
        } catch (SpanTakenException e) {
            previewKey = null; // read availability again: it now shows the nearest free spans
            ClaimMessages.error(FORM, "start", "This span is already taken. Pick another time, or use one of the nearest free spans below.");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (StarTakenException e) {
            ClaimMessages.error(FORM, "starHip", "This star was just paired with another moment. Please pick another star.");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (EmailUnverifiedException e) {
            emailUnverified = true;
        } catch (InvalidInputException e) {
            ClaimMessages.fieldErrors(FORM, e.getErrors());
        } catch (PaymentProviderException e) {
            // The span is held for the person; checkout can be opened again from their account.
            ClaimMessages.error(FORM, null, "The span is held for you, but our payment provider did not answer."
                    + " Open \"My orders\" on your account page in a moment to continue to checkout.");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * The claim from the form, every field checked at once.
     *
     * @throws InvalidInputException listing every field at fault
     */
    private ClaimRequest request() {
        List<FieldError> errors = new ArrayList<>();
        Span span = collect(errors, form::span);
        MomentText text = collect(errors, () -> MomentText.of(form.getTitle(), form.getMessage(), form.getDedicatedTo()));
        Visibility visibility = collect(errors, () -> Visibility.parse(form.getVisibility()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ZoneId zone = TimeZones.parse(form.getTimeZone()); // known: the span was read in it
        return new ClaimRequest(span, zone, text, visibility, form.starHip(), form.isPremium(), null);
    }

    private static <T> T collect(List<FieldError> errors, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.getErrors());
            return null;
        }
    }

    /** The span of the inputs, its availability and nearest free spans; read again when they change. */
    public SpanPreview getPreview() {
        String key = String.join("|", form.getDay(), Integer.toString(form.getMonth()), form.getYear(), form.getEra(),
                form.getTime(), form.getTimeZone(), form.getHours(), form.getMinutes(), form.getSeconds());
        if (!key.equals(previewKey)) {
            try {
                Span span = form.span();
                preview = SpanPreview.of(claims.availability(span), TimeZones.parse(form.getTimeZone()));
            } catch (InvalidInputException e) {
                preview = SpanPreview.invalid(e.getErrors().stream().map(ClaimMessages::text).toList());
            }
            previewKey = key;
        }
        return preview;
    }

    /** The price of the length, star and certificate now picked; read again when they change. */
    public QuotePreview getQuote() {
        Duration length;
        try {
            length = form.duration();
        } catch (InvalidInputException e) {
            return QuotePreview.none("Enter a duration to see the price.");
        }
        String key = length.getSeconds() + "|" + form.starHip() + "|" + form.isPremium();
        if (!key.equals(quoteKey)) {
            try {
                // The price depends on the length alone, not on where the span lies.
                quote = QuotePreview.of(claims.quote(Span.ofEpochSeconds(0, length.getSeconds()), form.starHip(),
                        form.isPremium()));
            } catch (InvalidInputException e) {
                quote = QuotePreview.none("A moment lasts from 1 second to 24 hours.");
            }
            quoteKey = key;
        }
        return quote;
    }

    public ClaimForm getForm() {
        return form;
    }

    public List<SelectItem> getMonths() {
        return MONTHS;
    }

    public boolean isRestored() {
        return restored;
    }

    public boolean isAskBrowserZone() {
        return askBrowserZone;
    }

    public boolean isSignInNeeded() {
        return signInNeeded;
    }

    public boolean isEmailUnverified() {
        return emailUnverified;
    }

    public boolean isSignedIn() {
        return caller.get().accountId() != null;
    }
}
