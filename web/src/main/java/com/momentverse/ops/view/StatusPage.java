package com.momentverse.ops.view;

import com.momentverse.ops.SystemStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /status}: how each part of the service is doing now, and the notices shown now. */
@Named
@RequestScoped
public class StatusPage {

    private static final Map<String, String> NAMES = Map.of("database", "Moments, orders and accounts",
            "cache", "Rate limits", "mail", "E-mail", "payments", "Payments");

    @EJB
    SystemStatus status;

    private SystemStatus.StatusView view;

    private SystemStatus.StatusView view() {
        if (view == null) {
            view = status.now();
        }
        return view;
    }

    /** up, degraded, maintenance or down: also the CSS modifier. */
    public String getOverall() {
        return view().status().toLowerCase(Locale.ROOT);
    }

    public String getHeadline() {
        return switch (view().status()) {
            case "UP" -> "All systems working";
            case "DEGRADED" -> "Working, with some delays";
            case "MAINTENANCE" -> "Maintenance in progress: you can browse, changes wait until it ends";
            default -> "MomentVerse is having problems";
        };
    }

    public List<Component> getComponents() {
        return view().components().entrySet().stream()
                .map(e -> new Component(NAMES.getOrDefault(e.getKey(), e.getKey()), e.getValue().status(), e.getValue().detail()))
                .toList();
    }

    public List<NoticeRow> getNotices() {
        Instant now = Clock.systemUTC().instant();
        return view().notices().stream().map(n -> new NoticeRow(n, now)).toList();
    }

    /** One component's row. */
    public static final class Component {
        private final String name;
        private final String state;
        private final String detail;

        Component(String name, String state, String detail) {
            this.name = name;
            this.state = state;
            this.detail = detail;
        }

        public String getName() {
            return name;
        }

        public String getState() {
            return state.toLowerCase(Locale.ROOT);
        }

        public String getDetail() {
            return detail;
        }
    }
}
