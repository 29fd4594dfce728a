package com.momentverse.web;

import com.momentverse.common.InvalidCursorException;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * An administration page that lists what a search finds ({@code ?q=}, pages by {@code ?cursor=})
 * or shows one of them ({@code ?id=}): the users page, the orders page. Each is read once per
 * bean. An unknown cursor (an edited address) shows the first page rather than an error; an id
 * that is not one, or names nothing, shows "not found".
 *
 * @param <R> a row of the list
 * @param <T> the one thing the page shows with {@code ?id=}
 */
public abstract class AdminSearchPage<R, T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int pageSize;
    private String q;
    private String cursor;
    private String id;
    private List<R> rows;
    private String nextCursor;
    private T subject;
    private boolean subjectRead;

    protected AdminSearchPage(int pageSize) {
        this.pageSize = pageSize;
    }

    /** One page of what the search ({@link #getQ()}) finds. */
    protected abstract Slice<R> search(PageRequest page);

    /** @throws NotFoundException when the id names nothing */
    protected abstract T find(UUID id);

    public List<R> getRows() {
        read();
        return rows;
    }

    public String getNextCursor() {
        read();
        return nextCursor;
    }

    /** Whether the page shows one thing (or says it found none with that id). */
    public boolean isDetail() {
        return id != null && !id.isBlank();
    }

    /** The thing the page is about, or null. */
    protected T subject() {
        UUID parsed = AdminViews.id(id);
        if (!subjectRead && parsed != null) {
            subjectRead = true;
            try {
                subject = find(parsed);
            } catch (NotFoundException e) {
                subject = null;
            }
        }
        return subject;
    }

    /** The id the page is about, or null when there is none or it is not an id. */
    protected UUID subjectId() {
        return AdminViews.id(id);
    }

    private void read() {
        if (rows != null) {
            return;
        }
        Slice<R> found;
        try {
            found = search(new PageRequest(pageSize, cursor == null || cursor.isBlank() ? null : cursor));
        } catch (InvalidCursorException e) {
            found = search(PageRequest.first(pageSize));
        }
        rows = found.items();
        nextCursor = found.nextCursor();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
