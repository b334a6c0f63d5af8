package com.consentmanager.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console side of expiry, in headless Chromium: an admin turns expiry on for a purpose in the
 * purpose editor's Expiration tab (days, the activity types that prolong), which is saved and
 * audited; the expiry page counts the statuses due now and in the next 7/30/90 days; "run now"
 * expires the due ones, lists the run with its count, and each expired status is UNKNOWN with an
 * EXPIRED evidence event naming that run (read back through the REST export, as a regulator's
 * request would). The people's acceptances are recorded through the API with a past event time (as
 * an import of older consents is), so that nothing waits and the server's clock is untouched.
 */
class ExpiryConsoleIT extends ConsoleBrowserBase {

    private static final By EDITOR = By.id("editor");
    private static final By ENABLED = By.id("editor:tabs:expiry-enabled_input");
    private static final By DAYS = By.id("editor:tabs:expiry-days_input");
    private static final By SAVE = By.id("editor:tabs:expiry-save");
    private static final By MESSAGES = By.id("messages");
    private static final By UPCOMING = By.id("expiry:upcoming");
    private static final By RUN_NOW = By.id("expiry:run-now");
    private static final Pattern DONE = Pattern.compile("Sweep done: (\\d+) statuses expired");

    private Api api;
    private String writer;

    @BeforeEach
    void setUp() throws SQLException {
        api = new Api(base);
        writer = "Bearer " + TestDatabase.addApiKey("shop " + OptIns.unique(), "profiles:write");
    }

    @Test
    void anAdminTurnsExpiryOnSeesWhatIsDueRunsTheSweepAndTheDueStatusesExpireWithEvidence() throws Exception {
        String suffix = OptIns.unique();
        String purpose = purpose("expire_" + suffix, "Offres " + suffix);
        Instant now = Instant.now();
        String old = "old-" + suffix + "@example.com";            // accepted 40 days ago: due on a 30-day expiry
        String clicker = "clicker-" + suffix + "@example.com";    // 40 days ago too; clicked 10 days ago, clicks do not prolong
        String buyer = "buyer-" + suffix + "@example.com";        // 40 days ago; ordered 10 days ago, orders prolong: due in 20 days
        String recent = "recent-" + suffix + "@example.com";      // accepted 26 days ago: due in 4 days
        accept(old, purpose, now.minus(Duration.ofDays(40)));
        accept(clicker, purpose, now.minus(Duration.ofDays(40)));
        accept(buyer, purpose, now.minus(Duration.ofDays(40)));
        accept(recent, purpose, now.minus(Duration.ofDays(26)));
        activity(clicker, "CLICK", now.minus(Duration.ofDays(10)));
        activity(buyer, "ORDER", now.minus(Duration.ofDays(10)));

        // The Expiration tab: on, 30 days, prolonged by orders only.
        pages.openSignedIn("console/purpose.xhtml?key=" + purpose, Credentials.ADMIN_USER, Credentials.adminPassword(), EDITOR);
        pages.switchLanguage("en");
        pages.openTab("Expiration");
        assertThat(browser.findElement(ENABLED).isSelected()).as("off until an admin turns it on").isFalse();
        pages.setChecked(ENABLED, true);
        assertThat(browser.findElement(DAYS).getDomProperty("value")).as("the default: three years").isEqualTo("1,095");
        WebElement days = browser.findElement(DAYS);
        days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "30");
        pages.waitForValue(DAYS, "30");
        for (WebElement type : browser.findElements(By.cssSelector("[id='editor:tabs:expiry-types'] input[type='checkbox']"))) {
            if (type.isEnabled()) {
                pages.setChecked(By.id(type.getDomAttribute("id")), "ORDER".equals(type.getDomAttribute("value")));
            }
        }
        assertThat(typeBox("EMAIL_OPEN").isEnabled()).as("an email open can never prolong").isFalse();
        assertThat(typeLabel("ORDER")).as("a built-in type by its name, not its code").isEqualTo("Order");
        pages.click(SAVE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "Expiration saved."));
        assertThat(shown("Expiration saved.")).as("said once").isEqualTo(1);

        // Saved: the editor shows it again, and the audit trail has who changed what.
        pages.open("console/purpose.xhtml?key=" + purpose, EDITOR);
        pages.openTab("Expiration");
        assertThat(browser.findElement(ENABLED).isSelected()).isTrue();
        assertThat(browser.findElement(DAYS).getDomProperty("value")).isEqualTo("30");
        assertThat(typeBox("ORDER").isSelected()).isTrue();
        assertThat(typeBox("CLICK").isSelected()).isFalse();
        pages.open("console/audit.xhtml", By.id("audit:events"));
        pages.type(By.id("audit:action"), "expiry.policy.update");
        pages.type(By.id("audit:target"), purpose);
        pages.click(By.id("audit:search"));
        String auditRow = "//tbody[@id='audit:events_data']/tr[.//*[@data-action='expiry.policy.update']]";
        wait.until(ExpectedConditions.numberOfElementsToBe(By.xpath("//tbody[@id='audit:events_data']/tr"), 1));
        assertThat(browser.findElement(By.xpath(auditRow)).getText()).contains(Credentials.ADMIN_USER).contains(purpose)
                .contains("Expiry settings changed").doesNotContain("expiry.policy.update");
        assertThat(browser.findElement(By.xpath(auditRow + "//ul[contains(@class, 'audit-details')]")).getText())
                .contains("before: off, ").contains("after: on, 30 days, prolonged by ORDER").doesNotContain("{");

        // Upcoming expirations of this purpose: the old one and the clicker now, the recent one within 7 days,
        // the buyer within 30 (and both within 30 and 90).
        pages.open("console/expiry.xhtml", UPCOMING);
        assertThat(upcoming(purpose, "overdue")).isEqualTo("2");
        assertThat(upcoming(purpose, "within7")).isEqualTo("1");
        assertThat(upcoming(purpose, "within30")).isEqualTo("2");
        assertThat(upcoming(purpose, "within90")).isEqualTo("2");

        // Run now: the message and the new run in the history agree on the count.
        pages.clickAndConfirm(RUN_NOW);
        wait.until(ExpectedConditions.textMatches(MESSAGES, DONE));
        Matcher done = DONE.matcher(pages.text(MESSAGES));
        assertThat(done.find()).isTrue();
        int expired = Integer.parseInt(done.group(1));
        assertThat(shown("Sweep done:")).as("said once").isEqualTo(1);
        assertThat(expired).as("at least this purpose's two due statuses").isGreaterThanOrEqualTo(2);
        wait.until(driver -> upcoming(purpose, "overdue").equals("0"));
        assertThat(upcoming(purpose, "within7")).as("not due yet: untouched").isEqualTo("1");
        assertThat(upcoming(purpose, "within30")).isEqualTo("2");

        // The evidence of the old one's status names the run; that run is in the history with its count.
        JsonObject oldExport = export(old);
        assertThat(state(oldExport, purpose)).isEqualTo("UNKNOWN");
        JsonObject evidence = lastEvidence(oldExport, purpose);
        assertThat(evidence.getString("eventType")).isEqualTo("EXPIRED");
        assertThat(evidence.getString("previousState")).isEqualTo("ACCEPTED");
        assertThat(evidence.getString("eventState")).isEqualTo("UNKNOWN");
        assertThat(evidence.getString("sourceType")).isEqualTo("EXPIRY");
        String reference = evidence.getString("sourceReference");
        assertThat(reference).startsWith("expiry-run:");
        long runId = Long.parseLong(reference.substring("expiry-run:".length()));
        assertThat(storedRun(runId)).as("the run the evidence names: trigger, actor, outcome, expired")
                .containsExactly("ADMIN", Credentials.ADMIN_USER, "DONE", String.valueOf(expired));
        By newestRun = By.xpath("//tbody[@id='expiry:runs_data']/tr[1]");
        assertThat(browser.findElement(newestRun).findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .as("the newest run, first: trigger, actor, outcome and count")
                .containsSubsequence("Admin", Credentials.ADMIN_USER, "Done", String.valueOf(expired));
        String firstRun = browser.findElement(newestRun).getText();

        JsonObject clickerExport = export(clicker);
        assertThat(state(clickerExport, purpose)).as("a click does not prolong this purpose").isEqualTo("UNKNOWN");
        assertThat(lastEvidence(clickerExport, purpose).getString("sourceReference")).isEqualTo(reference);
        assertThat(expiredEvents(clickerExport, purpose)).isEqualTo(1);
        JsonObject buyerExport = export(buyer);
        assertThat(state(buyerExport, purpose)).as("an order prolongs it").isEqualTo("ACCEPTED");
        assertThat(expiredEvents(buyerExport, purpose)).isZero();
        assertThat(state(export(recent), purpose)).isEqualTo("ACCEPTED");

        // Run again: nothing more is due for this purpose, and the old one keeps a single EXPIRED event.
        pages.clickAndConfirm(RUN_NOW);
        wait.until(driver -> !driver.findElement(newestRun).getText().equals(firstRun));
        assertThat(browser.findElements(By.xpath("//tbody[@id='expiry:runs_data']/tr[2]"))).as("both runs listed").hasSize(1);
        assertThat(browser.findElement(By.xpath("//tbody[@id='expiry:runs_data']/tr[2]")).getText()).isEqualTo(firstRun);
        assertThat(expiredEvents(export(old), purpose)).isEqualTo(1);
    }

    // ---- helpers

    /** A consent on email, without double opt-in, created through the API. */
    private String purpose(String key, String subject) {
        Api.Reply created = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"CONSENT","key":"%s","texts":{"fr":{"subject":"%s","wording":"Oui"},"en":{"subject":"%s (en)","wording":"Yes"}},
                 "channels":["email"]}""".formatted(key, subject, subject));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return key;
    }

    /** The person accepted the purpose on email at that time (a shop sending its older consents). */
    private void accept(String email, String purpose, Instant when) {
        Api.Reply reply = api.call("POST", "api/v1/submissions", """
                {"email":"%s","language":"fr","choices":[{"purpose":"%s","channel":"email","state":"ACCEPTED"}],
                 "origin":{"eventTime":"%s"}}""".formatted(email, purpose, when), "Authorization", writer);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private void activity(String email, String type, Instant when) {
        Api.Reply reply = api.call("POST", "api/v1/activities", """
                {"profile":{"email":"%s"},"type":"%s","occurredAt":"%s"}""".formatted(email, type, when), "Authorization", writer);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    /** How many messages on the page say this (the console's messages, wherever they are). */
    private int shown(String text) {
        return browser.findElements(By.xpath("//*[contains(@class, 'ui-messages-info-summary') and contains(., '" + text + "')]")).size();
    }

    private WebElement typeBox(String type) {
        return browser.findElement(By.cssSelector("[id='editor:tabs:expiry-types'] input[value='" + type + "']"));
    }

    private String typeLabel(String type) {
        return browser.findElement(By.cssSelector("[id='editor:tabs:expiry-types'] label[for='"
                + typeBox(type).getDomAttribute("id") + "']")).getText();
    }

    /** A count of the purpose's row in the upcoming expirations (by its cell's class). */
    private String upcoming(String purpose, String column) {
        return wait.until(driver -> driver.findElement(By.xpath("//tbody[@id='expiry:upcoming_data']/tr[.//code[@data-purpose='"
                + purpose + "']]//span[contains(concat(' ', @class, ' '), ' " + column + " ')]")).getText());
    }

    private JsonObject export(String email) {
        Api.Reply reply = api.call("GET", "api/v1/profiles/export?email=" + email, null, "Authorization", writer);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static String state(JsonObject export, String purpose) {
        return export.getJsonArray("statuses").getValuesAs(JsonObject.class).stream()
                .filter(status -> purpose.equals(status.getString("purpose")) && "email".equals(status.getString("channel")))
                .map(status -> status.getString("state")).findFirst().orElseThrow();
    }

    private static JsonObject lastEvidence(JsonObject export, String purpose) {
        List<JsonObject> events = export.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                .filter(event -> purpose.equals(event.getString("purpose"))).toList();
        return events.get(events.size() - 1);
    }

    private static long expiredEvents(JsonObject export, String purpose) {
        return export.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                .filter(event -> purpose.equals(event.getString("purpose")) && "EXPIRED".equals(event.getString("eventType"))).count();
    }

    private static List<String> storedRun(long id) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select trigger_type, actor, outcome, expired from expiry_run where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("run " + id).isTrue();
                return List.of(row.getString(1), row.getString(2), row.getString(3), String.valueOf(row.getInt(4)));
            }
        }
    }
}
