package com.momentverse.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A person's browser for tests: Debian's Chromium, headless, driven by Selenium. A test
 * method that takes a {@link WebDriver} parameter gets a fresh one, closed after the test
 * ({@code @ExtendWith(Browser.class)}). Where Chromium is not installed (a fresh machine)
 * the test is skipped and says why; .ci/run installs it.
 */
public final class Browser implements ParameterResolver {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        WebDriver browser = open();
        // Closed when the test ends, passed or failed.
        context.getStore(ExtensionContext.Namespace.create(Browser.class))
                .put(context.getUniqueId(), (ExtensionContext.Store.CloseableResource) browser::quit);
        return browser;
    }

    /** A new headless browser, or the test is skipped (with the reason) when there is none. */
    public static WebDriver open() {
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
        return new ChromeDriver(service, options);
    }

    /** Messages of the browser console that report a Content-Security-Policy violation. */
    public static List<String> cspViolations(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
    }

    /** How many PrimeFaces widgets the page's inline scripts created (-1 without PrimeFaces). */
    public static int primeFacesWidgets(WebDriver browser) {
        Object count = ((JavascriptExecutor) browser).executeScript(
                "return window.PrimeFaces ? Object.keys(PrimeFaces.widgets).length : -1");
        return ((Number) count).intValue();
    }
}
