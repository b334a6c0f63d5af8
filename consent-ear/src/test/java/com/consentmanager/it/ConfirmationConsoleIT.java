package com.consentmanager.it;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console side of double opt-in, in headless Chromium against a real SMTP server: a purpose's
 * own mail texts and sender (double opt-in tab) make its mail; the pending confirmations page
 * filters by purpose and resends (the new link works, the old one no longer does); a mail that
 * failed for real (SMTP down through all its attempts) shows its error in the outbox and "retry
 * now" delivers it; operators resend but do not retry, auditors only read.
 */
class ConfirmationConsoleIT extends ConsoleBrowserBase {

    private static final By MESSAGES = By.id("messages");
    private static final By REQUESTS = By.id("pending:requests");
    private static final String PURPOSE_FILTER = "pending:filter-purpose";
    private static final String STATE_FILTER = "outbox:filter-state";
    private static final By SENDER = By.id("editor:tabs:opt-in-sender");
    private static final By SUBJECT_FR = By.id("editor:tabs:opt-in-subject-fr");
    private static final By INTRO_FR = By.id("editor:tabs:opt-in-intro-fr");
    private static final By SENDER_MESSAGE = By.id("editor:tabs:opt-in-sender-message");
    private static final By SAVE = By.id("editor:save");
    private static final Mailbox smtp = new Mailbox();

    private OptIns optIns;

    @BeforeAll
    static void startSmtp() {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void setUp() throws SQLException {
        optIns = new OptIns(new Api(base));
    }

    @Test
    void aPurposesOwnSenderSubjectAndIntroMakeItsMailAndTheHtmlEscapesThem() throws Exception {
        String suffix = OptIns.unique();
        String deals = optIns.purpose("Bons plans " + suffix);
        String plain = optIns.purpose("Actualités " + suffix);
        signInAsAdmin("console/purpose.xhtml?key=" + deals, By.id("editor"));
        pages.switchLanguage("en");
        pages.openTab("Double opt-in");

        pages.type(SENDER, "Boss <boss@example.com>");
        pages.click(SAVE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(SENDER_MESSAGE, "single email address"));
        assertThat(storedMailTexts(deals)).as("nothing saved").containsOnlyNulls();

        String sender = "offres-" + suffix + "@example.com";
        pages.type(SENDER, sender);
        pages.type(SUBJECT_FR, "Vos bons plans " + suffix);
        pages.type(INTRO_FR, "Vous avez choisi <b>nos offres</b> :");
        pages.click(SAVE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, deals));
        assertThat(storedMailTexts(deals)).containsExactly(sender, "Vos bons plans " + suffix, "Vous avez choisi <b>nos offres</b> :");
        assertThat(lastAudit("purpose.updated", deals)).contains("doubleOptInMail.sender").contains("null -> " + sender);

        String french = "texts-fr-" + suffix + "@example.com";
        optIns.submit(french, "fr", deals);
        MimeMessage mail = smtp.await(french);
        assertThat(mail.getSubject()).isEqualTo("Vos bons plans " + suffix);
        assertThat(mail.getFrom()[0].toString()).isEqualTo(sender);
        assertThat(Mailbox.part(mail, "text/plain")).contains("Vous avez choisi <b>nos offres</b> :").contains("Bons plans " + suffix);
        assertThat(Mailbox.part(mail, "text/html")).contains("Vous avez choisi &lt;b&gt;nos offres&lt;/b&gt; :")
                .doesNotContain("<b>nos offres");

        String english = "texts-en-" + suffix + "@example.com";
        optIns.submit(english, "en", deals);
        MimeMessage defaults = smtp.await(english);
        assertThat(defaults.getSubject()).as("no English texts: the default").isEqualTo("Please confirm your subscription");
        assertThat(defaults.getFrom()[0].toString()).as("the sender applies to every language").isEqualTo(sender);

        // "Actualités" comes before "Bons plans" in the mail but has no texts: the next one's apply.
        String both = "texts-both-" + suffix + "@example.com";
        optIns.submit(both, "fr", plain, deals);
        MimeMessage shared = smtp.await(both);
        assertThat(Mailbox.part(shared, "text/plain")).contains("Actualités " + suffix).contains("Bons plans " + suffix);
        assertThat(shared.getSubject()).isEqualTo("Vos bons plans " + suffix);
    }

    @Test
    void pendingConfirmationsAreFilteredByPurposeAndAResendReplacesTheLink() throws Exception {
        String suffix = OptIns.unique();
        String wanted = optIns.purpose("Filtre " + suffix);
        String other = optIns.purpose("Autre " + suffix);
        String email = "resend-" + suffix + "@example.com";
        String someoneElse = "other-" + suffix + "@example.com";
        optIns.submit(email, "fr", wanted);
        optIns.submit(someoneElse, "fr", other);
        Matcher firstLink = Mailbox.link(smtp.await(email));

        signInAsAdmin("console/confirmations.xhtml", REQUESTS);
        pages.switchLanguage("en");
        pages.choose(PURPOSE_FILTER, wanted);
        wait.until(driver -> listedEmails().equals(List.of(email)));
        assertThat(cell(requestRowXpath(email), "purpose-key")).isEqualTo(wanted);
        assertThat(browser.findElements(By.xpath(requestRowXpath(email) + "//*[contains(@class, 'expired')]"))).as("not expired").isEmpty();

        pages.clickAndConfirm(By.xpath(requestRowXpath(email) + "//button[contains(@id, ':resend')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "A new confirmation mail to " + email));
        List<MimeMessage> mails = smtp.await(email, 2);
        Matcher secondLink = Mailbox.link(mails.get(1));
        assertThat(secondLink.group(2)).isNotEqualTo(firstLink.group(2));
        assertThat(lastAudit("confirmation.resent", null)).startsWith(Credentials.ADMIN_USER + " ").contains("->");

        browser.get(local(firstLink.group(1)));
        assertThat(browser.findElements(By.id("confirm-form:confirm"))).as("the first link no longer confirms").isEmpty();
        assertThat(browser.findElement(By.id("used")).isDisplayed()).isTrue();
        browser.get(local(secondLink.group(1)));
        pages.click(By.id("confirm-form:confirm"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state='CONFIRMED']")));

        pages.open("console/confirmations.xhtml", REQUESTS);
        pages.choose(PURPOSE_FILTER, wanted);
        wait.until(driver -> listedEmails().isEmpty());
    }

    @Test
    void aMailThatFailedShowsItsLastErrorAndRetryNowDeliversIt() throws Exception {
        String suffix = OptIns.unique();
        String purpose = optIns.purpose("Panne " + suffix);
        String email = "failed-" + suffix + "@example.com";
        smtp.stop();
        try {
            optIns.submit(email, "fr", purpose);
            awaitFailed(email);
        } finally {
            smtp.start();
        }

        signInAsAdmin("console/confirmations.xhtml", REQUESTS);
        pages.switchLanguage("en");
        pages.choose(PURPOSE_FILTER, purpose);
        wait.until(driver -> listedEmails().equals(List.of(email)));
        assertThat(cell(requestRowXpath(email), "mail-state")).isEqualTo("Failed");

        showFailedMails();
        String mailRow = mailRowXpath(email);
        assertThat(cell(mailRow, "mail-state")).isEqualTo("Failed");
        assertThat(cell(mailRow, "attempts")).isEqualTo("10");
        assertThat(cell(mailRow, "last-error")).containsIgnoringCase("connect");

        pages.clickAndConfirm(By.xpath(mailRow + "//button[contains(@id, ':retry')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "is queued again"));
        assertThat(smtp.await(email).getSubject()).isEqualTo("Confirmez votre inscription");
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"SENT".equals(outboxState(email)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(outboxState(email)).isEqualTo("SENT");
        assertThat(lastAudit("outbox.retried", null)).startsWith(Credentials.ADMIN_USER + " ").contains("FAILED -> PENDING").contains("10 -> 0");
    }

    @Test
    void operatorsResendButDoNotRetryAndAuditorsOnlyRead() throws Exception {
        String suffix = OptIns.unique();
        String purpose = optIns.purpose("Rôles " + suffix);
        String email = "roles-" + suffix + "@example.com";
        optIns.submit(email, "fr", purpose);
        smtp.await(email);
        String failedRecipient = "failed-row-" + suffix + "@example.com";
        insertFailedMail(email, failedRecipient);
        String password = "roles-password-" + suffix;
        TestDatabase.addUser("operator-" + suffix, "OPERATOR", password);
        TestDatabase.addUser("auditor-" + suffix, "AUDITOR", password);

        // What each role sees: [resend buttons, retry buttons].
        assertThat(actionsSeenBy("operator-" + suffix, password, purpose, email, failedRecipient)).containsExactly(1, 0);
        assertThat(actionsSeenBy("auditor-" + suffix, password, purpose, email, failedRecipient)).containsExactly(0, 0);
        assertThat(actionsSeenBy(Credentials.ADMIN_USER, Credentials.adminPassword(), purpose, email, failedRecipient))
                .containsExactly(1, 1);
    }

    // ---- helpers

    /** Signs in afresh as this user and counts the resend and retry buttons on the rows of the request and the failed mail. */
    private List<Integer> actionsSeenBy(String username, String password, String purpose, String email, String recipient) {
        browser.manage().deleteAllCookies();
        pages.openSignedIn("console/confirmations.xhtml", username, password, REQUESTS);
        pages.switchLanguage("en");
        pages.choose(PURPOSE_FILTER, purpose);
        wait.until(driver -> listedEmails().equals(List.of(email)));
        int resend = browser.findElements(By.xpath(requestRowXpath(email) + "//button[contains(@id, ':resend')]")).size();
        showFailedMails();
        assertThat(cell(mailRowXpath(recipient), "mail-state")).isEqualTo("Failed");
        int retry = browser.findElements(By.xpath(mailRowXpath(recipient) + "//button[contains(@id, ':retry')]")).size();
        return List.of(resend, retry);
    }

    /** Filters the outbox on FAILED and waits until the table shows only failed mails. */
    private void showFailedMails() {
        pages.choose(STATE_FILTER, "Failed");
        wait.until(driver -> driver.findElements(By.cssSelector("[id='outbox:mails_data'] .mail-state")).stream()
                .allMatch(state -> "FAILED".equals(state.getDomAttribute("data-state"))));
    }

    private static String mailRowXpath(String recipient) {
        return "//tbody[@id='outbox:mails_data']/tr[.//span[contains(@class, 'recipient') and text()='" + recipient + "']]";
    }

    /** The text of a cell (by its class) of a row, read again if Ajax replaces the row meanwhile. */
    private String cell(String rowXpath, String cellClass) {
        return wait.until(driver -> driver.findElement(By.xpath(rowXpath
                + "//*[contains(concat(' ', @class, ' '), ' " + cellClass + " ')]")).getText());
    }

    private void signInAsAdmin(String path, By pageElement) {
        pages.openSignedIn(path, Credentials.ADMIN_USER, Credentials.adminPassword(), pageElement);
    }

    private List<String> listedEmails() {
        return browser.findElements(By.cssSelector("[id='pending:requests_data'] .email")).stream().map(WebElement::getText).toList();
    }

    private static String requestRowXpath(String email) {
        return "//tbody[@id='pending:requests_data']/tr[.//span[contains(@class, 'email') and text()='" + email + "']]";
    }

    private String local(String link) {
        return base + link.substring(link.indexOf("public/"));
    }

    /**
     * SMTP is down: the mail's attempts really fail. Its retries back off (2 s, 4 s, 8 s...), so the
     * test makes its next attempt the last one and due now instead of waiting ~30 minutes; the
     * failure itself, and the FAILED state, come from the server's sender.
     */
    private static void awaitFailed(String email) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (!"FAILED".equals(outboxState(email)) && System.currentTimeMillis() < deadline) {
            try (Connection connection = TestDatabase.connect(); PreparedStatement update = connection.prepareStatement("""
                    update mail_outbox set attempts = greatest(attempts, 9), next_attempt_at = now()
                    where recipient = ? and state = 'PENDING'""")) {
                update.setString(1, email);
                update.executeUpdate();
            }
            Thread.sleep(500);
        }
        assertThat(outboxState(email)).isEqualTo("FAILED");
    }

    private static String outboxState(String email) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select state from mail_outbox where recipient = ? order by id desc limit 1")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** A mail marked FAILED for this person's open request, as the sender leaves one after its last attempt. */
    private static void insertFailedMail(String email, String recipient) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into mail_outbox (kind, reference_id, recipient, language, state, attempts, next_attempt_at, last_error, created_at)
                select 'DOUBLE_OPT_IN', id, ?, 'fr', 'FAILED', 10, now(), 'MailConnectException: Couldn''t connect to host', now()
                from confirmation_request where email = ? and used_at is null""")) {
            insert.setString(1, recipient);
            insert.setString(2, email);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<String> storedMailTexts(String purpose) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select opt_in_sender, opt_in_subject_fr, opt_in_intro_fr from purpose where purpose_key = ?")) {
            query.setString(1, purpose);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return java.util.Arrays.asList(row.getString(1), row.getString(2), row.getString(3));
            }
        }
    }

    /** The details of the newest audit row of this action (and target key, when given), with its actor. */
    private static String lastAudit(String action, String targetKey) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select actor || ' ' || details from audit_event where action = ? and (cast(? as varchar) is null or target_key = ?)"
                        + " order by id desc limit 1")) {
            query.setString(1, action);
            query.setString(2, targetKey);
            query.setString(3, targetKey);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("an audit row " + action).isTrue();
                return row.getString(1);
            }
        }
    }
}
