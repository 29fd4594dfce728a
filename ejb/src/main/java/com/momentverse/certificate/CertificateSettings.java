package com.momentverse.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How often each node looks for paid orders that still lack a certificate (a failed render, a lost event). */
@ApplicationScoped
public class CertificateSettings {

    @Inject
    @ConfigProperty(name = "mv.certificate.catch-up-seconds")
    int catchUpSeconds;

    public Duration catchUpInterval() {
        return Duration.ofSeconds(Math.max(1, catchUpSeconds));
    }
}
