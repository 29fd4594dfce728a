package com.momentverse.testing;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

/**
 * An H2 database in PostgreSQL mode (as the embedded server runs it) brought up to date with
 * the real changelog, for unit tests of mappings and migrations. PostgreSQL itself is
 * covered by the integration tests.
 */
public final class MigratedH2 {

    private MigratedH2() {
    }

    /** A JDBC URL of a named in-memory database that lives until the JVM ends. */
    public static String url(String name) {
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** Applies db/changelog/db.changelog-master.xml to the database at the URL. */
    public static void migrate(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url)) {
            var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(MigratedH2.class.getClassLoader()),
                    "liquibase.analytics.enabled", Boolean.FALSE), () ->
                    new CommandScope("update")
                            .addArgumentValue("database", database)
                            .addArgumentValue("changelogFile", "db/changelog/db.changelog-master.xml")
                            .execute());
        }
    }
}
