package com.momentverse.ops;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notices shown now, read from the database at most every {@value #TTL_SECONDS} seconds per
 * node: every page's banner and every API write ask, and a notice published on another node
 * reaches this one within that time. Publishing or ending on this node is seen at once.
 */
@ApplicationScoped
public class NoticeBoard {

    static final int TTL_SECONDS = 5;
    /** Retry-After of a maintenance window published without an end. */
    static final Duration OPEN_ENDED_RETRY = Duration.ofMinutes(5);

    @EJB
    StatusNotices notices;

    Clock clock = Clock.systemUTC();

    private volatile Snapshot snapshot;

    private record Snapshot(List<NoticeView> notices, Instant readAt) {
    }

    /** The notices shown now. */
    public List<NoticeView> shown() {
        Instant now = clock.instant();
        Snapshot current = snapshot;
        if (current == null || current.readAt().plusSeconds(TTL_SECONDS).isBefore(now)) {
            current = new Snapshot(notices.shown(), now);
            snapshot = current;
        }
        return current.notices().stream()
                .filter(n -> n.endsAt() == null || now.isBefore(n.endsAt()))
                .toList();
    }

    /** When a maintenance window is running now: how long clients should wait before writing again. */
    public Optional<Duration> maintenanceRetryAfter() {
        Instant now = clock.instant();
        return shown().stream().filter(n -> n.isMaintenanceAt(now)).findFirst()
                .map(n -> n.endsAt() == null ? OPEN_ENDED_RETRY : Duration.between(now, n.endsAt()));
    }

    /** Reads again at the next question (after a notice was published or ended here). */
    void forget() {
        snapshot = null;
    }
}
