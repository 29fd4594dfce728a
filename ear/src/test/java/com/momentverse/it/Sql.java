package com.momentverse.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks into (and, where a test must stand in for time, a payment page or moderation, changes) the
 * PostgreSQL database the server under test uses: tables {@code moment} and {@code customer_order}.
 */
public final class Sql {

    private static final String ACTIVE = "('HELD', 'CONFIRMED')";

    private Sql() {
    }

    /** Makes the order's hold end a minute ago, as if 30 minutes had passed; the server's sweep does the rest. */
    public static void ageHold(String orderId) {
        assertThat(update("UPDATE customer_order SET hold_expires_at = now() - interval '1 minute' WHERE id = ?",
                UUID.fromString(orderId))).isEqualTo(1);
    }

    /**
     * Marks the order paid and its moment confirmed, as fulfilment does: this stands in for the
     * test checkout page, a Faces page that only a browser test drives.
     */
    public static void confirm(String orderId) {
        UUID id = UUID.fromString(orderId);
        assertThat(update("UPDATE moment SET status = 'CONFIRMED' WHERE id = (SELECT moment_id FROM customer_order WHERE id = ?)", id))
                .isEqualTo(1);
        assertThat(update("UPDATE customer_order SET status = 'PAID' WHERE id = ?", id)).isEqualTo(1);
    }

    /** The stored status of a moment. */
    public static String momentStatus(String momentId) {
        return string("SELECT status FROM moment WHERE id = ?", UUID.fromString(momentId));
    }

    /** Pairs of active (held or confirmed) moments whose spans overlap: must be 0. */
    public static long overlappingActiveMoments() {
        return number("SELECT count(*) FROM moment a JOIN moment b ON a.id < b.id"
                + " WHERE a.status IN " + ACTIVE + " AND b.status IN " + ACTIVE
                + " AND a.start_second < b.end_second AND b.start_second < a.end_second");
    }

    /** Stars paired with more than one active moment: must be 0. */
    public static long starsOnSeveralActiveMoments() {
        return number("SELECT count(*) FROM (SELECT star_hip FROM moment WHERE status IN " + ACTIVE
                + " AND star_hip IS NOT NULL GROUP BY star_hip HAVING count(*) > 1) AS doubled");
    }

    /** The single whole number the query selects. */
    public static long number(String sql, Object... parameters) {
        return Long.parseLong(string(sql, parameters));
    }

    public static String string(String sql, Object... parameters) {
        try (Connection connection = TestServices.connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            assertThat(result.next()).as(sql).isTrue();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Hands every row the query selects to the reader, in order. */
    public static void query(String sql, RowReader reader, Object... parameters) {
        try (Connection connection = TestServices.connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                reader.read(result);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static int update(String sql, Object... parameters) {
        try (Connection connection = TestServices.connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
