package com.momentverse.order;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the application's {@link PriceList} from configuration ({@code mv.price.*}; defaults in
 * the persistence module's {@code META-INF/microprofile-config.properties}), so that a price
 * changes without a new build. It does so when the application starts: a negative price or a
 * malformed currency fails the deployment, not a customer's quote.
 */
@ApplicationScoped
public class PriceListProducer {

    private static final Logger LOG = Logger.getLogger(PriceListProducer.class);

    @Inject
    @ConfigProperty(name = "mv.price.currency")
    String currency;

    @Inject
    @ConfigProperty(name = "mv.price.moment")
    long moment;

    @Inject
    @ConfigProperty(name = "mv.price.extra-minute")
    long extraMinute;

    @Inject
    @ConfigProperty(name = "mv.price.star")
    long star;

    @Inject
    @ConfigProperty(name = "mv.price.premium-certificate")
    long premiumCertificate;

    @Inject
    @ConfigProperty(name = "mv.price.premium-bundle")
    long premiumBundle;

    private PriceList prices;

    @PostConstruct
    void init() {
        prices = new PriceList(currency, moment, extraMinute, star, premiumCertificate, premiumBundle);
        LOG.infof("Prices in %s cents: %s", prices.currency(), prices);
    }

    /** Creates this bean, and so checks the prices, when the application starts. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Nothing more: being called is the point.
    }

    /** The price list, read once; an immutable value, so every injection point may share it. */
    @Produces
    PriceList priceList() {
        return prices;
    }
}
