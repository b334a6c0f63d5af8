package com.consentmanager.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;

/**
 * What the console tests in a browser share: the application deployed once per class, a fresh
 * headless Chromium per test (closed after it), a wait that ignores stale elements (Ajax updates
 * replace elements between finding and reading them), and the console page helper.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ConsoleBrowserBase {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;
    WebDriverWait wait;
    ConsolePages pages;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = startBrowser();
        wait = new WebDriverWait(browser, timeout());
        wait.ignoring(StaleElementReferenceException.class);
        pages = new ConsolePages(browser, wait, base);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The browser of one test; a test class may start it with its own settings. */
    WebDriver startBrowser() throws IOException {
        return Browser.start();
    }

    /** How long a test waits for a page or an Ajax update. */
    Duration timeout() {
        return TIMEOUT;
    }

    /**
     * Saves what the browser shows as {@code target/screenshots/<name>.png}: the pictures of the
     * admin guide come from here (docs/images), taken by the tests on the real pages.
     */
    protected void screenshot(String name) throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        java.nio.file.Files.write(folder.resolve(name + ".png"), png);
    }
}
