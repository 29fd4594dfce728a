package com.momentverse.order.view;

import com.momentverse.common.FieldError;
import com.momentverse.common.HistoricDates;
import com.momentverse.common.InvalidInputException;
import com.momentverse.common.Span;
import com.momentverse.common.TimeZones;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed on the claim page, as typed (text, so that nothing is lost or refused
 * before they see why), and its reading as a span. The date is read on the proleptic Gregorian
 * calendar with java.time only: a year with its era becomes an astronomical year (1 BCE is
 * year 0), never a {@code java.util.Date}, which would shift dates before 1582.
 *
 * <p>Kept in the view, and in the session while the person signs in, hence serializable.
 */
public class ClaimForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CE = "CE";
    static final String BCE = "BCE";

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private String day;
    private int month;
    private String year;
    private String era = CE;
    private String time = "12:00:00";
    private String timeZone = HistoricDates.UTC;
    private String hours = "0";
    private String minutes = "1";
    private String seconds = "0";
    private String title;
    private String message;
    private String dedicatedTo;
    private String visibility = "PUBLIC";
    private StarChoice star;
    private boolean premium;

    /** A form that starts on today's date (UTC) at noon, for one minute. */
    static ClaimForm startingToday() {
        ClaimForm form = new ClaimForm();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        form.day = Integer.toString(today.getDayOfMonth());
        form.month = today.getMonthValue();
        form.year = Integer.toString(today.getYear());
        return form;
    }

    /**
     * The span these inputs pick.
     *
     * @throws InvalidInputException for {@code day}, {@code year}, {@code time}, {@code duration}
     *                               (the inputs of this page) and Span's own {@code start},
     *                               {@code end} and {@code timeZone}
     */
    Span span() {
        List<FieldError> errors = new ArrayList<>(3);
        LocalDateTime start = localStart(errors);
        Duration length = duration(errors);
        ZoneId zone = zone(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Span.inZone(start, zone, length);
    }

    /**
     * The length alone, for a quote (the price depends on nothing else).
     *
     * @throws InvalidInputException for {@code duration}
     */
    Duration duration() {
        List<FieldError> errors = new ArrayList<>(1);
        Duration length = duration(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return length;
    }

    /** Puts the start of {@code span} on the wall clock of the chosen zone into the date and time inputs. */
    void startAt(Span span) {
        ZonedDateTime local = ZonedDateTime.ofInstant(span.start(), TimeZones.parse(timeZone));
        int astronomical = local.getYear();
        day = Integer.toString(local.getDayOfMonth());
        month = local.getMonthValue();
        era = astronomical > 0 ? CE : BCE;
        year = Long.toString(astronomical > 0 ? astronomical : 1L - astronomical);
        time = HistoricDates.time(local.toLocalTime());
    }

    private LocalDateTime localStart(List<FieldError> errors) {
        Integer d = number(day, "day", 1, 31, "must be a day of the month, 1 to 31", errors);
        Integer y = number(year, "year", 1, 9999, "must be a year, such as 3300 (with BCE) or 1969 (with CE)", errors);
        LocalTime clock = clock(errors);
        if (month < 1 || month > 12) {
            errors.add(new FieldError("month", "REQUIRED", "is required"));
            return null;
        }
        if (d == null || y == null || clock == null) {
            return null;
        }
        int astronomical = BCE.equals(era) ? 1 - y : y;
        try {
            return LocalDate.of(astronomical, month, d).atTime(clock);
        } catch (DateTimeException e) {
            errors.add(new FieldError("day", "INVALID", "is not a day of that month"));
            return null;
        }
    }

    private LocalTime clock(List<FieldError> errors) {
        Matcher matcher = time == null ? null : TIME.matcher(time.strip());
        if (matcher == null || !matcher.matches()) {
            errors.add(new FieldError("time", "INVALID", "must be a time as hh:mm:ss, such as 14:30:00"));
            return null;
        }
        int h = Integer.parseInt(matcher.group(1));
        int m = Integer.parseInt(matcher.group(2));
        int s = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        if (h > 23 || m > 59 || s > 59) {
            errors.add(new FieldError("time", "INVALID", "must be a time of day from 00:00:00 to 23:59:59"));
            return null;
        }
        return LocalTime.of(h, m, s);
    }

    private Duration duration(List<FieldError> errors) {
        String rule = "hours, minutes and seconds must be whole numbers, 0 or more";
        Integer h = number(hours, "duration", 0, 24, rule, errors);
        Integer m = h == null ? null : number(minutes, "duration", 0, 59, "minutes must be 0 to 59", errors);
        Integer s = m == null ? null : number(seconds, "duration", 0, 59, "seconds must be 0 to 59", errors);
        if (s == null) {
            return null;
        }
        // Span checks 1 second to 24 hours, and says so.
        return Duration.ofHours(h).plusMinutes(m).plusSeconds(s);
    }

    private ZoneId zone(List<FieldError> errors) {
        try {
            return TimeZones.parse(timeZone == null ? null : timeZone.strip());
        } catch (InvalidInputException e) {
            errors.addAll(e.getErrors());
            return null;
        }
    }

    /** A whole number in range; empty counts as 0 for the duration's parts, as missing elsewhere. */
    private static Integer number(String text, String field, int min, int max, String rule, List<FieldError> errors) {
        String digits = text == null ? "" : text.strip();
        if (digits.isEmpty() && "duration".equals(field)) {
            return 0;
        }
        if (digits.isEmpty()) {
            errors.add(new FieldError(field, "REQUIRED", "is required"));
            return null;
        }
        if (digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(new FieldError(field, "INVALID", rule));
            return null;
        }
        int value = Integer.parseInt(digits);
        if (value < min || value > max) {
            errors.add(new FieldError(field, "INVALID", rule));
            return null;
        }
        return value;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public int getMonth() {
        return month;
    }

    public void setMonth(int month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getEra() {
        return era;
    }

    public void setEra(String era) {
        this.era = BCE.equals(era) ? BCE : CE;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone == null ? null : timeZone.strip();
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getSeconds() {
        return seconds;
    }

    public void setSeconds(String seconds) {
        this.seconds = seconds;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getDedicatedTo() {
        return dedicatedTo;
    }

    public void setDedicatedTo(String dedicatedTo) {
        this.dedicatedTo = dedicatedTo;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public StarChoice getStar() {
        return star;
    }

    void setStar(StarChoice star) {
        this.star = star;
    }

    Integer starHip() {
        return star == null ? null : star.getHip();
    }

    public boolean isPremium() {
        return premium;
    }

    public void setPremium(boolean premium) {
        this.premium = premium;
    }
}
