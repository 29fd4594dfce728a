package com.momentverse.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database of the integration tests, ready before the server starts (a
 * JUnit launcher session listener runs before Arquillian starts WildFly).
 *
 * <ul>
 *   <li>With {@code MV_TEST_DB_URL} (CI: the machine's PostgreSQL), that database's public
 *       schema is emptied, so every run migrates from nothing, as a new installation does.</li>
 *   <li>Otherwise an embedded PostgreSQL is started on the port the build passed to the
 *       server (so the test command needs nothing installed), and stopped at the end.</li>
 * </ul>
 */
public class TestDatabase implements LauncherSessionListener {

    private EmbeddedPostgres embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("mv.server.home") == null) {
            return; // not the integration-test run
        }
        if (Boolean.getBoolean("mv.it.embedded-pg")) {
            int port = Integer.getInteger("mv.it.embedded-pg.port");
            try {
                embedded = EmbeddedPostgres.builder().setPort(port).start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL on port " + port, e);
            }
            System.out.println("[it] embedded PostgreSQL on port " + port);
        } else {
            resetSchema();
            System.out.println("[it] PostgreSQL at " + url() + " (public schema reset)");
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A new connection to the test database, as the server's datasource connects. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), System.getProperty("mv.it.db.user"),
                System.getProperty("mv.it.db.password"));
    }

    private static String url() {
        return System.getProperty("mv.it.db.url");
    }

    private static void resetSchema() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("could not reset the test database " + url(), e);
        }
    }
}
