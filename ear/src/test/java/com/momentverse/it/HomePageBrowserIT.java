package com.momentverse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A person with a browser: Debian's Chromium, headless. Opens the home page, searches
 * "Sirius" and sees it at the top of the stars table, with no script blocked by the CSP.
 * Without Chromium (a fresh machine) the test is skipped and says why; .ci/run installs it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageBrowserIT {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowser() {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "SKIPPED browser test: Chromium is not installed here (/usr/bin/chromium, /usr/bin/chromedriver); "
                        + ".ci/run installs it with apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void searchFromTheHomePageFindsSirius() {
        browser.get(Http.SITE.toString());
        assertThat(browser.getTitle()).contains("MomentVerse");

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("Sirius");
        browser.findElement(By.id("search")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement firstRow = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#stars\\:table tbody tr")));
        assertThat(firstRow.getText()).contains("Sirius").contains("32349").contains("Canis Major");

        // The page's inline PrimeFaces scripts ran (they create the widgets), so the CSP nonce let them through.
        Object widgets = ((JavascriptExecutor) browser).executeScript(
                "return window.PrimeFaces ? Object.keys(PrimeFaces.widgets).length : -1");
        assertThat(((Number) widgets).intValue()).isGreaterThan(0);
        List<LogEntry> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getMessage().contains("Content Security Policy")).toList();
        assertThat(violations).isEmpty();
    }
}
