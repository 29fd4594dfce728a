package com.momentverse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor explores the timeline in the browser: a year of months filtered by a word only one
 * public moment has, zooms into its month with a click, into its day with the keyboard (Enter on
 * the bar), lists its hour, opens the moment's page, and comes back with the browser's Back
 * button to the view it left; the arrow keys move the window. No script is blocked by the
 * Content-Security-Policy on the way.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class TimelineBrowserIT {

    private static final By ONE_MOMENT = By.cssSelector("#tl-chart g.tl-bar[data-count='1']");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void zoomIntoABucketAndOpenAMoment(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // A word no other moment has, at a random second of a random year (mid-month: one day in UTC).
        String word = "Zephyrine" + random.nextInt(1_000_000, 10_000_000);
        String title = "Timeline " + word;
        int year = random.nextInt(1001, 1999);
        Instant start = LocalDateTime.of(year, random.nextInt(1, 13), random.nextInt(10, 20), random.nextInt(24),
                random.nextInt(60), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        var order = Orders.hold(TestUsers.shared("timeline-owner"), start, start.plusSeconds(60),
                "title", title, "visibility", "PUBLIC");
        String momentId = order.getString("momentId");
        Sql.confirm(order.getString("orderId"));

        // The year of months, filtered by the word: one bar has the moment.
        browser.get(Http.SITE.resolve("timeline?scale=month&from=" + year + "-01-01T00:00:00Z&to=" + (year + 1)
                + "-01-01T00:00:00Z&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).toString());
        wait.until(ExpectedConditions.textToBe(By.id("tl-window"), year + " CE"));
        assertThat(wait.until(ExpectedConditions.numberOfElementsToBe(ONE_MOMENT, 1))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#tl-chart g.tl-bar"))).hasSize(12);
        assertThat(browser.findElement(By.id("tl-q")).getAttribute("value")).isEqualTo(word);

        // A click zooms into the month: its days.
        browser.findElement(ONE_MOMENT).click();
        wait.until(ExpectedConditions.urlContains("scale=day"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tl-window"), year + " CE"));
        WebElement day = wait.until(ExpectedConditions.numberOfElementsToBe(ONE_MOMENT, 1)).get(0);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tl-moments"), title));

        // Enter on the day's bar (reached with the keyboard) zooms into its hours; a click on the hour lists its moments.
        press(browser, day, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("scale=hour"));
        String dayHeading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tl-window"))).getText();
        assertThat(dayHeading).endsWith(year + " CE");
        assertThat(browser.findElements(By.cssSelector("#tl-chart g.tl-bar"))).hasSize(24);
        WebElement hour = wait.until(ExpectedConditions.numberOfElementsToBe(ONE_MOMENT, 1)).get(0);
        hour.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tl-list-title"), "UTC"));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#tl-moments a.tl-moment-title")));
        assertThat(link.getText()).isEqualTo(title);
        assertThat(browser.findElements(By.cssSelector("#tl-moments li"))).hasSize(1);
        assertThat(Browser.cspViolations(browser)).isEmpty();

        // The arrow keys move the window a day at a time.
        press(browser, browser.findElement(By.id("tl-chart")), Keys.ARROW_RIGHT);
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("tl-window"), dayHeading)));
        press(browser, browser.findElement(By.id("tl-chart")), Keys.ARROW_LEFT);
        wait.until(ExpectedConditions.textToBe(By.id("tl-window"), dayHeading));

        // The moment's page.
        wait.until(ExpectedConditions.numberOfElementsToBe(ONE_MOMENT, 1)).get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tl-moments a.tl-moment-title"))).click();
        wait.until(ExpectedConditions.urlContains("/m/" + momentId));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("moment-title"))).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("moment-utc")).getText()).contains(year + " CE").contains("UTC");
        assertThat(browser.findElement(By.id("share-x")).getAttribute("href")).startsWith("https://x.com/intent/tweet?");
        assertThat(Browser.cspViolations(browser)).isEmpty();

        // Back: the timeline as it was left, from the address alone.
        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("scale=hour"));
        wait.until(ExpectedConditions.textToBe(By.id("tl-window"), dayHeading));
        assertThat(wait.until(ExpectedConditions.numberOfElementsToBe(ONE_MOMENT, 1))).hasSize(1);
        assertThat(browser.findElement(By.id("tl-q")).getAttribute("value")).isEqualTo(word);
        assertThat(browser.findElement(By.id("nav-timeline")).getAttribute("href")).endsWith("/timeline");
    }

    /** Gives the element the keyboard focus, as Tab would, and presses the key there. */
    private static void press(WebDriver browser, WebElement element, Keys key) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", element);
        new Actions(browser).sendKeys(key).perform();
    }
}
