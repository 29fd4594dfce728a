package com.momentverse.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static com.momentverse.common.Samples.TRIES;
import static org.assertj.core.api.Assertions.assertThat;

class CalendarKeysTest {

    @Test
    void monthIndexesCountMonthsFromJanuaryOfYearZero() {
        assertThat(CalendarKeys.monthIndex(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond())).isZero();
        assertThat(CalendarKeys.monthIndex(Instant.parse("-0001-12-31T23:59:59Z").getEpochSecond())).isEqualTo(-1);
        assertThat(CalendarKeys.monthIndex(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond())).isEqualTo(12);
        assertThat(CalendarKeys.monthIndex(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond())).isEqualTo(23_640);
        assertThat(CalendarKeys.monthIndex(Span.MIN_START.getEpochSecond())).isEqualTo(-3299 * 12);
        assertThat(CalendarKeys.monthIndex(Span.MAX_END.getEpochSecond() - 1)).isEqualTo(2100 * 12 + 11);
    }

    @Test
    void anniversariesAreMonthAndDay() {
        assertThat(CalendarKeys.anniversary(Instant.parse("-3299-03-15T12:00:00Z").getEpochSecond())).isEqualTo(315);
        assertThat(CalendarKeys.anniversary(Instant.parse("2000-02-29T23:59:59Z").getEpochSecond())).isEqualTo(229);
        assertThat(CalendarKeys.anniversary(LocalDate.of(1999, 12, 31))).isEqualTo(1231);
    }

    @Test
    void everySecondOfTheRangeLiesInTheMonthItsIndexStarts() {
        Samples samples = new Samples("calendar-keys");
        for (int i = 0; i < TRIES; i++) {
            long second = samples.instantInRange().getEpochSecond();
            String why = samples.describe(i, Instant.ofEpochSecond(second));
            int month = CalendarKeys.monthIndex(second);
            ZonedDateTime utc = Instant.ofEpochSecond(second).atZone(ZoneOffset.UTC);
            assertThat(CalendarKeys.monthStart(month)).as(why)
                    .isEqualTo(utc.toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond())
                    .isLessThanOrEqualTo(second);
            assertThat(CalendarKeys.monthStart(month + 1)).as(why).isGreaterThan(second);
            assertThat(Math.floorDiv(month, 12)).as(why).isEqualTo(utc.getYear());
            assertThat(CalendarKeys.anniversary(second)).as(why).isEqualTo(utc.getMonthValue() * 100 + utc.getDayOfMonth());
        }
    }
}
