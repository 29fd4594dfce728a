package com.momentverse.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/**
 * The one way MomentVerse writes a date for people, on pages, in e-mails and on
 * certificates: "15 March 3300 BCE, 12:00:00 UTC".
 *
 * <p>Dates are on the proleptic Gregorian calendar (java.time's ISO chronology), the
 * calendar the instants are stored in; {@code java.util.Date} and friends would switch to
 * the Julian calendar before 1582 and print 15 March 3300 BCE as 10 April. java.time counts
 * years astronomically (year 0 is 1 BCE, -3299 is 3300 BCE), which no person reads, so the
 * year is converted here and written with BCE or CE; every year says which, 2000 included.
 *
 * <p>Time zones are written as their id with the UTC offset in force ("Europe/Paris
 * (UTC+01:00)"). Long before a zone's first recorded transition java.time applies its
 * earliest rule, usually local mean time (Europe/Paris is UTC+00:09:21), which shows as such.
 */
public final class HistoricDates {

    /** The label of Coordinated Universal Time, and the prefix of every offset. */
    public static final String UTC = "UTC";

    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter
            .ofPattern("d MMMM", Locale.ENGLISH)
            .withChronology(IsoChronology.INSTANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("HH:mm:ss", Locale.ENGLISH);
    /** Hours and minutes always, seconds only when the offset has some (local mean times do). */
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .appendOffset("+HH:MM:ss", "+00:00")
            .toFormatter(Locale.ENGLISH);

    private HistoricDates() {
    }

    /**
     * An astronomical year as people write it: 2000 is "2000 CE", 1 is "1 CE", 0 is
     * "1 BCE", -3299 is "3300 BCE".
     */
    public static String year(int astronomicalYear) {
        if (astronomicalYear > 0) {
            return astronomicalYear + " CE";
        }
        return (1L - astronomicalYear) + " BCE";
    }

    /** A date such as "15 March 3300 BCE" or "1 January 2000 CE". */
    public static String date(LocalDate date) {
        return DAY_AND_MONTH.format(date) + ' ' + year(date.getYear());
    }

    /** A time of day to the second, such as "12:00:00" (fractions of a second are dropped). */
    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** A date and time without a zone, such as "15 March 3300 BCE, 12:00:00". */
    public static String dateTime(ZonedDateTime dateTime) {
        return date(dateTime.toLocalDate()) + ", " + time(dateTime.toLocalTime());
    }

    /** An instant in UTC, such as "15 March 3300 BCE, 12:00:00 UTC". */
    public static String utc(Instant instant) {
        return inZone(instant, ZoneOffset.UTC);
    }

    /**
     * An instant in a time zone, such as "15 March 3300 BCE, 12:09:21 Europe/Paris
     * (UTC+00:09:21)". Any zone at any instant in range can be written.
     */
    public static String inZone(Instant instant, ZoneId zone) {
        ZonedDateTime local = ZonedDateTime.ofInstant(instant, zone);
        return dateTime(local) + ' ' + zone(zone, local.getOffset());
    }

    /** An offset from UTC: "UTC" for none, else "UTC+01:00", "UTC-03:30" or "UTC+00:09:21". */
    public static String offset(ZoneOffset offset) {
        if (offset.getTotalSeconds() == 0) {
            return UTC;
        }
        return UTC + OFFSET.format(offset);
    }

    /**
     * A zone with the offset in force: "UTC" for UTC itself, the offset alone for a fixed
     * offset zone, else "Europe/Berlin (UTC+02:00)".
     */
    public static String zone(ZoneId zone, ZoneOffset offsetInForce) {
        if (isUtc(zone)) {
            return UTC;
        }
        if (zone instanceof ZoneOffset fixed) {
            return offset(fixed);
        }
        return zone.getId() + " (" + offset(offsetInForce) + ')';
    }

    /** True for {@link ZoneOffset#UTC} and the zone a person picks as "UTC". */
    static boolean isUtc(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) || UTC.equals(zone.getId());
    }
}
