package com.momentverse.admin;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DailySeriesTest {

    private static final LocalDate FROM = LocalDate.parse("2026-02-27");

    @Test
    void everyDayOfThePeriodIsThereInOrderWithZerosWhereNothingHappened() {
        List<DayTotal> days = DailySeries.fill(List.of(
                new DayTotal(LocalDate.parse("2026-03-01"), 2, 998),
                new DayTotal(FROM, 1, 499)), FROM, LocalDate.parse("2026-03-02"));
        assertThat(days).containsExactly(
                new DayTotal(FROM, 1, 499),
                new DayTotal(LocalDate.parse("2026-02-28"), 0, 0),
                new DayTotal(LocalDate.parse("2026-03-01"), 2, 998));
    }

    @Test
    void daysOutsideThePeriodAreLeftOut() {
        assertThat(DailySeries.fill(List.of(new DayTotal(FROM.minusDays(1), 5, 5)), FROM, FROM.plusDays(1)))
                .containsExactly(new DayTotal(FROM, 0, 0));
    }
}
