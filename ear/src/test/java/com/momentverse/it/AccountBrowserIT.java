package com.momentverse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person registers in the browser, verifies the address with the link from the real mail,
 * signs in and reaches the account page; a new session id is issued at sign-in.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class AccountBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void registerVerifySignInAndSeeTheAccountPage(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        String email = TestUsers.newEmail("browser");

        browser.get(Http.SITE.resolve("register").toString());
        browser.findElement(By.id("register:name")).sendKeys("Grace Hopper");
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registered")));

        // The link as it is in the mail, with the site's public address (localhost).
        String link = Mailbox.link(Mailbox.await(email, "Confirm your e-mail"), "/verify-email");
        browser.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verified")));

        browser.get(Http.SITE.resolve("account").toString());
        wait.until(ExpectedConditions.urlContains("/login"));
        Cookie before = browser.manage().getCookieNamed("JSESSIONID");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("login:submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account-email")));
        assertThat(browser.getCurrentUrl()).endsWith("/account");
        assertThat(browser.findElement(By.id("account-name")).getText()).isEqualTo("Grace Hopper");
        assertThat(browser.findElement(By.id("account-email")).getText()).contains(email).doesNotContain("not verified");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        if (before != null) {
            assertThat(session.getValue()).isNotEqualTo(before.getValue());
        }
        assertThat(Browser.cspViolations(browser)).isEmpty();

        browser.get(Http.SITE.resolve("logout").toString());
        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
        browser.get(Http.SITE.resolve("account").toString());
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
