package com.momentverse.order;

import com.momentverse.common.Span;
import com.momentverse.moment.Availability;
import com.momentverse.moment.AvailabilityService;
import com.momentverse.moment.SpanTakenException;
import com.momentverse.moment.StarTakenException;
import com.momentverse.payment.CheckoutService;
import com.momentverse.star.Star;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/**
 * Claiming a moment: availability, quotes, and starting checkout (PRODUCT.md, "Claiming a
 * moment"). Claims are counted by outcome ({@code mv_claims_total{outcome=...}}).
 *
 * <p>Starting checkout runs outside any transaction of its own: {@link OrderPlacement} places
 * the order in a new one, and when the database refuses the span, the nearest free spans are read
 * in another, so that the 409 answer carries them.
 */
@Stateless
public class ClaimService {

    private static final Logger LOG = Logger.getLogger(ClaimService.class);

    @EJB
    OrderPlacement placement;

    @EJB
    QuoteCounter quoteCounter;

    @EJB
    AvailabilityService availability;

    @EJB
    CheckoutService checkout;

    @Inject
    StarCatalogue stars;

    @Inject
    Pricing pricing;

    @Inject
    MeterRegistry meters;

    private Counter placed;
    private Counter spanTaken;
    private Counter starTaken;

    @PostConstruct
    void registerMeters() {
        placed = meters.counter("mv.claims", "outcome", "placed");
        spanTaken = meters.counter("mv.claims", "outcome", "span_taken");
        starTaken = meters.counter("mv.claims", "outcome", "star_taken");
    }

    public Availability availability(Span span) {
        return availability.of(span);
    }

    /**
     * The lines and total of a moment of this length with these options, as an order would store them.
     * Each quote answered is counted for the dashboard's funnel (the claim page asks for one whenever
     * the length or the options change); a failure to count never fails the quote.
     *
     * @throws com.momentverse.common.InvalidInputException for {@code starHip} when no such star exists
     */
    public Quote quote(Span span, Integer starHip, boolean premiumCertificate) {
        Optional<String> starName = Optional.ofNullable(starHip).map(stars::require).map(Star::getDisplayName);
        Quote quote = pricing.quote(span.duration().getSeconds(), starName, premiumCertificate);
        count();
        return quote;
    }

    private void count() {
        try {
            quoteCounter.countOne();
        } catch (EJBException first) {
            // The day's row was being opened by another transaction at the same moment: it exists now.
            try {
                quoteCounter.countOne();
            } catch (EJBException again) {
                LOG.warnf("A quote was not counted for the dashboard: %s", again.getMessage());
            }
        }
    }

    /**
     * Holds the span (and the star) for the account and places the order awaiting payment.
     *
     * @throws SpanTakenException with the nearest free spans, when an active moment overlaps the span
     * @throws StarTakenException when the star is paired with an active moment
     * @throws com.momentverse.account.EmailUnverifiedException when the account's e-mail is not verified
     * @throws com.momentverse.payment.PaymentProviderException when the payment provider's checkout
     *                                                          cannot be opened (the hold stays)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OrderView place(UUID accountId, ClaimRequest claim) {
        OrderView order;
        try {
            order = placement.place(accountId, claim);
            placed.increment();
        } catch (SpanTakenException e) {
            spanTaken.increment();
            throw availability.taken(e.getAsked());
        } catch (StarTakenException e) {
            starTaken.increment();
            throw e;
        }
        // With the hold in place, the payment provider's checkout opens; if it cannot, the order
        // keeps its hold and the owner can open checkout again (POST /api/v1/orders/{id}/checkout).
        return checkout.open(order.orderId());
    }
}
