package com.momentverse.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator in the browser: signs in, reaches the dashboard through the Admin link, finds a
 * user, promotes and demotes them and sees both in the audit log; refunds a paid order, with the
 * outcome next to the button; sends a failed mail again. No Content-Security-Policy violation on
 * the way.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class AdminBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void findAUserPromoteAndDemoteThemAndSeeItAudited(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        TestUsers.User user = TestUsers.verifiedUser("admin-browser");
        signInAsAdministrator(browser, wait);

        browser.findElement(By.id("nav-admin")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-chart")));
        for (String chart : List.of("funnel-chart", "eras-chart", "certificates-chart")) {
            assertThat(browser.findElement(By.id(chart)).findElements(By.cssSelector("svg rect.bar"))).isNotEmpty();
        }
        assertThat(browser.findElement(By.id("admin-nav-dashboard")).getAttribute("aria-current")).isEqualTo("page");

        browser.findElement(By.id("admin-nav-users")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q"))).sendKeys(user.email());
        browser.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".user-link")));
        assertThat(browser.findElements(By.cssSelector(".user-row"))).hasSize(1);
        browser.findElement(By.cssSelector(".user-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("user-role"), "user"));
        assertThat(browser.findElement(By.id("user-email")).getText()).contains(user.email());

        browser.findElement(By.id("user-actions:promote")).click();
        wait.until(ExpectedConditions.textToBe(By.id("user-role"), "administrator"));
        assertThat(browser.findElement(By.id("user-actions:messages")).getText()).contains("is now an administrator");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/users?id=" + user.id());

        browser.findElement(By.id("user-actions:demote")).click();
        wait.until(ExpectedConditions.textToBe(By.id("user-role"), "user"));
        assertThat(browser.findElement(By.id("user-actions:messages")).getText()).contains("no longer an administrator");

        // The audit log, searched by the account: both changes, newest first, by the administrator.
        browser.findElement(By.id("admin-nav-audit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subject"))).sendKeys(user.id().toString());
        browser.findElement(By.id("action")).sendKeys("account.admin-");
        browser.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".audit-row"), 2));
        List<String> actions = browser.findElements(By.cssSelector(".audit-row .audit-action")).stream()
                .map(WebElement::getText).toList();
        assertThat(actions).containsExactly("account.admin-revoked", "account.admin-granted");
        assertThat(browser.findElements(By.cssSelector(".audit-row .audit-actor")))
                .allSatisfy(actor -> assertThat(actor.getText()).isEqualTo(System.getProperty("mv.it.admin.email")));
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void refundAPaidOrderAndSeeTheOutcomeNextToTheButton(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Api customer = TestUsers.shared("admin-browser-customer");
        Instant start = Spans.randomStart();
        JsonObject order = Orders.hold(customer, start, start.plusSeconds(60));
        String orderId = order.getString("orderId");
        Sql.confirm(orderId);
        signInAsAdministrator(browser, wait);

        browser.get(Http.SITE.resolve("admin/orders?q=" + orderId).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".order-link"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("order-status"), "paid"));
        browser.findElement(By.id("refund:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("refund:confirm-yes"))).click();

        wait.until(ExpectedConditions.textToBe(By.id("order-status"), "refunded"));
        assertThat(browser.findElement(By.id("refund:messages")).getText()).startsWith("Refunded");
        assertThat(browser.findElements(By.id("refund:submit"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#audit-entries .audit-action")).stream().map(WebElement::getText))
                .contains("order.refunded");
        assertThat(Sql.momentStatus(order.getString("momentId"))).isEqualTo("RELEASED");
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void sendAFailedMailAgain(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        TestUsers.User user = TestUsers.verifiedUser("admin-browser-mail");
        // The verification mail was sent (once the sender has recorded it: the mail reaches the inbox
        // a moment before); here it failed instead, as a mail the server kept refusing. The version
        // moves on, as any change of the row does.
        awaitVerificationMailSent(user.email());
        assertThat(Sql.update("UPDATE mail_outbox SET status = 'FAILED', attempts = 10, last_error = '550 mailbox unavailable',"
                + " version = version + 1 WHERE recipient = ? AND kind = 'VERIFY_EMAIL'", user.email())).isEqualTo(1);
        UUID mail = UUID.fromString(Sql.string("SELECT id FROM mail_outbox WHERE recipient = ? AND kind = 'VERIFY_EMAIL'",
                user.email()));
        signInAsAdministrator(browser, wait);

        browser.get(Http.SITE.resolve("admin/mail").toString());
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tr[contains(@class,'failed-row')][.//*[contains(@class,'mail-recipient') and text()='" + user.email() + "']]")));
        assertThat(row.findElement(By.cssSelector(".mail-error")).getText()).contains("550");
        row.findElement(By.cssSelector("button.retry")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mail:messages"), "due again"));
        assertThat(Sql.string("SELECT status FROM mail_outbox WHERE id = ?", mail)).isIn("PENDING", "SENT");
        assertThat(Sql.number("SELECT count(*) FROM audit_entry WHERE action = 'mail.retried' AND subject = ?",
                "mail:" + mail)).isEqualTo(1);
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    private static void awaitVerificationMailSent(String email) {
        String sql = "SELECT status FROM mail_outbox WHERE recipient = ? AND kind = 'VERIFY_EMAIL'";
        Instant deadline = Instant.now().plusSeconds(10);
        while (!"SENT".equals(Sql.string(sql, email)) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(Sql.string(sql, email)).isEqualTo("SENT");
    }

    private static void signInAsAdministrator(WebDriver browser, WebDriverWait wait) {
        browser.get(Http.SITE.resolve("login").toString());
        browser.findElement(By.id("login:email")).sendKeys(System.getProperty("mv.it.admin.email"));
        browser.findElement(By.id("login:password")).sendKeys(System.getProperty("mv.it.admin.password"));
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-admin")));
    }
}
