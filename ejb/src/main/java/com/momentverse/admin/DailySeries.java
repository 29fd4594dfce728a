package com.momentverse.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A figure for every day of a period: the days the database counted, and zeros for the others. */
public final class DailySeries {

    private DailySeries() {
    }

    /**
     * @param counted the days that had something, in any order (days outside the period are ignored)
     * @return one entry per day of [from, until), in order
     */
    public static List<DayTotal> fill(List<DayTotal> counted, LocalDate from, LocalDate until) {
        Map<LocalDate, DayTotal> byDay = counted.stream().collect(Collectors.toMap(DayTotal::day, Function.identity()));
        List<DayTotal> days = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            days.add(byDay.getOrDefault(day, new DayTotal(day, 0, 0)));
        }
        return List.copyOf(days);
    }
}
