package com.momentverse.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.momentverse.it.stripe.StripeStandIn;
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
 * The real services the server under test talks to, ready before it starts (a JUnit
 * launcher session listener runs before Arquillian starts WildFly): its PostgreSQL database
 * and a GreenMail SMTP server that receives every mail it sends.
 *
 * <ul>
 *   <li>With {@code MV_TEST_DB_URL} (CI: the machine's PostgreSQL), that database's public
 *       schema is emptied, so every run migrates from nothing, as a new installation does.</li>
 *   <li>Otherwise an embedded PostgreSQL is started on the port the build passed to the
 *       server (so the test command needs nothing installed), and stopped at the end.</li>
 *   <li>GreenMail listens on 127.0.0.1:{@value #SMTP_PORT}, the port the build gives the
 *       server as {@code MV_SMTP_PORT}; tests read the mails from {@link #mail()}.</li>
 *   <li>In the execution whose server has Stripe keys ({@code mv.it.stripe.port} set), a Stripe
 *       stand-in on that port ({@link StripeStandIn}).</li>
 * </ul>
 */
public class TestServices implements LauncherSessionListener {

    public static final int SMTP_PORT = 3025;

    private static GreenMail greenMail;
    private EmbeddedPostgres embedded;

    /** The SMTP server the application sends to. */
    public static GreenMail mail() {
        return greenMail;
    }

    /** Starts the SMTP server again after a test stopped it (an outage); earlier mails are gone. */
    public static void restartMail() {
        greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

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
        restartMail();
        Integer stripePort = Integer.getInteger("mv.it.stripe.port");
        if (stripePort != null) {
            StripeStandIn.start(stripePort);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
        }
        StripeStandIn.stop();
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
