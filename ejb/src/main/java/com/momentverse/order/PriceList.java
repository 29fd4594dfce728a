package com.momentverse.order;

import com.momentverse.common.Money;

/**
 * The catalogue of PRODUCT.md ("Prices"): what each thing costs, in cents of one currency.
 * The application's list comes from configuration ({@link PriceListProducer}); only
 * {@link Pricing} reads it.
 *
 * <p>Checked when it is made, so that a wrong configuration fails the deployment instead of a
 * customer's checkout: no price is negative, and the currency is a lower-case ISO 4217 code.
 * Each message names the setting at fault. A price of 0 is allowed (an item given away).
 *
 * <p>Final, and a plain value rather than a bean: a constructor that refuses its arguments is
 * safe only in a class nobody can extend (SpotBugs CT_CONSTRUCTOR_THROW).
 */
public final class PriceList {

    private final String currency;
    private final Money moment;
    private final Money extraMinute;
    private final Money star;
    private final Money premiumCertificate;
    private final Money premiumBundle;

    /**
     * A price list, checked.
     *
     * @param currency           lower-case ISO 4217 code of every price ({@code mv.price.currency})
     * @param moment             the moment, which covers its first minute ({@code mv.price.moment})
     * @param extraMinute        each further started minute ({@code mv.price.extra-minute})
     * @param star               star pairing bought alone ({@code mv.price.star})
     * @param premiumCertificate premium certificate bought alone ({@code mv.price.premium-certificate})
     * @param premiumBundle      star pairing and premium certificate together ({@code mv.price.premium-bundle})
     * @throws IllegalArgumentException naming the setting, when a price is negative or the currency is not a code
     */
    public PriceList(String currency, long moment, long extraMinute, long star, long premiumCertificate,
                     long premiumBundle) {
        try {
            this.currency = Money.requireCurrencyCode(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mv.price.currency: " + e.getMessage(), e);
        }
        this.moment = price("mv.price.moment", moment);
        this.extraMinute = price("mv.price.extra-minute", extraMinute);
        this.star = price("mv.price.star", star);
        this.premiumCertificate = price("mv.price.premium-certificate", premiumCertificate);
        this.premiumBundle = price("mv.price.premium-bundle", premiumBundle);
    }

    private Money price(String setting, long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException(setting + " must not be negative: " + cents);
        }
        return Money.of(cents, currency);
    }

    /** The lower-case ISO 4217 code of every price. */
    public String currency() {
        return currency;
    }

    /** The moment, which covers its first minute. */
    public Money moment() {
        return moment;
    }

    /** Each further started minute after the first. */
    public Money extraMinute() {
        return extraMinute;
    }

    /** Star pairing, bought without the premium certificate. */
    public Money star() {
        return star;
    }

    /** The premium certificate, bought without a star. */
    public Money premiumCertificate() {
        return premiumCertificate;
    }

    /** Star pairing and premium certificate bought together. */
    public Money premiumBundle() {
        return premiumBundle;
    }

    /** For the log: every price, in cents. */
    @Override
    public String toString() {
        return "moment " + moment + " (first minute), each further minute " + extraMinute + ", star " + star
                + ", premium certificate " + premiumCertificate + ", premium bundle " + premiumBundle;
    }
}
