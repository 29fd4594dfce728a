package com.momentverse.ops;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the schema migration of this deployment has completed; set by the migration
 * (the ejb module's {@code SchemaMigration}), read by the startup health check.
 */
@ApplicationScoped
public class SchemaStatus {

    private volatile boolean migrated;

    public void markMigrated() {
        migrated = true;
    }

    public boolean isMigrated() {
        return migrated;
    }
}
