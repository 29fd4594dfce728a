package com.momentverse.it;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static com.momentverse.it.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deploying the same EAR again (an upgrade without schema changes, a restart) applies no
 * changeset twice and keeps the data, checked in the database itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedeployIT {

    private static final String EAR = "redeployed";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void redeployingAppliesNothingTwiceAndKeepsTheData() throws Exception {
        deployer.deploy(EAR);
        List<String> applied = changelog();
        long stars = count("SELECT COUNT(*) FROM star");
        deployer.undeploy(EAR);

        deployer.deploy(EAR);
        try {
            assertThat(changelog()).isEqualTo(applied);
            assertThat(count("SELECT COUNT(*) FROM star")).isEqualTo(stars).isEqualTo(41_411);
            assertThat(count("SELECT COUNT(*) FROM (SELECT id FROM databasechangelog GROUP BY id, author, filename HAVING COUNT(*) > 1) d"))
                    .isZero();
            assertThat(get("api/v1/stars/32349").statusCode()).isEqualTo(200);
        } finally {
            deployer.undeploy(EAR);
        }
    }

    /** Every applied changeset with when it ran: a re-run would add a row or change a date. */
    private static List<String> changelog() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = TestServices.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT id, dateexecuted, md5sum FROM databasechangelog ORDER BY orderexecuted")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "@" + rs.getString(2) + "#" + rs.getString(3));
            }
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = TestServices.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
