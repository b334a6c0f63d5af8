package com.consentmanager.it;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver). Paths are given explicitly so
 * that Selenium Manager never tries to download anything.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() {
        return start(null);
    }

    /** A browser that saves downloads, without asking, into {@code downloads} (none when null). */
    public static WebDriver start(java.nio.file.Path downloads) {
        File driver = new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
        File binary = new File(System.getProperty("chromium", "/usr/bin/chromium"));
        if (!driver.canExecute() || !binary.canExecute()) {
            throw new IllegalStateException("Chromium is missing: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,1024",
                    "--user-data-dir=" + Files.createTempDirectory("consent-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /**
     * Waits until the page that held this element is gone. Chromedriver sometimes answers "node
     * does not belong to the document" instead of "stale element" while a page is being replaced:
     * both mean the same here.
     */
    public static void waitUntilReplaced(WebDriverWait wait, WebElement element) {
        wait.until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }
}
