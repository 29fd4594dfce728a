package com.momentverse.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Startup: UP only once the schema migration has run (the ejb module's SchemaMigration marks {@link SchemaStatus}). */
@Startup
@ApplicationScoped
public class MigrationHealthCheck implements HealthCheck {

    @Inject
    SchemaStatus schema;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema-migration").status(schema.isMigrated()).build();
    }
}
