package com.consentmanager.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard, the console's home, in a real headless Chromium: a shop records decisions over
 * REST for a fresh consent; an admin opens the dashboard and reads that consent's accepted and
 * refused statuses as the database holds them, follows a number to the list behind it, and axe-core
 * finds nothing; an auditor who opens the application's root lands on the dashboard too, without
 * the imports (theirs to see only for ADMIN and OPERATOR).
 * <p>
 * Element ids: the statuses table {@code #mix}, one row {@code tr[data-purpose]} per consent or legal
 * basis with links {@code a.accepted}, {@code a.refused}, {@code a.unknown}, {@code a.pending} and
 * {@code .total}; {@code dashboard:optin-open}, {@code dashboard:outbox-failed}; section headings
 * {@code imports-heading}, {@code sweeps-heading}.
 */
class DashboardConsoleIT extends ConsoleBrowserBase {

    private static final By MIX = By.id("mix");

    @Test
    void anAdminReadsTheStatusesOfAConsentAsRecordedAndANumberLeadsToItsList() throws Exception {
        String suffix = unique();
        String purpose = "dash_" + suffix;
        Api api = new Api(base);
        Api.Reply created = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"CONSENT","key":"%s","texts":{"fr":{"subject":"Tableau %s","wording":"Oui"},
                 "en":{"subject":"Dashboard %s","wording":"Yes"}},"channels":["email"]}""".formatted(purpose, suffix, suffix));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String writer = "Bearer " + TestDatabase.addApiKey("shop " + suffix, "profiles:write");
        // Three accept, two refuse, and one accepts then changes their mind: 3 accepted, 3 refused.
        String[][] decisions = {{"a1", "ACCEPTED"}, {"a2", "ACCEPTED"}, {"a3", "ACCEPTED"}, {"r1", "REFUSED"}, {"r2", "REFUSED"},
                {"c1", "ACCEPTED"}, {"c1", "REFUSED"}};
        for (String[] decision : decisions) {
            Api.Reply recorded = api.call("POST", "api/v1/submissions", """
                    {"email":"%s-%s@example.com","choices":[{"purpose":"%s","channel":"email","state":"%s"}]}"""
                    .formatted(decision[0], suffix, purpose, decision[1]), "Authorization", writer);
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        }
        String statuses = "select count(*) from consent_status s join purpose p on p.id = s.purpose_id"
                + " where p.purpose_key = ? and s.state = ?";
        assertThat(TestDatabase.count(statuses, purpose, "ACCEPTED")).as("the data").isEqualTo(3);
        assertThat(TestDatabase.count(statuses, purpose, "REFUSED")).as("the data").isEqualTo(3);

        pages.openSignedIn("console/dashboard.xhtml", Credentials.ADMIN_USER, Credentials.adminPassword(), MIX);

        WebElement row = browser.findElement(By.cssSelector("#mix tr[data-purpose='" + purpose + "']"));
        assertThat(row.getText()).contains(suffix);
        assertThat(row.findElement(By.cssSelector("a.accepted")).getText()).isEqualTo("3");
        assertThat(row.findElement(By.cssSelector("a.refused")).getText()).isEqualTo("3");
        assertThat(row.findElement(By.cssSelector("a.unknown")).getText()).isEqualTo("0");
        assertThat(row.findElement(By.cssSelector("a.pending")).getText()).isEqualTo("0");
        assertThat(row.findElement(By.cssSelector(".total")).getText()).isEqualTo("6");
        assertThat(row.findElement(By.cssSelector("a.accepted")).getDomAttribute("href")).contains("/console/profiles.xhtml");
        assertThat(row.findElement(By.cssSelector("a.pending")).getDomAttribute("href"))
                .contains("/console/confirmations.xhtml").contains("purpose=" + purpose);
        assertThat(browser.findElement(By.id("dashboard:outbox-failed")).getDomAttribute("href")).contains("mail=FAILED");

        assertThat(Accessibility.violations(browser)).as("axe-core on the dashboard").isEmpty();
        screenshot("dashboard");

        // The pending double opt-ins lead to the confirmations page, filtered.
        pages.click(By.id("dashboard:optin-expired"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pending:requests")));
        assertThat(browser.getCurrentUrl()).contains("/console/confirmations.xhtml").contains("expired=true");
        assertThat(browser.findElement(By.id("pending:filter-expired_input")).isSelected()).as("the filter the link asked for").isTrue();
    }

    @Test
    void anAuditorOpeningTheApplicationLandsOnTheDashboardWithoutImports() throws Exception {
        String suffix = unique();
        TestDatabase.addUser("dash-auditor-" + suffix, "AUDITOR", "auditor-password-" + suffix);

        pages.openSignedIn("", "dash-auditor-" + suffix, "auditor-password-" + suffix, MIX);

        assertThat(browser.getCurrentUrl()).contains("/console/dashboard.xhtml");
        assertThat(browser.findElements(By.id("sweeps-heading"))).hasSize(1);
        assertThat(browser.findElements(By.id("imports-heading"))).as("imports are ADMIN's and OPERATOR's").isEmpty();
        assertThat(Accessibility.violations(browser)).as("axe-core on the auditor's dashboard").isEmpty();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
