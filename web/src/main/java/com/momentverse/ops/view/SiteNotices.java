package com.momentverse.ops.view;

import com.momentverse.ops.NoticeBoard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The banner on every page: the notices shown now (announced and running maintenance, incidents, news). */
@Named
@RequestScoped
public class SiteNotices {

    @Inject
    NoticeBoard board;

    private List<NoticeRow> rows;

    public List<NoticeRow> getBanner() {
        if (rows == null) {
            Instant now = Clock.systemUTC().instant();
            rows = board.shown().stream().map(n -> new NoticeRow(n, now)).toList();
        }
        return rows;
    }
}
