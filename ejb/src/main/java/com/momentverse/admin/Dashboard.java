package com.momentverse.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The administrators' dashboard (PRODUCT.md, "Administration"): sales per day, the funnel from
 * quote to payment, and certificates per day over the last {@value #DAYS} UTC days (today
 * included), and confirmed moments per era. Every figure is one aggregate query
 * ({@link DashboardQueries}), in one read transaction.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Dashboard {

    /** How many days the charts cover. */
    public static final int DAYS = 30;

    @Inject
    DashboardQueries queries;

    Clock clock = Clock.systemUTC();

    public DashboardFigures figures() {
        LocalDate until = LocalDate.now(clock).plusDays(1);
        LocalDate from = until.minusDays(DAYS);
        return new DashboardFigures(from, until,
                DailySeries.fill(queries.paidOrdersPerDay(from, until), from, until),
                DailySeries.fill(queries.certificatesPerDay(from, until), from, until),
                queries.funnel(from, until),
                queries.confirmedMomentsPerEra());
    }
}
