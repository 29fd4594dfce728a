package com.momentverse.timeline;

import com.momentverse.common.CalendarKeys;
import com.momentverse.common.MigrationStep;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Changelog 060: fills {@code moment.start_month} and {@code moment.anniversary} of the moments
 * that existed before them, with the same Java code as new moments ({@link CalendarKeys}), so the
 * keys agree on PostgreSQL and H2 and for every year before 1 CE.
 */
public class CalendarKeysBackfill extends MigrationStep {

    private static final int BATCH = 1_000;

    private int updated;

    @Override
    protected void run(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, start_second FROM moment"
                + " WHERE start_month IS NULL OR anniversary IS NULL FETCH FIRST " + BATCH + " ROWS ONLY");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE moment SET start_month = ?, anniversary = ? WHERE id = ?")) {
            // A batch at a time, so that memory stays small whatever the number of moments.
            while (true) {
                List<Object[]> rows = new ArrayList<>(BATCH);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Object[] {result.getObject(1), result.getLong(2)});
                    }
                }
                if (rows.isEmpty()) {
                    break;
                }
                for (Object[] row : rows) {
                    long start = (Long) row[1];
                    update.setInt(1, CalendarKeys.monthIndex(start));
                    update.setInt(2, CalendarKeys.anniversary(start));
                    update.setObject(3, row[0]);
                    update.addBatch();
                }
                update.executeBatch();
                updated += rows.size();
            }
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Calendar keys filled for " + updated + " moments";
    }
}
