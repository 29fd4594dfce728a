package com.momentverse.order;

import com.momentverse.common.LikePatterns;
import com.momentverse.common.NewestFirst;
import com.momentverse.common.RowLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Stores and finds orders. */
@ApplicationScoped
public class OrderRepository {

    private static final String LOCK = "SELECT id FROM customer_order WHERE id = ?1 FOR UPDATE";

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    public void add(CustomerOrder order) {
        em.persist(order);
    }

    public Optional<CustomerOrder> find(UUID id) {
        return Optional.ofNullable(em.find(CustomerOrder.class, id));
    }

    /**
     * The order, locked for update until the transaction ends: state changes that may race (a
     * payment arriving while the hold runs out, a webhook and a return page at once) take this
     * lock, so the second one sees what the first one did.
     *
     * <p>Locked first, read after ({@link RowLocks}), with its moment read again too.
     */
    public Optional<CustomerOrder> findForUpdate(UUID id) {
        Optional<CustomerOrder> order = RowLocks.lockThenRead(em, CustomerOrder.class, LOCK, id);
        order.ifPresent(locked -> em.refresh(locked.getMoment()));
        return order;
    }

    /** The account's orders, newest first, after a position in that order. */
    public List<CustomerOrder> placedBy(UUID accountId, NewestFirst after, int limit) {
        String keyset = after == null ? ""
                : " AND (o.createdAt < :at OR (o.createdAt = :at AND o.id < :id))";
        var query = em.createQuery("SELECT o FROM CustomerOrder o WHERE o.accountId = :account" + keyset
                        + " ORDER BY o.createdAt DESC, o.id DESC", CustomerOrder.class)
                .setParameter("account", accountId)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /**
     * Orders for administrators, newest first, after a position in that order: those of the
     * accounts whose e-mail contains {@code emailText} (case-insensitive) and in {@code status},
     * each when given.
     */
    public List<CustomerOrder> search(String emailText, OrderStatus status, NewestFirst after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT o FROM CustomerOrder o WHERE 1 = 1");
        if (emailText != null) {
            jpql.append(" AND o.accountId IN (SELECT a.id FROM Account a WHERE a.emailKey LIKE :email ESCAPE '!')");
        }
        if (status != null) {
            jpql.append(" AND o.status = :status");
        }
        if (after != null) {
            jpql.append(" AND (o.createdAt < :at OR (o.createdAt = :at AND o.id < :id))");
        }
        jpql.append(" ORDER BY o.createdAt DESC, o.id DESC");
        var query = em.createQuery(jpql.toString(), CustomerOrder.class).setMaxResults(limit);
        if (emailText != null) {
            query.setParameter("email", LikePatterns.contains(emailText.strip().toLowerCase(Locale.ROOT)));
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /** The order of a moment, if it has one. */
    public Optional<CustomerOrder> ofMoment(UUID momentId) {
        return em.createQuery("SELECT o FROM CustomerOrder o WHERE o.moment.id = :moment", CustomerOrder.class)
                .setParameter("moment", momentId)
                .getResultStream().findFirst();
    }

    /** Up to {@code limit} pending orders whose hold ran out at {@code now}, oldest hold first. */
    public List<UUID> holdsOver(Instant now, int limit) {
        return em.createQuery("SELECT o.id FROM CustomerOrder o WHERE o.status = :pending"
                        + " AND o.holdExpiresAt <= :now ORDER BY o.holdExpiresAt", UUID.class)
                .setParameter("pending", OrderStatus.PENDING_PAYMENT)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The account's orders that still await payment, locked for update. */
    public List<CustomerOrder> pendingOf(UUID accountId) {
        return em.createQuery("SELECT o FROM CustomerOrder o WHERE o.accountId = :account AND o.status = :pending",
                        CustomerOrder.class)
                .setParameter("account", accountId)
                .setParameter("pending", OrderStatus.PENDING_PAYMENT)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Keeps the account's orders (money records) without the account, which is being deleted. */
    public int disown(UUID accountId) {
        return em.createQuery("UPDATE CustomerOrder o SET o.accountId = null WHERE o.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    /** The order paid through this payment (Stripe: the payment intent), if any. */
    public Optional<CustomerOrder> paidWith(String paymentReference) {
        return em.createQuery("SELECT o FROM CustomerOrder o WHERE o.paymentReference = :reference", CustomerOrder.class)
                .setParameter("reference", paymentReference)
                .getResultStream().findFirst();
    }
}
