package com.momentverse.ops;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Map;

/**
 * Brings the schema up to date with the Liquibase changelog when the application is
 * deployed, before it serves anything: the deployment only completes once this startup
 * bean has run, and a failed migration fails the deployment.
 *
 * <p>Liquibase records what it applied (DATABASECHANGELOG) and holds a lock while it works
 * (DATABASECHANGELOGLOCK), so a redeploy applies nothing twice and two nodes starting
 * together do not migrate at once. Bean-managed transactions: Liquibase commits each
 * changeset itself.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    @Resource(lookup = "java:jboss/datasources/MomentVerseDS")
    DataSource dataSource;

    @Inject
    SchemaStatus status;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()),
                    // No anonymous usage reporting to liquibase.com from a production server.
                    "liquibase.analytics.enabled", Boolean.FALSE);
            Scope.child(scope, () -> new CommandScope("update")
                    .addArgumentValue("database", database)
                    .addArgumentValue("changelogFile", CHANGELOG)
                    .execute());
        } catch (Exception e) {
            throw new IllegalStateException("The database schema could not be migrated", e);
        }
        status.markMigrated();
        LOG.infof("Database schema is up to date (%d ms)", (System.nanoTime() - started) / 1_000_000);
    }
}
