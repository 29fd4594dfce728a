package com.momentverse.star;

import com.momentverse.testing.MigratedH2;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real changelog on an in-memory H2 database in PostgreSQL mode (as the embedded
 * server uses it, {@link MigratedH2}) and checks what the catalogue holds afterwards. The same changelog on
 * PostgreSQL is covered by the integration tests.
 */
class StarCatalogueMigrationTest {

    @Test
    void changelogLoadsTheWholeCatalogueWithSearchKeys() throws Exception {
        String url = MigratedH2.url("migration");
        MigratedH2.migrate(url);
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement statement = connection.createStatement()) {
                assertThat(single(statement, "SELECT COUNT(*) FROM star")).isEqualTo("41411");
                assertThat(single(statement, "SELECT COUNT(*) FROM star WHERE search_key IS NULL")).isEqualTo("0");
                assertThat(single(statement, "SELECT COUNT(*) FROM star WHERE proper_name = ''")).isEqualTo("0");
                assertThat(single(statement, "SELECT COUNT(*) FROM star WHERE proper_name IS NOT NULL")).isEqualTo("541");
                assertThat(single(statement, "SELECT proper_name FROM star ORDER BY magnitude, hip LIMIT 1"))
                        .isEqualTo("Sirius");
                assertThat(single(statement, "SELECT designation FROM star WHERE hip = 69673")).isEqualTo("α Boötis");
                assertThat(single(statement, "SELECT search_key FROM star WHERE hip = 69673"))
                        .contains("|alpha bootis|");
                assertThat(single(statement, "SELECT COUNT(*) FROM star WHERE color_bv IS NULL")).isEqualTo("52");
            }
        }
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
