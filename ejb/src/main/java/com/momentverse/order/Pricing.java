package com.momentverse.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place prices are computed (ARCHITECTURE.md, "Where a rule lives"): the quote
 * endpoint, the claim page and order placement all ask this class, so the lines a customer is
 * quoted, the lines an order stores and the lines sent to Stripe are the same lines.
 *
 * <p>The rules of PRODUCT.md ("Prices"), with the prices of the {@link PriceList}:
 * <ul>
 * <li>{@link LineCode#MOMENT}: always, once; it covers the first minute.</li>
 * <li>{@link LineCode#EXTRA_MINUTES}: one per further <em>started</em> minute (61 s and 120 s
 *     are one, 121 s two); left out for a moment of a minute or less.</li>
 * <li>A star alone is {@link LineCode#STAR}, a premium certificate alone
 *     {@link LineCode#PREMIUM_CERTIFICATE}; both together are one {@link LineCode#PREMIUM_BUNDLE}
 *     line instead of the two.</li>
 * </ul>
 * The total is the sum of the lines, always ({@link Quote} checks it).
 */
@ApplicationScoped
public class Pricing {

    /** The shortest moment: one second. */
    public static final long MIN_DURATION_SECONDS = 1;

    /** The longest moment: 24 hours. */
    public static final long MAX_DURATION_SECONDS = 86_400;

    private static final long MINUTE_SECONDS = 60;

    private PriceList prices;

    /** For the container's client proxy only; it never reads the price list. */
    protected Pricing() {
    }

    @Inject
    public Pricing(PriceList prices) {
        this.prices = Objects.requireNonNull(prices, "prices");
    }

    /**
     * The lines and total of a moment with its options.
     *
     * @param durationSeconds    the moment's length, {@value #MIN_DURATION_SECONDS} s to {@value #MAX_DURATION_SECONDS} s
     *                           (the span type refuses other lengths before this is asked)
     * @param starName           the paired star's name as the customer sees it ("Sirius"), or empty for no star
     * @param premiumCertificate whether the premium certificate is wanted
     * @return the lines in the order they are shown (moment, further minutes, then the star and
     *         certificate options) and their total, in the price list's currency
     * @throws IllegalArgumentException when the duration is out of range or the star's name is blank
     */
    public Quote quote(long durationSeconds, Optional<String> starName, boolean premiumCertificate) {
        if (durationSeconds < MIN_DURATION_SECONDS || durationSeconds > MAX_DURATION_SECONDS) {
            throw new IllegalArgumentException("A moment lasts " + MIN_DURATION_SECONDS + " s to "
                    + MAX_DURATION_SECONDS + " s, not " + durationSeconds + " s");
        }
        Optional<String> star = Objects.requireNonNull(starName, "starName").map(String::strip);
        if (star.filter(String::isEmpty).isPresent()) {
            throw new IllegalArgumentException("A paired star needs a name to show");
        }

        List<OrderLine> lines = new ArrayList<>(3);
        lines.add(OrderLine.of(LineCode.MOMENT, "Moment (first minute)", 1, prices.moment().cents()));
        int further = furtherMinutes(durationSeconds);
        if (further > 0) {
            lines.add(OrderLine.of(LineCode.EXTRA_MINUTES,
                    further == 1 ? "1 further minute" : further + " further minutes",
                    further, prices.extraMinute().cents()));
        }
        if (star.isPresent() && premiumCertificate) {
            lines.add(OrderLine.of(LineCode.PREMIUM_BUNDLE,
                    "Premium bundle: star pairing (" + star.get() + ") and premium certificate",
                    1, prices.premiumBundle().cents()));
        } else if (star.isPresent()) {
            lines.add(OrderLine.of(LineCode.STAR, "Star pairing: " + star.get(), 1, prices.star().cents()));
        } else if (premiumCertificate) {
            lines.add(OrderLine.of(LineCode.PREMIUM_CERTIFICATE, "Premium certificate", 1,
                    prices.premiumCertificate().cents()));
        }
        return Quote.of(lines, prices.currency());
    }

    /**
     * The minutes after the first that the moment has started: {@code ceil(seconds / 60) - 1},
     * which for a positive length is {@code (seconds - 1) / 60}. 1 s to 60 s: 0; 61 s to 120 s: 1;
     * 24 h: 1439.
     */
    static int furtherMinutes(long durationSeconds) {
        return Math.toIntExact((durationSeconds - 1) / MINUTE_SECONDS);
    }
}
