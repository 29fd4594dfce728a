package com.momentverse.it;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

import static com.momentverse.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log on PostgreSQL: sign-ins, failed sign-ins and role changes are recorded (never a
 * password), and the database itself refuses to change, delete or truncate entries, whoever asks
 * (changelog 080's trigger; this test connects as the database's owner).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void signInsFailuresAndRoleChangesAreRecordedWithoutPasswords() {
        TestUsers.User user = TestUsers.verifiedUser("audit-log");
        String subject = "account:" + user.id();
        String wrong = "not-the-password-" + System.nanoTime();
        assertThat(Api.anonymous().post("api/v1/auth/token", json("email", user.email(), "password", wrong)).statusCode())
                .isEqualTo(401);
        TestUsers.User admin = TestUsers.admin();
        assertThat(admin.api().patch("api/v1/admin/users/" + user.id(), json("disabled", true)).statusCode()).isEqualTo(200);
        assertThat(admin.api().patch("api/v1/admin/users/" + user.id(), json("disabled", false)).statusCode()).isEqualTo(200);
        assertThat(admin.api().patch("api/v1/admin/users/" + user.id(),
                json("roles", Json.createArrayBuilder().add("USER").build())).statusCode()).isEqualTo(200);

        assertThat(count("account.signed-in", user.id().toString(), subject)).isEqualTo(1);
        assertThat(count("account.sign-in-failed", "anonymous", subject)).isEqualTo(1);
        assertThat(count("account.disabled", admin.id().toString(), subject)).isEqualTo(1);
        assertThat(count("account.enabled", admin.id().toString(), subject)).isEqualTo(1);
        // Asking for the roles it already has changes nothing, and records nothing.
        assertThat(Sql.number("SELECT count(*) FROM audit_entry WHERE subject = ? AND action LIKE 'account.admin-%'",
                subject)).isZero();
        assertThat(Sql.number("SELECT count(*) FROM audit_entry WHERE detail LIKE ? OR detail LIKE ?",
                "%" + wrong + "%", "%" + TestUsers.PASSWORD + "%")).isZero();
    }

    @Test
    void postgresqlRefusesToChangeOrRemoveEntries() {
        TestUsers.User user = TestUsers.verifiedUser("audit-append-only");
        String subject = "account:" + user.id();
        long entries = Sql.number("SELECT count(*) FROM audit_entry");
        assertThat(Sql.number("SELECT count(*) FROM audit_entry WHERE subject = ?", subject)).isPositive();

        assertRefused("UPDATE audit_entry SET detail = 'rewritten' WHERE subject = ?", subject);
        assertRefused("UPDATE audit_entry SET actor = 'someone else'");
        assertRefused("DELETE FROM audit_entry WHERE subject = ?", subject);
        assertRefused("DELETE FROM audit_entry");
        assertRefused("TRUNCATE audit_entry");

        assertThat(Sql.number("SELECT count(*) FROM audit_entry WHERE subject = ? AND detail = 'rewritten'", subject)).isZero();
        assertThat(Sql.number("SELECT count(*) FROM audit_entry")).isGreaterThanOrEqualTo(entries);
        // Adding stays possible: the log is append-only, not read-only.
        assertThat(Sql.update("INSERT INTO audit_entry (id, at, actor, action, subject, detail)"
                + " VALUES (gen_random_uuid(), now(), 'system', 'test.appended', ?, null)", subject)).isEqualTo(1);
    }

    private static void assertRefused(String sql, Object... parameters) {
        assertThatThrownBy(() -> Sql.update(sql, parameters)).as(sql)
                .hasCauseInstanceOf(SQLException.class)
                .cause().hasMessageContaining("audit_entry is append-only");
    }

    private static long count(String action, String actor, String subject) {
        return Sql.number("SELECT count(*) FROM audit_entry WHERE action = ? AND actor = ? AND subject = ?",
                action, actor, subject);
    }
}
