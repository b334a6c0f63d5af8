package com.consentmanager.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page in headless Chromium, as an operator of the marketing team uses it: upload a
 * file whose headers match nothing, map its columns, check it (dry run), watch its progress and
 * counts (which a reload keeps), run it for real and find the statuses in place.
 */
class ImportConsoleIT extends ConsoleBrowserBase {

    private static final int PEOPLE = 2000;

    private Path downloads;

    /** A browser that saves downloads (the error report) in a directory of the test's own. */
    @Override
    WebDriver startBrowser() throws java.io.IOException {
        downloads = Files.createTempDirectory("consent-downloads");
        return Browser.start(downloads);
    }

    @Override
    Duration timeout() {
        return Duration.ofSeconds(60);
    }

    @Test
    void anOperatorMapsChecksAndImportsAFileWatchingItsProgress() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String promo = "promo_" + suffix;
        Api.Reply created = new Api(base).asAdmin("POST", "api/v1/purposes", """
                {"kind":"CONSENT","lawfulBasis":"a","key":"%s","texts":{"fr":{"subject":"Promo %s","wording":"Promos"},
                 "en":{"subject":"Promo %s","wording":"Promos"}},"channels":["email"],"doubleOptIn":false}"""
                .formatted(promo, suffix, suffix));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String password = "operator-password-" + suffix;
        TestDatabase.addUser("importer-" + suffix, "OPERATOR", password);

        StringBuilder csv = new StringBuilder("Mail;Accord promo;Quand\r\n");
        for (int i = 0; i < PEOPLE; i++) {
            csv.append("p").append(i).append('-').append(suffix).append("@example.com;").append(i % 4 == 0 ? "non" : "oui")
                    .append(";0").append(1 + i % 9).append("/02/2024\r\n");
        }
        csv.append("broken-address;oui;01/02/2024\r\n");
        Path file = Files.createTempFile("import-" + suffix, ".csv");
        Files.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));

        pages.openSignedIn("console/imports.xhtml", "importer-" + suffix, password, By.id("upload"));
        pages.switchLanguage("en");
        browser.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        WebElement page = browser.findElement(By.tagName("html"));
        pages.click(By.id("upload:read"));
        Browser.waitUntilReplaced(wait, page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mapping")));
        assertThat(browser.findElement(By.id("mapping")).getText()).contains("File import-" + suffix)
                .contains(String.format(java.util.Locale.ENGLISH, "%,d lines", PEOPLE + 1));

        List<WebElement> targets = browser.findElements(By.cssSelector("select.target"));
        assertThat(targets).hasSize(3);
        assertThat(new Select(targets.get(0)).getFirstSelectedOption().getDomAttribute("value"))
                .as("'Mail' is recognised as the email column").isEqualTo("email");
        assertThat(new Select(targets.get(1)).getFirstSelectedOption().getDomAttribute("value"))
                .as("nothing matches 'Accord promo': ignored until mapped").isEmpty();
        new Select(targets.get(1)).selectByValue(promo);
        new Select(browser.findElements(By.cssSelector("select.target")).get(2)).selectByValue(promo + "_date");
        page = browser.findElement(By.tagName("html"));
        pages.click(By.id("mapping:check"));
        Browser.waitUntilReplaced(wait, page);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "queued for its dry run"));
        long id = latestImport();

        By row = By.cssSelector("tr.import-" + id);
        wait.until(driver -> "VALIDATED".equals(driver.findElement(row).findElement(By.cssSelector(".state")).getDomAttribute("data-state")));
        assertRow(row, "Checked (dry run)", PEOPLE * 3 / 4, PEOPLE / 4, 1);
        assertThat(statuses(promo)).as("a dry run writes nothing").isZero();

        pages.open("console/imports.xhtml", row);  // the page opened again: what it shows comes from the database
        assertRow(row, "Checked (dry run)", PEOPLE * 3 / 4, PEOPLE / 4, 1);
        assertThat(browser.findElement(row).findElements(By.cssSelector("[id$=':errors']"))).as("the error report").hasSize(1);

        pages.click(By.cssSelector("tr.import-" + id + " [id$=':run']"));
        wait.until(driver -> "COMPLETED".equals(driver.findElement(row).findElement(By.cssSelector(".state")).getDomAttribute("data-state")));
        assertRow(row, "Completed", PEOPLE * 3 / 4, PEOPLE / 4, 1);
        assertThat(browser.findElement(row).getText())
                .contains(String.format(java.util.Locale.ENGLISH, "Writing: %,d of %,d lines", PEOPLE + 1, PEOPLE + 1));
        assertThat(statuses(promo)).isEqualTo(PEOPLE);

        pages.click(By.id("export:statuses"));
        Path export = downloads.resolve("statuses.csv");
        wait.until(driver -> Files.exists(export) && !Files.exists(downloads.resolve("statuses.csv.crdownload")));
        List<String> exported = Files.readAllLines(export, StandardCharsets.UTF_8);
        List<String> header = List.of(exported.get(0).split(","));
        String first = exported.stream().filter(line -> line.startsWith("p1-" + suffix + "@example.com,")).findFirst().orElseThrow();
        String zeroth = exported.stream().filter(line -> line.startsWith("p0-" + suffix + "@example.com,")).findFirst().orElseThrow();
        assertThat(first.split(",", -1)[header.indexOf(promo + ".email")]).isEqualTo("accepted");
        assertThat(zeroth.split(",", -1)[header.indexOf(promo + ".email")]).isEqualTo("refused");
        assertThat(first.split(",", -1)[header.indexOf(promo + ".email_date")]).as("02/02/2024 in Paris").isEqualTo("2024-02-01T23:00:00Z");
    }

    private void assertRow(By row, String state, int accepted, int refused, int errors) {
        WebElement line = browser.findElement(row);
        assertThat(line.findElement(By.cssSelector(".state")).getText()).isEqualTo(state);
        assertThat(line.findElement(By.cssSelector(".accepted")).getText()).isEqualTo(Integer.toString(accepted));
        assertThat(line.findElement(By.cssSelector(".refused")).getText()).isEqualTo(Integer.toString(refused));
        assertThat(line.findElement(By.cssSelector(".errors")).getText()).isEqualTo(Integer.toString(errors));
        assertThat(line.findElement(By.cssSelector(".new-profiles")).getText()).isEqualTo(Integer.toString(PEOPLE));
        assertThat(line.findElement(By.cssSelector("progress.progress")).getDomProperty("value")).isEqualTo("100");
        assertThat(line.findElement(By.cssSelector(".percent")).getText()).isEqualTo("100 %");
    }

    private static long latestImport() throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement select = connection.prepareStatement("select max(id) from import_job");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long statuses(String purpose) throws SQLException {
        return TestDatabase.count(
                "select count(*) from consent_status s join purpose p on p.id = s.purpose_id where p.purpose_key = ?", purpose);
    }
}
