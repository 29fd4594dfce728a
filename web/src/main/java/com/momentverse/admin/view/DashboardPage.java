package com.momentverse.admin.view;

import com.momentverse.admin.Dashboard;
import com.momentverse.admin.DashboardFigures;
import com.momentverse.admin.DayTotal;
import com.momentverse.admin.Funnel;
import com.momentverse.common.Money;
import com.momentverse.timeline.Era;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code /admin}: the dashboard's four charts (sales per day, the funnel, moments per era,
 * certificates per day), read once per request from {@link Dashboard}.
 */
@Named
@RequestScoped
public class DashboardPage {

    /** Label every seventh day of a 30-day chart, counting back from today. */
    private static final int DAY_LABELS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final String CURRENCY = "usd";

    @EJB
    Dashboard dashboard;

    private DashboardFigures figures;
    private BarChart sales;
    private BarChart certificates;
    private BarChart funnel;
    private BarChart eras;

    @PostConstruct
    void load() {
        figures = dashboard.figures();
        sales = perDay("sales-chart", "Sales per day (paid orders, refunds excluded)", figures.sales(),
                day -> Money.of(day.amount(), CURRENCY).forPeople() + " (" + day.count() + " order"
                        + (day.count() == 1 ? "" : "s") + ")", DayTotal::amount);
        certificates = perDay("certificates-chart", "Certificates issued per day", figures.certificates(),
                day -> String.valueOf(day.count()), DayTotal::count);
        Funnel steps = figures.funnel();
        funnel = BarChart.of("funnel-chart", "Conversion funnel: quotes, orders placed, orders paid", List.of(
                new BarChart.Point("Quotes", steps.quotes(), String.valueOf(steps.quotes())),
                new BarChart.Point("Orders", steps.orders(), steps.orders() + percentOf(steps.orders(), steps.quotes())),
                new BarChart.Point("Paid", steps.paid(), steps.paid() + percentOf(steps.paid(), steps.orders()))), 1);
        eras = BarChart.of("eras-chart", "Confirmed moments per era", Arrays.stream(Era.values())
                .map(era -> {
                    long count = figures.moments().getOrDefault(era, 0L);
                    return new BarChart.Point(era.displayName(), shortName(era), count, String.valueOf(count));
                }).toList(), 1);
    }

    private DashboardFigures figures() {
        return figures;
    }

    public BarChart getSales() {
        return sales;
    }

    public BarChart getCertificates() {
        return certificates;
    }

    public BarChart getFunnel() {
        return funnel;
    }

    public BarChart getEras() {
        return eras;
    }

    /** Sales of the whole period, as a price. */
    public String getSalesTotal() {
        return Money.of(figures().sales().stream().mapToLong(DayTotal::amount).sum(), CURRENCY).forPeople();
    }

    public long getPaidOrders() {
        return figures().sales().stream().mapToLong(DayTotal::count).sum();
    }

    public long getCertificatesTotal() {
        return figures().certificates().stream().mapToLong(DayTotal::count).sum();
    }

    public long getMomentsTotal() {
        return figures().moments().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The period, as "27 Oct – 25 Nov 2026 (UTC)". */
    public String getPeriod() {
        LocalDate first = figures().from();
        LocalDate last = figures().until().minusDays(1);
        return DAY.format(first) + " – " + DAY.format(last) + " " + last.getYear() + " (UTC)";
    }

    private static BarChart perDay(String id, String title, List<DayTotal> days, Function<DayTotal, String> text,
                                   java.util.function.ToLongFunction<DayTotal> value) {
        return BarChart.of(id, title, days.stream()
                .map(day -> new BarChart.Point(DAY.format(day.day()), value.applyAsLong(day), text.apply(day)))
                .toList(), DAY_LABELS);
    }

    /** An era's name short enough to stand under its bar: "middle-ages" is "Middle ages". */
    private static String shortName(Era era) {
        String words = era.id().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** " (12%)" of the step before, or nothing when the step before is empty. */
    private static String percentOf(long part, long whole) {
        return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + "%)";
    }
}
