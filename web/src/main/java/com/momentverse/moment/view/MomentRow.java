package com.momentverse.moment.view;

import com.momentverse.web.StateWords;

import com.momentverse.moment.MomentView;

import java.io.Serializable;
import java.util.Locale;

/**
 * One of the owner's moments as the account page lists it: title (a link to its page), span in UTC and in the zone
 * it was picked in (BCE/CE on every year), state, visibility and star. Getters, not a record:
 * Expression Language 5 does not read record components.
 */
public final class MomentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final String spanUtc;
    private final String spanInZone;
    private final String status;
    private final String visibility;
    private final String star;
    private final String certificateNumber;

    private MomentRow(MomentView moment) {
        this.id = moment.id().toString();
        this.title = moment.title();
        this.spanUtc = moment.span().formatUtc();
        this.spanInZone = moment.timeZone() == null ? null : moment.span().format(moment.timeZone());
        this.status = StateWords.of(moment.status());
        this.visibility = moment.visibility().name().toLowerCase(Locale.ROOT);
        this.star = moment.star() == null ? null : moment.star().getDisplayName();
        this.certificateNumber = moment.certificateNumber();
    }

    static MomentRow of(MomentView moment) {
        return new MomentRow(moment);
    }

    /** The moment's id: its page is {@code /m/{id}}. */
    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSpanUtc() {
        return spanUtc;
    }

    public String getSpanInZone() {
        return spanInZone;
    }

    /** HELD, CONFIRMED or RELEASED. */
    public String getStatus() {
        return status;
    }

    public String getVisibility() {
        return visibility;
    }

    public String getStar() {
        return star;
    }

    /** The current certificate's number, or null before one is issued. */
    public String getCertificateNumber() {
        return certificateNumber;
    }
}
