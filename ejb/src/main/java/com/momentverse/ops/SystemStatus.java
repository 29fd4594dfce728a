package com.momentverse.ops;

import com.momentverse.mail.OutboxRepository;
import com.momentverse.payment.PaymentSettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status page's view of the service: each component's state in words a visitor understands,
 * from the same sources as the readiness checks, and the notices shown now. Only the database
 * can make the service DOWN; mail, cache and payments can only make it DEGRADED (their outages
 * delay mail or share rate limits less well, but lose nothing).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SystemStatus {

    /** Mail waiting longer than this means mail is not leaving. */
    static final Duration MAIL_LATE = Duration.ofMinutes(10);

    @Inject
    @Readiness
    DatabaseHealthCheck database;

    @Inject
    CacheStatus cache;

    @Inject
    OutboxRepository outbox;

    @Inject
    PaymentSettings payments;

    @Inject
    NoticeBoard board;

    Clock clock = Clock.systemUTC();

    public StatusView now() {
        Instant now = clock.instant();
        Map<String, ComponentStatus> components = new LinkedHashMap<>();
        boolean databaseUp = database.call().getStatus() == HealthCheckResponse.Status.UP;
        components.put("database", databaseUp ? ComponentStatus.up("Working.") : ComponentStatus.down("Unreachable."));
        components.put("cache", cache.reachable()
                ? ComponentStatus.up("redis".equals(cache.backend()) ? "Working." : "Working (on this server only).")
                : ComponentStatus.degraded("Unreachable: limits are kept on each server meanwhile."));
        components.put("mail", mail(databaseUp, now));
        components.put("payments", ComponentStatus.up(payments.testMode() ? "Test mode: no real payments." : "Working."));
        List<NoticeView> notices = databaseUp ? board.shown() : List.of();
        String overall;
        if (!databaseUp) {
            overall = "DOWN";
        } else if (notices.stream().anyMatch(n -> n.isMaintenanceAt(now))) {
            overall = "MAINTENANCE";
        } else if (components.values().stream().anyMatch(c -> !"UP".equals(c.status()))) {
            overall = "DEGRADED";
        } else {
            overall = "UP";
        }
        return new StatusView(overall, components, notices);
    }

    private ComponentStatus mail(boolean databaseUp, Instant now) {
        if (!databaseUp) {
            return ComponentStatus.degraded("Unknown while the database is unreachable.");
        }
        try {
            Optional<Instant> oldest = outbox.oldestPending();
            return oldest.isPresent() && oldest.get().plus(MAIL_LATE).isBefore(now)
                    ? ComponentStatus.degraded("Delayed: mails are kept and sent when it recovers.")
                    : ComponentStatus.up("Working.");
        } catch (PersistenceException e) {
            return ComponentStatus.degraded("Unknown.");
        }
    }

    /** One component: UP, DEGRADED or DOWN, and a sentence for people. */
    public record ComponentStatus(String status, String detail) {
        static ComponentStatus up(String detail) {
            return new ComponentStatus("UP", detail);
        }

        static ComponentStatus degraded(String detail) {
            return new ComponentStatus("DEGRADED", detail);
        }

        static ComponentStatus down(String detail) {
            return new ComponentStatus("DOWN", detail);
        }
    }

    /** The whole: overall state (UP, DEGRADED, MAINTENANCE, DOWN), components, notices. */
    public record StatusView(String status, Map<String, ComponentStatus> components, List<NoticeView> notices) {
    }
}
