package com.momentverse.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How long checkout holds a span and a star, and how often each node looks for holds that ran out. */
@ApplicationScoped
public class HoldSettings {

    @Inject
    @ConfigProperty(name = "mv.order.hold-minutes")
    int holdMinutes;

    @Inject
    @ConfigProperty(name = "mv.order.hold-sweep-seconds")
    int sweepSeconds;

    public Duration hold() {
        return Duration.ofMinutes(holdMinutes);
    }

    public Duration sweepInterval() {
        return Duration.ofSeconds(Math.max(1, sweepSeconds));
    }
}
