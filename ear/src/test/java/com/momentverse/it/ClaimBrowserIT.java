package com.momentverse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verified customer claims a moment in the browser: a BCE date with a time and a time zone, a
 * title, a dim star found through the picker; sees the price, continues to the test checkout,
 * pays, and finds the moment confirmed on the account page.
 *
 * <p>The year, day and time are random and the star is picked at random among the available
 * stars of a faint constellation, so reruns against a shared database do not collide (a paid
 * moment keeps its span and star for good).
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class ClaimBrowserIT {

    /** A faint southern constellation: no star of it is used by the other tests. */
    private static final String CONSTELLATION = "Octans";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void claimABceMomentWithAStarPayInTestModeAndSeeItConfirmed(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        TestUsers.User user = TestUsers.verifiedUser("claimer");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int year = random.nextInt(600, 3200);          // BCE
        int day = random.nextInt(1, 29);               // every month has it
        String time = String.format("%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60));
        String title = "Browser claim " + year + " BCE #" + random.nextInt(1_000_000);

        // Sign in through the login page, coming back to /claim.
        browser.get(Http.SITE.resolve("login?next=%2Fclaim").toString());
        browser.findElement(By.id("login:email")).sendKeys(user.email());
        browser.findElement(By.id("login:password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlMatches("/claim$"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("span-utc")));
        // The page asks the browser for its zone once loaded; let that answer land before typing.
        waitForAjax(browser, wait);

        // The date in BCE, a time, and a zone picked from the zone list.
        setText(browser, wait, "claim:day", Integer.toString(day));
        new Select(browser.findElement(By.id("claim:month"))).selectByValue("6");
        waitForAjax(browser, wait);
        setText(browser, wait, "claim:year", Integer.toString(year));
        new Select(browser.findElement(By.id("claim:era"))).selectByValue("BCE");
        waitForAjax(browser, wait);
        setText(browser, wait, "claim:time", time);
        WebElement zone = browser.findElement(By.id("claim:timeZone_input"));
        zone.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        zone.sendKeys("Europe/Athens");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#claim\\:timeZone_panel li[data-item-value='Europe/Athens']"))).click();
        waitForAjax(browser, wait);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("span-local"), "Europe/Athens"));
        assertThat(browser.findElement(By.id("span-local")).getText()).contains(day + " June " + year + " BCE");
        assertThat(browser.findElement(By.id("span-utc")).getText()).contains("BCE").contains("UTC");
        assertThat(browser.findElement(By.id("span-duration")).getText()).isEqualTo("1 minute");

        browser.findElement(By.id("claim:title")).sendKeys(title);
        browser.findElement(By.id("claim:message")).sendKeys("For the stars over an old sea.");

        // A dim star through the picker: one of the available stars of a faint constellation.
        String before = browser.findElement(By.id("claim:quote-total")).getText();
        browser.findElement(By.id("claim:star_input")).sendKeys(CONSTELLATION);
        List<WebElement> suggestions = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#claim\\:star_panel li.ui-autocomplete-item"), 0));
        WebElement suggestion = suggestions.get(random.nextInt(suggestions.size()));
        String picked = suggestion.getText();
        assertThat(picked).contains(CONSTELLATION).contains("HIP ");
        suggestion.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("star-picked")));
        waitForAjax(browser, wait);
        assertThat(browser.findElement(By.id("star-picked")).getText()).isEqualTo(picked);

        // The quote now has the star line: a total, in dollars, above the moment's alone.
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("claim:quote-total"), before)));
        String total = browser.findElement(By.id("claim:quote-total")).getText();
        assertThat(total).matches("\\$\\d+\\.\\d{2}");
        assertThat(browser.findElement(By.id("claim:quote")).getText()).contains("Star pairing");

        browser.findElement(By.id("claim:continue")).click();

        // The test checkout: marked as such, the order as claimed, then Pay.
        wait.until(ExpectedConditions.urlContains("/checkout/test/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("test-mode")));
        assertThat(browser.findElement(By.id("test-mode")).getText()).contains("TEST MODE");
        assertThat(browser.findElement(By.id("checkout:order-title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("order-span-utc")).getText()).contains(year + " BCE");
        assertThat(browser.findElement(By.id("checkout:order-total")).getText()).isEqualTo(total);
        browser.findElement(By.id("checkout:pay")).click();

        // The account page lists the moment, confirmed.
        wait.until(ExpectedConditions.urlMatches("/account$"));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//table[@id='moments']//tr[.//span[contains(@class,'moment-title') and text()=" + xpathLiteral(title) + "]]")));
        assertThat(row.findElement(By.className("moment-status")).getText()).isEqualTo("confirmed");
        assertThat(row.getText()).contains(year + " BCE");
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void aPendingOrderOffersCheckoutAndCancelsFromTheAccountPage(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        TestUsers.User user = TestUsers.verifiedUser("pending");
        Instant start = Spans.randomStart();
        String title = "Pending " + ThreadLocalRandom.current().nextInt(1_000_000);
        String orderId = Orders.hold(user.api(), start, start.plusSeconds(90), "title", title).getString("orderId");

        browser.get(Http.SITE.resolve("login?next=%2Faccount").toString());
        browser.findElement(By.id("login:email")).sendKeys(user.email());
        browser.findElement(By.id("login:password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlMatches("/account$"));

        By row = By.xpath("//table[@id='orders:list']//tr[td[contains(., " + xpathLiteral(title) + ")]]");
        WebElement pending = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        assertThat(pending.findElement(By.className("order-status")).getText()).isEqualTo("pending payment");
        assertThat(pending.getText()).contains("held until");
        assertThat(pending.findElement(By.className("checkout-link")).getAttribute("href"))
                .endsWith("/checkout/test/" + orderId);

        pending.findElement(By.className("cancel-order")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "cancelled"));
        WebElement cancelled = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        assertThat(cancelled.findElement(By.className("order-status")).getText()).isEqualTo("expired");
        assertThat(cancelled.findElements(By.className("cancel-order"))).isEmpty();
        Spans.assertFree(start, start.plusSeconds(90));
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    /** Replaces a text input's value and leaves it, so its change event sends the Ajax update. */
    private static void setText(WebDriver browser, WebDriverWait wait, String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        waitForAjax(browser, wait);
    }

    /** Until no PrimeFaces or Faces Ajax request is in flight. */
    private static void waitForAjax(WebDriver browser, WebDriverWait wait) {
        wait.until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);"));
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
