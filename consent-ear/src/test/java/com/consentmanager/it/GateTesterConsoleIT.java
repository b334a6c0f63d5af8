package com.consentmanager.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate tester ("May we contact…?") in a real headless Chromium: a shop records a submission over
 * REST (commercial_email accepted on email, commercial_sms refused on sms); signed in, the tester
 * asks for the accepted purpose (yes, ACCEPTED, the status and the evidence naming its source and
 * reference, a link to the person's profile), the refused one by phone (no, REFUSED), an unknown
 * person (no, UNKNOWN_PROFILE, no profile), and a malformed email (refused next to the field); the
 * page passes axe-core with an answer shown; French says the reason in French.
 * <p>
 * Element ids: form {@code gate:kind}, {@code gate:value} (message {@code gate:value-message}),
 * {@code gate:channel}, {@code gate:purpose}, {@code gate:ask}; answer {@code #verdict[data-allowed]},
 * {@code #reason[data-reason]}, {@code #profile-link} or {@code #no-profile}; tables {@code statuses}
 * ({@code span[data-purpose][data-state]}) and {@code evidence} ({@code .source-type}, {@code .source-reference}).
 */
class GateTesterConsoleIT extends ConsoleBrowserBase {

    private static final String PAGE = "console/gate-tester.xhtml";
    private static final By VALUE = By.id("gate:value");
    private static final By ASK = By.id("gate:ask");
    private static final By VERDICT = By.id("verdict");
    private static final By REASON = By.id("reason");
    private static final By EVIDENCE = By.id("evidence");

    @Test
    void theTesterAnswersWithTheReasonAndTheEvidenceBehindIt() throws Exception {
        String suffix = unique();
        String email = "gate-tester-" + suffix + "@example.com";
        String writer = "Bearer " + TestDatabase.addApiKey("shop " + suffix, "profiles:write");
        Api.Reply recorded = new Api(base).call("POST", "api/v1/submissions", """
                {"email":"%s","phone":"06 55 %s","language":"en",
                 "choices":[{"purpose":"commercial_email","channel":"email","state":"ACCEPTED"},
                            {"purpose":"commercial_sms","channel":"sms","state":"REFUSED"}],
                 "origin":{"reference":"jeu-%s","ipAddress":"192.0.2.91","userAgent":"GateTesterIT/1.0"}}"""
                .formatted(email, phoneDigits(suffix), suffix), "Authorization", writer);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

        pages.openSignedIn(PAGE, Credentials.ADMIN_USER, Credentials.adminPassword(), VALUE);
        pages.switchLanguage("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("May we contact…?");
        assertThat(browser.findElement(By.id("nav-gate-tester")).getDomAttribute("aria-current")).isEqualTo("page");

        // The accepted purpose: yes, with the status and the evidence that say so.
        ask("Email", email, "(email)", "commercial_email · ", "ACCEPTED");
        assertThat(browser.findElement(VERDICT).getDomAttribute("data-allowed")).isEqualTo("true");
        assertThat(browser.findElement(VERDICT).getText()).contains("Yes");
        assertThat(browser.findElement(REASON).getText()).contains("Accepted on this channel.");
        assertThat(browser.findElement(By.cssSelector("#statuses span[data-purpose='commercial_email']"))
                .getDomAttribute("data-state")).isEqualTo("ACCEPTED");
        WebElement evidence = browser.findElement(EVIDENCE);
        assertThat(evidence.findElement(By.cssSelector(".source-type")).getText()).isEqualTo("API client");
        assertThat(evidence.findElement(By.cssSelector(".source-reference")).getText()).contains("jeu-" + suffix);
        assertThat(evidence.getText()).contains("192.0.2.91", "GateTesterIT/1.0").doesNotContain("commercial_sms");
        assertThat(browser.findElement(By.id("profile-link")).getDomAttribute("href")).contains("profile.xhtml?id=");
        assertThat(Accessibility.violations(browser)).as("axe-core, the tester with an answer").isEmpty();

        // The refused purpose, the person named by their phone as typed: no, and why.
        ask("Phone", "06 55 " + phoneDigits(suffix), "(sms)", "commercial_sms · ", "REFUSED");
        assertThat(browser.findElement(VERDICT).getDomAttribute("data-allowed")).isEqualTo("false");
        assertThat(browser.findElement(VERDICT).getText()).contains("No");
        assertThat(browser.findElement(REASON).getText()).contains("Refused or withdrawn by the person.");
        assertThat(browser.findElement(By.cssSelector("#statuses span[data-purpose='commercial_sms']"))
                .getDomAttribute("data-state")).isEqualTo("REFUSED");
        assertThat(browser.findElement(EVIDENCE).findElement(By.cssSelector(".source-reference")).getText())
                .contains("jeu-" + suffix);

        // Nobody under this reference.
        ask("Email", "nobody-" + suffix + "@example.com", "(email)", "commercial_email · ", "UNKNOWN_PROFILE");
        assertThat(browser.findElement(VERDICT).getDomAttribute("data-allowed")).isEqualTo("false");
        assertThat(browser.findElement(REASON).getText()).contains("Nobody is known under this reference.");
        assertThat(browser.findElements(By.id("no-profile"))).hasSize(1);
        assertThat(browser.findElements(By.id("profile-link"))).isEmpty();
        assertThat(browser.findElements(EVIDENCE)).isEmpty();

        // A malformed email: refused next to the field, no answer.
        pages.type(VALUE, "not an email");
        pages.click(ASK);
        wait.until(ExpectedConditions.attributeToBe(VALUE, "aria-invalid", "true"));
        assertThat(pages.text(By.id("gate:value-message"))).isNotBlank();
        assertThat(browser.findElements(VERDICT)).isEmpty();

        // Back to the accepted purpose, then on to the person's page.
        ask("Email", email, "(email)", "commercial_email · ", "ACCEPTED");
        pages.click(By.id("profile-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline:evidence")));
        assertThat(browser.findElement(By.id("identity-email")).getText()).isEqualTo(email);
    }

    @Test
    void anAuditorAsksInFrenchWithoutAPurpose() throws Exception {
        String suffix = unique();
        TestDatabase.addUser("auditor-gate-" + suffix, "AUDITOR", "auditor-password-" + suffix);

        pages.openSignedIn(PAGE, "auditor-gate-" + suffix, "auditor-password-" + suffix, VALUE);
        pages.switchLanguage("fr");
        assertThat(browser.findElement(By.tagName("h1")).getText().replace('\u00a0', ' ')).isEqualTo("Peut-on contacter… ?");

        ask("Email", "personne-" + suffix + "@example.com", "(email)", null, "UNKNOWN_PROFILE");
        assertThat(browser.findElement(VERDICT).getText()).contains("Non");
        assertThat(browser.findElement(REASON).getText()).contains("Personne n’est connu sous cette référence.");
    }

    /**
     * Asks the tester: the kind by its label, the value, the channel and (unless null) the purpose by
     * the start or part of their labels; waits for the answer's reason.
     */
    private void ask(String kind, String value, String channelLabelPart, String purposeLabelStart, String reason) {
        pages.choose("gate:kind", kind);
        pages.type(VALUE, value);
        pages.choose("gate:channel", "contains(@data-label, '" + channelLabelPart + "')",
                shown -> shown.contains(channelLabelPart));
        if (purposeLabelStart != null) {
            pages.choose("gate:purpose", "starts-with(@data-label, '" + purposeLabelStart + "')",
                    shown -> shown.startsWith(purposeLabelStart.strip()));
        }
        pages.click(ASK);
        wait.until(ExpectedConditions.attributeToBe(REASON, "data-reason", reason));
    }

    /** The last six digits of a French mobile number after "06 55", from the test's unique suffix. */
    private static String phoneDigits(String suffix) {
        long number = Long.parseLong(suffix.substring(0, 6), 16) % 1_000_000L;
        return String.format("%02d %02d %02d", number / 10_000, number / 100 % 100, number % 100);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
