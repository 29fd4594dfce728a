package com.momentverse.admin;

import com.momentverse.timeline.Era;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows, for the UTC days [from, until).
 *
 * @param sales        every day's still-paid orders and their sum
 * @param certificates every day's issued certificates
 * @param funnel       quotes, orders placed and paid in the period
 * @param moments      confirmed moments per era, all time, every era present
 */
public record DashboardFigures(LocalDate from, LocalDate until, List<DayTotal> sales, List<DayTotal> certificates,
                               Funnel funnel, Map<Era, Long> moments) {

    public DashboardFigures {
        sales = List.copyOf(sales);
        certificates = List.copyOf(certificates);
        moments = Map.copyOf(moments);
    }
}
