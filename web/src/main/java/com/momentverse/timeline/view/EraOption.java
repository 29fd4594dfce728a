package com.momentverse.timeline.view;

import com.momentverse.common.HistoricDates;
import com.momentverse.timeline.Era;

import java.time.ZoneOffset;

/**
 * An era as the timeline's filter offers it: its id, its name with its years ("Middle Ages,
 * 500–1500 CE"), and its start and end as the API writes instants, so the page can move to it.
 * Getters, not a record: Expression Language does not read record components.
 */
public final class EraOption {

    private final String id;
    private final String label;
    private final String start;
    private final String end;

    private EraOption(Era era) {
        this.id = era.id();
        this.label = era.displayName() + ", " + years(era);
        this.start = era.start().toString();
        this.end = era.end().toString();
    }

    static EraOption of(Era era) {
        return new EraOption(era);
    }

    /** "3300–500 BCE", "500 BCE – 500 CE", "2000–2100 CE": from its first year to where the next begins (the last: 2100). */
    static String years(Era era) {
        int first = era.firstYear();
        int last = era.ordinal() == Era.values().length - 1
                ? era.end().minusSeconds(1).atZone(ZoneOffset.UTC).getYear()
                : era.end().atZone(ZoneOffset.UTC).getYear();
        if (last <= 0) {
            return (1 - first) + "\u2013" + HistoricDates.year(last);
        }
        if (first > 0) {
            return first + "\u2013" + HistoricDates.year(last);
        }
        return HistoricDates.year(first) + " \u2013 " + HistoricDates.year(last);
    }

    public String getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getStart() {
        return start;
    }

    public String getEnd() {
        return end;
    }
}
