package com.momentverse.web.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * The application's request rate limits, from configuration (defaults in the persistence
 * module's {@code META-INF/microprofile-config.properties}; API.md, "Configuration"). Adding a
 * limit is one field and one line here: its setting, and the {@link RateLimit} made from it.
 *
 * <p>{@code mv.rate-limits=off} turns them all off (a benchmark from one address would hit them
 * at once); the login lockout is not one of them and stays.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "mv.rate-limits")
    String enabledSetting;

    @Inject
    @ConfigProperty(name = "mv.rate-limit.api-per-minute")
    long apiPerMinute;

    @Inject
    @ConfigProperty(name = "mv.rate-limit.register-per-hour")
    long registerPerHour;

    @Inject
    @ConfigProperty(name = "mv.rate-limit.likes-per-minute")
    long likesPerMinute;

    @Inject
    @ConfigProperty(name = "mv.rate-limit.reports-per-hour")
    long reportsPerHour;

    private boolean enabled;
    private RateLimit api;
    private RateLimit register;
    private RateLimit likes;
    private RateLimit reports;

    /** Checks the settings when the application starts using them; a bad value fails loudly. */
    @PostConstruct
    void init() {
        String setting = enabledSetting.trim().toLowerCase(Locale.ROOT);
        if (!"on".equals(setting) && !"off".equals(setting)) {
            throw new IllegalArgumentException("mv.rate-limits (MV_RATE_LIMITS) is on or off, not " + setting);
        }
        enabled = "on".equals(setting);
        api = RateLimit.perMinute("api", apiPerMinute);
        register = RateLimit.perHour("register", registerPerHour);
        likes = RateLimit.perMinute("likes", likesPerMinute);
        reports = RateLimit.perHour("reports", reportsPerHour);
    }

    /** For tests: the limits as if configured so. */
    static RateLimits of(boolean enabled, long apiPerMinute, long registerPerHour, long likesPerMinute) {
        return of(enabled, apiPerMinute, registerPerHour, likesPerMinute, 20);
    }

    /** For tests: the limits as if configured so, reports included. */
    static RateLimits of(boolean enabled, long apiPerMinute, long registerPerHour, long likesPerMinute,
                         long reportsPerHour) {
        RateLimits limits = new RateLimits();
        limits.reportsPerHour = reportsPerHour;
        limits.enabledSetting = enabled ? "on" : "off";
        limits.apiPerMinute = apiPerMinute;
        limits.registerPerHour = registerPerHour;
        limits.likesPerMinute = likesPerMinute;
        limits.init();
        return limits;
    }

    /** {@code false} when {@code mv.rate-limits=off}: no limit is applied and no header sent. */
    public boolean enabled() {
        return enabled;
    }

    /** Every request to {@code /api/v1}, per client address. */
    public RateLimit api() {
        return api;
    }

    /** Registrations (API and page), per client address, on top of the API limit. */
    public RateLimit register() {
        return register;
    }

    /** Likes and unlikes, per signed-in user (the API's; a page that likes takes a token of it too). */
    public RateLimit likes() {
        return likes;
    }

    /**
     * Reports of moments to the moderators, per client address (anyone may report, signed in or
     * not): enough for a person who finds several bad moments, too few to flood the moderation queue.
     */
    public RateLimit reports() {
        return reports;
    }
}
