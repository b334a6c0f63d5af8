package com.consentmanager.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile pages in a real headless Chromium: a shop records a submission over REST; an admin
 * finds the person by part of their email, reads the status grid and the evidence with the
 * person's address and browser, withdraws on their behalf (refused without a reason, then with
 * one) and sees the new REFUSED status and WITHDRAWN evidence; an auditor reads without actions.
 * <p>
 * Element ids: search {@code search:text}, {@code search:profiles} (rows hold {@code a.profile-link});
 * grid cells {@code td[data-purpose][data-channel]} with {@code data-state}; actions
 * {@code actions:purpose}, {@code actions:channel}, {@code actions:reason}, {@code actions:withdraw};
 * timeline {@code timeline:evidence} ({@code .event-type[data-type]}, {@code .ip-address},
 * {@code .user-agent}, {@code .reason}).
 */
class ProfileConsoleIT extends ConsoleBrowserBase {

    private static final By SEARCH_TEXT = By.id("search:text");
    private static final By PROFILE_LINK = By.cssSelector("#search\\:profiles a.profile-link");
    private static final By TIMELINE = By.id("timeline:evidence");
    private static final By REASON = By.id("actions:reason");
    private static final By WITHDRAW = By.id("actions:withdraw");

    @Test
    void anAdminFindsThePersonReadsTheEvidenceAndWithdrawsOnTheirBehalf() throws Exception {
        String suffix = unique();
        String email = "console-" + suffix + "@example.com";
        String writer = "Bearer " + TestDatabase.addApiKey("shop " + suffix, "profiles:write");
        Api.Reply recorded = new Api(base).call("POST", "api/v1/submissions", """
                {"email":"%s","choices":[{"purpose":"commercial_email","channel":"email","state":"ACCEPTED"}],
                 "origin":{"reference":"jeu-%s","ipAddress":"192.0.2.77",
                           "userAgent":"ConsoleIT-Browser/1.0"}}""".formatted(email, suffix), "Authorization", writer);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

        pages.openSignedIn("console/profiles.xhtml", Credentials.ADMIN_USER, Credentials.adminPassword(), SEARCH_TEXT);
        pages.type(SEARCH_TEXT, "CONSOLE-" + suffix);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(PROFILE_LINK, email));
        pages.click(PROFILE_LINK);
        wait.until(ExpectedConditions.presenceOfElementLocated(TIMELINE));

        assertThat(cell("commercial_email", "email").getDomAttribute("data-state")).isEqualTo("ACCEPTED");
        assertThat(cell("commercial_sms", "sms").getDomAttribute("data-state")).isEqualTo("UNKNOWN");
        String timeline = browser.findElement(TIMELINE).getText();
        assertThat(timeline).contains("192.0.2.77", "ConsoleIT-Browser/1.0", "jeu-" + suffix);

        new Select(browser.findElement(By.id("actions:purpose"))).selectByValue("commercial_email");
        new Select(browser.findElement(By.id("actions:channel"))).selectByValue("email");
        pages.click(WITHDRAW);
        wait.until(ExpectedConditions.attributeToBe(REASON, "aria-invalid", "true"));
        assertThat(cell("commercial_email", "email").getDomAttribute("data-state")).as("nothing changed without a reason")
                .isEqualTo("ACCEPTED");

        pages.type(REASON, "Phone call of the customer, ticket " + suffix);
        pages.click(WITHDRAW);
        wait.until(driver -> "REFUSED".equals(cell("commercial_email", "email").getDomAttribute("data-state")));
        By newest = By.cssSelector("#timeline\\:evidence tbody tr:first-child");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#timeline\\:evidence tbody tr:first-child .event-type"),
                "data-type", "WITHDRAWN"));
        assertThat(browser.findElement(newest).getText()).contains("ticket " + suffix, Credentials.ADMIN_USER);
        assertThat(browser.findElement(newest).findElement(By.cssSelector(".to")).getDomAttribute("data-state"))
                .isEqualTo("REFUSED");

        // The person's link to the preference centre, sent from here: on the timeline and in the outbox.
        pages.click(By.id("actions:send-link"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#timeline\\:evidence tbody tr:first-child .event-type"),
                "data-type", "PREFERENCE_LINK_SENT"));
        assertThat(TestDatabase.count("select count(*) from mail_outbox where kind = 'PREFERENCE_LINK' and recipient = ?", email))
                .isEqualTo(1);
    }

    @Test
    void anAuditorReadsAPersonWithoutActionsOrExport() throws Exception {
        String suffix = unique();
        String email = "console-audit-" + suffix + "@example.com";
        String writer = "Bearer " + TestDatabase.addApiKey("shop " + suffix, "profiles:write");
        new Api(base).call("POST", "api/v1/submissions", """
                {"email":"%s","choices":[{"purpose":"commercial_sms","channel":"sms","state":"ACCEPTED"}]}"""
                .formatted(email), "Authorization", writer);
        TestDatabase.addUser("auditor-" + suffix, "AUDITOR", "auditor-password-" + suffix);

        pages.openSignedIn("console/profiles.xhtml", "auditor-" + suffix, "auditor-password-" + suffix, SEARCH_TEXT);
        pages.type(SEARCH_TEXT, email);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(PROFILE_LINK, email));
        pages.click(PROFILE_LINK);
        wait.until(ExpectedConditions.presenceOfElementLocated(TIMELINE));

        assertThat(cell("commercial_sms", "sms").getDomAttribute("data-state")).isEqualTo("ACCEPTED");
        assertThat(browser.findElements(WITHDRAW)).isEmpty();
        assertThat(browser.findElements(By.id("export:download"))).isEmpty();
    }

    private org.openqa.selenium.WebElement cell(String purpose, String channel) {
        return browser.findElement(By.cssSelector("td[data-purpose='" + purpose + "'][data-channel='" + channel + "']"));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
