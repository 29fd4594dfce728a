package com.momentverse.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Optional;

/**
 * Creates the first administrator from {@code MV_ADMIN_EMAIL}/{@code MV_ADMIN_PASSWORD} at
 * start, when the site has no administrator yet (an existing account with that address is
 * promoted instead; its password is left alone). Nothing happens when either is unset or an
 * administrator exists. The password is never logged.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "mv.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "mv.admin.password")
    Optional<String> password;

    @PostConstruct
    void ensure() {
        if (email.isEmpty() || password.isEmpty() || email.get().isBlank() || accounts.countAdmins() > 0) {
            return;
        }
        if (AccountInput.checkEmail(email.get()).isPresent()) {
            LOG.warn("MV_ADMIN_EMAIL is not an e-mail address; no administrator created");
            return;
        }
        Account admin = accounts.findByEmail(email.get()).orElseGet(() -> {
            Account created = new Account("Administrator", email.get(),
                    hasher.hash(password.get().toCharArray()), Instant.now());
            created.markEmailVerified();
            accounts.add(created);
            return created;
        });
        admin.grantAdmin();
        LOG.infof("First administrator is %s", admin.getEmail());
    }
}
