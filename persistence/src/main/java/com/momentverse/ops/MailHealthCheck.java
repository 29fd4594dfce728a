package com.momentverse.ops;

import com.momentverse.mail.MailStatus;
import com.momentverse.mail.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Optional;

/**
 * Readiness data for mail: how mails leave (SMTP or the log) and how many wait or failed.
 * Always UP: the outbox keeps mails through an SMTP outage, so a node without its SMTP server
 * can still serve and must stay in the load balancer.
 */
@Readiness
@ApplicationScoped
public class MailHealthCheck implements HealthCheck {

    @Inject
    OutboxRepository outbox;

    @Inject
    @ConfigProperty(name = "mv.smtp.host")
    Optional<String> smtpHost;

    @Override
    public HealthCheckResponse call() {
        boolean smtp = smtpHost.filter(host -> !host.isBlank()).isPresent();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail").up()
                .withData("delivery", smtp ? "smtp" : "log");
        try {
            response.withData("pending", outbox.count(MailStatus.PENDING))
                    .withData("failed", outbox.count(MailStatus.FAILED));
        } catch (PersistenceException databaseAway) {
            // The database check reports that; the mail check stays informative only.
            response.withData("pending", "unknown");
        }
        return response.build();
    }
}
