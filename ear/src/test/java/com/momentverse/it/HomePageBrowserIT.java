package com.momentverse.it;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor with a browser opens the home page, searches "Sirius" and sees it at the top of
 * the stars table, with no script blocked by the Content-Security-Policy.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class HomePageBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void searchFromTheHomePageFindsSirius(WebDriver browser) {
        browser.get(Http.SITE.toString());
        assertThat(browser.getTitle()).contains("MomentVerse");

        browser.findElement(By.id("q")).sendKeys("Sirius");
        browser.findElement(By.id("search")).click();

        WebElement firstRow = new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#stars\\:table tbody tr")));
        assertThat(firstRow.getText()).contains("Sirius").contains("32349").contains("Canis Major");

        // The page's inline PrimeFaces scripts ran (they create the widgets): the CSP nonce let them through.
        assertThat(Browser.primeFacesWidgets(browser)).isPositive();
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }
}
