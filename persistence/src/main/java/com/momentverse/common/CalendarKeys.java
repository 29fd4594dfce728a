package com.momentverse.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Whole-number keys of an instant's UTC calendar position, for the database to group and match
 * on without date functions (which differ between PostgreSQL and H2, and in how they number the
 * years before 1 CE). Computed here, with java.time (proleptic Gregorian, astronomical years: year
 * 0 is 1 BCE), when a moment is held, and by the changelog's backfill for older rows.
 * <ul>
 * <li><b>Month index</b>: {@code year * 12 + month - 1}, so January 1970 is 23640, January 1 CE
 *     is 12, January 1 BCE (year 0) is 0 and December 2 BCE is -1. Consecutive months have
 *     consecutive indexes across year 0; a month's year is {@code floorDiv(index, 12)}.</li>
 * <li><b>Anniversary</b>: {@code month * 100 + day}, 315 for 15 March, whatever the year.</li>
 * </ul>
 */
public final class CalendarKeys {

    private static final int MONTHS_PER_YEAR = 12;

    private CalendarKeys() {
    }

    /** The month index of the UTC month the second lies in. */
    public static int monthIndex(long epochSecond) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        return monthIndex(utc.getYear(), utc.getMonthValue());
    }

    /** The month index of a month of an astronomical year (month 1 to 12). */
    public static int monthIndex(int year, int month) {
        return Math.toIntExact((long) year * MONTHS_PER_YEAR + month - 1);
    }

    /** The first second (UTC) of the month of this index. */
    public static long monthStart(int monthIndex) {
        int year = Math.floorDiv(monthIndex, MONTHS_PER_YEAR);
        int month = Math.floorMod(monthIndex, MONTHS_PER_YEAR) + 1;
        return LocalDate.of(year, month, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** The anniversary key ({@code month * 100 + day}) of the UTC date the second lies in. */
    public static int anniversary(long epochSecond) {
        return anniversary(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).toLocalDate());
    }

    /** The anniversary key ({@code month * 100 + day}) of a date. */
    public static int anniversary(LocalDate date) {
        return date.getMonthValue() * 100 + date.getDayOfMonth();
    }
}
