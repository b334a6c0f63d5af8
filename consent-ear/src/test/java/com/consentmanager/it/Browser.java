package com.consentmanager.it;

import org.openqa.selenium.WebDriver;
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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }
}
