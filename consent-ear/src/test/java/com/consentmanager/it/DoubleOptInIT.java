package com.consentmanager.it;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Double opt-in end to end: a submission makes email PENDING and queues one mail; the server's
 * Jakarta Mail session delivers it to a real SMTP server (GreenMail, on the port the test domain's
 * mail session uses); the link's page confirms in headless Chromium; replayed, unknown and
 * expired links; SMTP down then back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoubleOptInIT {

    private static final Pattern LINK = Mailbox.LINK;
    private static final Mailbox smtp = new Mailbox();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private OptIns optIns;
    private String writer;
    private WebDriver browser;

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
        api = new Api(base);
        optIns = new OptIns(api);
        writer = optIns.writer();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void oneSubmissionOneMailThenTheLinkConfirmsOnce() throws Exception {
        String suffix = unique();
        String beauty = doubleOptInPurpose("Conseils beauté " + suffix);
        String news = doubleOptInPurpose("Lettre d'information " + suffix);
        String email = "dopt-" + suffix + "@example.com";

        JsonObject decision = submit(email, "fr", beauty, news);

        assertThat(decision.getJsonArray("pendingDoubleOptIn")).hasSize(2);
        assertThat(gate(email, beauty).getString("reason")).isEqualTo("PENDING_DOUBLE_OPT_IN");
        assertThat(gate(email, null).getBoolean("allowed")).as("pending counts as not accepted on email").isFalse();
        MimeMessage mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Confirmez votre inscription");
        assertThat(mail.getFrom()[0].toString()).contains("consent@localhost");
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text).contains("Conseils beauté " + suffix).contains("Lettre d'information " + suffix);
        assertThat(html).contains("Lettre d&#39;information " + suffix).contains("Je confirme");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a link with a 256-bit token").isTrue();
        String token = link.group(2);
        assertThat(storedTokenHash(email)).as("only the hash is stored").isEqualTo(sha256(token));
        assertThat(databaseContains(token)).isFalse();
        assertThat(mailsTo(email)).as("one mail for the whole submission").hasSize(1);

        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(local(link.group(1)));
        switchTo(wait, "fr");
        assertThat(browser.findElement(By.id("subjects")).getText()).contains("Conseils beauté " + suffix);
        assertThat(gate(email, beauty).getString("reason")).as("opening the link changes nothing").isEqualTo("PENDING_DOUBLE_OPT_IN");
        browser.findElement(By.id("confirm-form:confirm")).click();
        wait.withMessage(() -> browser.getPageSource()).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-state='CONFIRMED']")));
        assertThat(browser.findElement(By.id("confirmation")).getText()).contains("votre inscription est confirmée");

        assertThat(gate(email, beauty).getBoolean("allowed")).isTrue();
        assertThat(gate(email, news).getBoolean("allowed")).isTrue();
        String[] evidence = lastEvidence(email, beauty);
        assertThat(evidence[0]).isEqualTo("DOUBLE_OPT_IN_CONFIRMED");
        assertThat(evidence[1]).as("address").isNotBlank();
        assertThat(evidence[2]).as("user agent").contains("Chrome");

        browser.get(local(link.group(1)));
        assertThat(browser.findElement(By.id("used")).getText()).contains("déjà été utilisé");
        browser.get(local(link.group(1)).replace(token, token.substring(0, 42) + (token.endsWith("A") ? "B" : "A")));
        assertThat(browser.findElement(By.id("unknown")).getText()).contains("n’est pas valide");
        browser.get(base + "public/confirm.xhtml?token=%3Cscript%3E");
        assertThat(browser.findElement(By.id("unknown")).isDisplayed()).isTrue();
    }

    @Test
    void anExpiredLinkChangesNothingAndOffersANewMail() throws Exception {
        String suffix = unique();
        String purpose = doubleOptInPurpose("Offres " + suffix);
        String email = "expired-" + suffix + "@example.com";
        submit(email, "en", purpose);
        MimeMessage first = awaitMail(email);
        assertThat(first.getSubject()).isEqualTo("Please confirm your subscription");
        Matcher link = LINK.matcher(part(first, "text/plain"));
        assertThat(link.find()).isTrue();
        expire(email);

        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(local(link.group(1)));
        switchTo(wait, "en");
        assertThat(browser.findElement(By.id("expired")).getText()).contains("This link has expired");
        browser.findElement(By.id("renew-form:renew")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("renew-form:renew")));
        assertThat(gate(email, purpose).getString("reason")).isEqualTo("PENDING_DOUBLE_OPT_IN");

        MimeMessage second = awaitMails(email, 2).get(1);
        Matcher newLink = LINK.matcher(part(second, "text/plain"));
        assertThat(newLink.find()).isTrue();
        assertThat(newLink.group(2)).isNotEqualTo(link.group(2));
        browser.get(local(newLink.group(1)));
        browser.findElement(By.id("confirm-form:confirm")).click();
        wait.withMessage(() -> browser.getPageSource()).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-state='CONFIRMED']")));
        assertThat(gate(email, purpose).getBoolean("allowed")).isTrue();
    }

    @Test
    void nothingIsLostWhileSmtpIsDown() throws Exception {
        String suffix = unique();
        String purpose = doubleOptInPurpose("Panne " + suffix);
        String email = "outage-" + suffix + "@example.com";
        smtp.stop();
        try {
            submit(email, "fr", purpose);
            long deadline = System.currentTimeMillis() + 60_000;
            String[] row;
            do {
                Thread.sleep(500);
                row = outboxRow(email);
            } while ((row == null || row[2] == null) && System.currentTimeMillis() < deadline);
            assertThat(row).as("the outbox row").isNotNull();
            assertThat(row[0]).isEqualTo("PENDING");
            assertThat(Integer.parseInt(row[1])).isPositive();
            assertThat(row[2]).as("the failure is recorded").isNotBlank();
        } finally {
            smtp.start();
        }
        assertThat(awaitMail(email).getSubject()).isEqualTo("Confirmez votre inscription");
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"SENT".equals(outboxRow(email)[0]) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(outboxRow(email)[0]).isEqualTo("SENT");
    }

    // ---- helpers

    /** The language switch redirects to the same page (same token) in the other language. */
    private void switchTo(WebDriverWait wait, String language) {
        if (!language.equals(browser.findElement(By.tagName("html")).getDomAttribute("lang"))) {
            browser.findElement(By.id("language:lang-" + language)).click();
            wait.until(driver -> language.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
        }
    }

    private String doubleOptInPurpose(String subject) {
        return optIns.purpose(subject);
    }

    private JsonObject submit(String email, String language, String... purposes) {
        return optIns.submit(email, language, purposes);
    }

    private JsonObject gate(String email, String purpose) {
        Api.Reply reply = api.call("GET", "api/v1/gate?channel=email&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + (purpose == null ? "" : "&purpose=" + purpose), null, "Authorization", writer);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    /** The link as the browser on this machine reaches it (the mail carries the configured public address). */
    private String local(String link) {
        return base + link.substring(link.indexOf("public/"));
    }

    private static MimeMessage awaitMail(String recipient) throws Exception {
        return smtp.await(recipient);
    }

    private static List<MimeMessage> awaitMails(String recipient, int count) throws Exception {
        return smtp.await(recipient, count);
    }

    private static List<MimeMessage> mailsTo(String recipient) throws MessagingException {
        return smtp.to(recipient);
    }

    private static String part(MimeMessage mail, String type) throws MessagingException, IOException {
        return Mailbox.part(mail, type);
    }

    private static String storedTokenHash(String email) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement("select token_hash from confirmation_request where email = ?")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static boolean databaseContains(String token) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement("""
                     select (select count(*) from confirmation_request r where r::text like ?)
                          + (select count(*) from mail_outbox o where o::text like ?)""")) {
            query.setString(1, "%" + token + "%");
            query.setString(2, "%" + token + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    private static void expire(String email) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement update = connection.prepareStatement(
                     "update confirmation_request set expires_at = ? where email = ?")) {
            update.setObject(1, java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
            update.setString(2, email);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String[] lastEvidence(String email, String purpose) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement("""
                     select e.event_type, e.ip_address, e.user_agent from consent_event e
                     join profile p on p.id = e.profile_id join purpose u on u.id = e.purpose_id
                     join channel c on c.id = e.channel_id
                     where p.email = ? and u.purpose_key = ? and c.channel_key = 'email' order by e.id desc limit 1""")) {
            query.setString(1, email);
            query.setString(2, purpose);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return new String[] {row.getString(1), row.getString(2), row.getString(3)};
            }
        }
    }

    private static String[] outboxRow(String email) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement(
                     "select state, attempts, last_error from mail_outbox where recipient = ? order by id desc limit 1")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new String[] {row.getString(1), row.getString(2), row.getString(3)} : null;
            }
        }
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String unique() {
        return OptIns.unique();
    }
}
