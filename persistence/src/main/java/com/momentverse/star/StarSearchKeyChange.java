package com.momentverse.star;

import com.momentverse.common.MigrationStep;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration step that fills {@code star.search_key} with {@link StarSearchKey#of}, so that
 * the catalogue and the queries are normalised by the same Java code, on every database.
 */
public class StarSearchKeyChange extends MigrationStep {

    private static final int BATCH = 1000;

    @Override
    protected void run(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery(
                     "SELECT hip, proper_name, designation, constellation, constellation_name FROM star");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE star SET search_key = ? WHERE hip = ?")) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, StarSearchKey.of(rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5)));
                update.setInt(2, rows.getInt(1));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "star.search_key filled";
    }
}
