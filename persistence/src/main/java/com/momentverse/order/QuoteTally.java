package com.momentverse.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/**
 * How many quotes were answered per UTC day ({@code quote_tally}): quotes are computed, never
 * stored, and the dashboard's funnel (quotes, orders, paid) needs them per day beside the
 * orders, the same on every node and after a restart. One row per day, counted up in place.
 */
@ApplicationScoped
public class QuoteTally {

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    /**
     * Adds to the day's count, in the caller's transaction.
     *
     * @return false when the day has no row yet (see {@link #open})
     */
    public boolean add(LocalDate day, long quotes) {
        return em.createNativeQuery("UPDATE quote_tally SET quotes = quotes + ?1 WHERE utc_day = ?2")
                .setParameter(1, quotes).setParameter(2, day.toEpochDay())
                .executeUpdate() == 1;
    }

    /**
     * Creates the day's row at 0. When another transaction creates it at the same time, one of
     * them fails on the primary key at commit (or here); the caller then counts again.
     */
    public void open(LocalDate day) {
        em.createNativeQuery("INSERT INTO quote_tally (utc_day, quotes) VALUES (?1, 0)")
                .setParameter(1, day.toEpochDay())
                .executeUpdate();
    }
}
