package com.momentverse.order;

import com.momentverse.account.Account;
import com.momentverse.account.AccountRepository;
import com.momentverse.account.EmailUnverifiedException;
import com.momentverse.common.NotFoundException;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentRepository;
import com.momentverse.star.Star;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Places an order in one transaction of its own: the held moment (span and star) and the order
 * awaiting payment, at the price {@link Pricing} gives. The database refuses a span or star that
 * an active moment has; the refusal arrives here as {@code SpanTakenException} or
 * {@code StarTakenException} and rolls everything back, so nothing is half-written.
 *
 * <p>Its own bean so that {@link ClaimService} can read the nearest free spans after a refusal,
 * in a new transaction: on PostgreSQL a transaction that broke a constraint can do nothing more.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrderPlacement {

    @Inject
    AccountRepository accounts;

    @Inject
    MomentRepository moments;

    @Inject
    OrderRepository orders;

    @Inject
    StarCatalogue stars;

    @Inject
    Pricing pricing;

    @Inject
    HoldSettings settings;

    @Inject
    CheckoutLinks links;

    Clock clock = Clock.systemUTC();

    public OrderView place(UUID accountId, ClaimRequest claim) {
        Account account = accounts.find(accountId).orElseThrow(NotFoundException::new);
        if (!account.isEmailVerified()) {
            throw new EmailUnverifiedException();
        }
        Star star = claim.starHip() == null ? null : stars.require(claim.starHip());
        Quote quote = pricing.quote(claim.span().duration().getSeconds(),
                Optional.ofNullable(star).map(Star::getDisplayName), claim.premiumCertificate());
        // Microseconds, as the database keeps them: the answer shows what is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Moment moment = Moment.hold(accountId, claim.span(), claim.zone(), claim.text(), claim.visibility(), star,
                claim.premiumCertificate(), claim.gift(), now);
        moments.hold(moment);
        CustomerOrder order = CustomerOrder.place(accountId, moment, quote, now, now.plus(settings.hold()));
        orders.add(order);
        return OrderView.of(order, links);
    }
}
