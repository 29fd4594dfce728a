package com.momentverse.common;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The time zones a person can pick for a moment: the IANA (tz database) region ids that
 * this JVM knows, such as "Europe/Berlin", "Asia/Kolkata" or "UTC". The id is kept with the
 * moment, so bare offsets ("+02:00", "UTC+2") and ids the JVM cannot resolve are refused:
 * they are not IANA zones and would not mean the same thing at another date.
 */
public final class TimeZones {

    /** The field a zone is given in, in the API and on pages. */
    public static final String FIELD = "timeZone";
    /** The code of an id that is not a known IANA zone. */
    public static final String UNKNOWN_TIME_ZONE = "UNKNOWN_TIME_ZONE";

    private static final Set<String> IDS = Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final List<String> SORTED_IDS = List.copyOf(new TreeSet<>(IDS));

    private TimeZones() {
    }

    /** Every id that {@link #parse(String)} accepts, in alphabetical order, for pickers (unmodifiable). */
    public static List<String> ids() {
        return SORTED_IDS;
    }

    /** Whether the id is a known IANA zone id (exactly, case included). */
    public static boolean isKnown(String id) {
        return id != null && IDS.contains(id);
    }

    /**
     * The zone with this IANA id.
     *
     * @throws InvalidInputException for field {@value #FIELD}: {@code REQUIRED} when the id
     *                               is missing or blank, {@value #UNKNOWN_TIME_ZONE} when it
     *                               is not a known IANA zone id
     */
    public static ZoneId parse(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(FIELD, SpanRule.REQUIRED.name(), "is required");
        }
        if (!isKnown(id)) {
            throw new InvalidInputException(FIELD, UNKNOWN_TIME_ZONE,
                    "must be an IANA time zone such as Europe/Berlin or America/New_York");
        }
        return ZoneId.of(id);
    }
}
