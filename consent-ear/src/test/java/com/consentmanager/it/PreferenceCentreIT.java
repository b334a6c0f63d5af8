package com.consentmanager.it;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonObject;
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
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participant's own door (issue 19), as a person and a mailbox provider use it: the headers of
 * every product mail (RFC 2369, RFC 8058) read from a real SMTP server, a one-click POST without
 * cookies, the preference centre in headless Chromium in French and English (axe-core), a material
 * change under "block" and under "ask again", and a receipt checked against its JSON Schema.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreferenceCentreIT {

    private static final Pattern ONE_CLICK = Pattern.compile("^<(http\\S+/u/([A-Za-z0-9_-]{43}))>");
    private static final Pattern PREFERENCES = Pattern.compile("(http\\S+/public/preferences\\.xhtml\\?token=([A-Za-z0-9_-]{43}))");
    private static final Mailbox smtp = new Mailbox();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private OptIns optIns;
    private WebDriver browser;
    private final HttpClient cookieless = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theConfirmationMailCarriesOneClickUnsubscribeAndAPostWithoutCookiesWithdraws() throws Exception {
        String suffix = OptIns.unique();
        String purpose = optIns.purpose("Bons plans " + suffix);
        String email = "oneclick-" + suffix + "@example.com";
        optIns.submit(email, "fr", purpose);

        MimeMessage mail = smtp.await(email);
        String header = mail.getHeader("List-Unsubscribe", null);
        assertThat(header).as("RFC 2369 header").isNotNull();
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).as("RFC 8058 header").isEqualTo("List-Unsubscribe=One-Click");
        Matcher oneClick = ONE_CLICK.matcher(header);
        assertThat(oneClick.find()).as(header).isTrue();
        String token = oneClick.group(2);
        assertThat(Mailbox.part(mail, "text/plain")).as("the footer's link to the preference centre")
                .contains("retirer votre accord à tout moment").containsPattern(PREFERENCES);
        assertThat(TestDatabase.count("select count(*) from preference_link where token_hash = ?", sha256(token)))
                .as("only the hash is stored").isEqualTo(1);
        assertThat(gate(email, purpose, "email")).isEqualTo("PENDING_DOUBLE_OPT_IN");
        long events = events(email);

        HttpResponse<String> opened = send("GET", token, null);
        assertThat(opened.statusCode()).as("a scanner opening the link is sent to a page").isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElse("")).contains("/public/unsubscribe.xhtml?token=" + token);
        assertThat(events(email)).as("opening changes nothing").isEqualTo(events);

        HttpResponse<String> posted = send("POST", token, "List-Unsubscribe=One-Click");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(posted.headers().firstValue("Set-Cookie")).as("no session for a one-click POST").isEmpty();
        assertThat(gate(email, purpose, "email")).isEqualTo("REFUSED");
        assertThat(lastSource(email, purpose, "email")).isEqualTo("UNSUBSCRIBE_LINK");
        assertThat(events(email)).isEqualTo(events + 1);

        assertThat(send("POST", token, "List-Unsubscribe=One-Click").statusCode()).as("idempotent").isEqualTo(200);
        assertThat(events(email)).as("the second POST writes nothing").isEqualTo(events + 1);
        String forged = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
        assertThat(send("POST", forged, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(404);
        assertThat(send("POST", "nope", "List-Unsubscribe=One-Click").statusCode()).isEqualTo(404);
        assertThat(events(email)).as("a bad token writes nothing").isEqualTo(events + 1);
    }

    @Test
    void aMailToTheListUnsubscribeMailtoWithdrawsToo() throws Exception {
        String suffix = OptIns.unique();
        String purpose = consent("Catalogue " + suffix, "KEEP");
        String email = "mailto-" + suffix + "@example.com";
        accept(email, purpose, "email");
        String header = unsubscribeLinks(email, purpose, "email").getString("listUnsubscribe");
        Matcher mailto = Pattern.compile("<mailto:" + Pattern.quote(Mailbox.UNSUBSCRIBE_ADDRESS)
                + "\\?subject=unsubscribe%20([A-Za-z0-9_-]{43})>").matcher(header);
        assertThat(mailto.find()).as(header).isTrue();

        // What a mail client sends for that mailto, through the same SMTP server the product's mailbox is on.
        java.util.Properties smtpSession = new java.util.Properties();
        smtpSession.put("mail.smtp.host", "127.0.0.1");
        smtpSession.put("mail.smtp.port", String.valueOf(Mailbox.port()));
        jakarta.mail.internet.MimeMessage request = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(smtpSession));
        request.setFrom(email);
        request.setRecipients(jakarta.mail.Message.RecipientType.TO, Mailbox.UNSUBSCRIBE_ADDRESS);
        request.setSubject("unsubscribe " + mailto.group(1));
        request.setText("");
        jakarta.mail.Transport.send(request);

        long deadline = System.currentTimeMillis() + 30_000;
        while (!"REFUSED".equals(gate(email, purpose, "email")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertThat(gate(email, purpose, "email")).isEqualTo("REFUSED");
        assertThat(lastSource(email, purpose, "email")).isEqualTo("UNSUBSCRIBE_LINK");
    }

    @Test
    void thePreferenceCentreChangesAndWithdrawsEverythingInFrenchAndEnglish() throws Exception {
        String suffix = OptIns.unique();
        String purpose = consent("Jeux concours " + suffix, "KEEP");
        String email = "prefs-" + suffix + "@example.com";
        accept(email, purpose, "email", "sms");
        JsonObject headers = unsubscribeLinks(email, purpose, "sms");
        assertThat(headers.getString("listUnsubscribePost")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(headers.getString("listUnsubscribe")).matches("<http\\S+/u/[A-Za-z0-9_-]{43}>(, <mailto:\\S+>)?");
        String link = headers.getString("preferenceCentre");
        assertThat(link).doesNotContain(email).doesNotContain("@");

        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // rows are replaced by each Ajax update
        browser.get(local(link));
        switchTo(wait, "fr");
        assertThat(browser.findElement(By.id("intro")).getText()).contains("p***@example.com").doesNotContain(email);
        assertThat(row(purpose, "sms").getDomAttribute("data-state")).isEqualTo("ACCEPTED");
        assertThat(Accessibility.violations(browser)).as("axe-core, French").isEmpty();

        row(purpose, "sms").findElement(By.cssSelector("button.refuse")).click();
        wait.until(driver -> "REFUSED".equals(row(purpose, "sms").getDomAttribute("data-state")));
        assertThat(gate(email, purpose, "sms")).isEqualTo("REFUSED");
        assertThat(gate(email, purpose, "email")).as("the other channel stays").isEqualTo("ACCEPTED");
        assertThat(lastSource(email, purpose, "sms")).isEqualTo("PREFERENCE_CENTRE");
        assertThat(TestDatabase.count("""
                select count(*) from consent_event e join profile p on p.id = e.profile_id
                where p.email = ? and e.source_type = 'PREFERENCE_CENTRE' and e.ip_address is not null
                  and e.user_agent like '%Chrome%' and e.purpose_version = 1""", email))
                .as("evidence with the wording version shown, the address and the browser").isEqualTo(1);
        String receiptHref = browser.findElement(By.id("prefs:receipt")).getDomAttribute("href");
        assertThat(receiptHref).contains("/api/v1/receipts/");
        checkReceipt(receiptHref.substring(receiptHref.lastIndexOf('/') + 1), purpose, "sms", "REFUSED");

        switchTo(wait, "en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("My choices");
        assertThat(Accessibility.violations(browser)).as("axe-core, English").isEmpty();
        browser.findElement(By.id("prefs:withdraw-all")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prefs:withdraw-all-yes")));
        assertThat(gate(email, purpose, "email")).as("asking first changes nothing").isEqualTo("ACCEPTED");
        assertThat(Accessibility.violations(browser)).as("axe-core, the confirmation").isEmpty();
        browser.findElement(By.id("prefs:withdraw-all-yes")).click();
        wait.until(driver -> "REFUSED".equals(row(purpose, "email").getDomAttribute("data-state")));
        assertThat(gate(email, purpose, "email")).isEqualTo("REFUSED");

        browser.findElement(By.id("prefs:new-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link-sent")));
        MimeMessage mail = smtp.await(email);
        assertThat(mail.getSubject()).isEqualTo("Your link to manage your choices");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        Matcher fresh = PREFERENCES.matcher(Mailbox.part(mail, "text/plain"));
        assertThat(fresh.find()).isTrue();
        browser.get(local(link));
        assertThat(browser.findElement(By.id("unknown")).getText()).as("the old link is revoked").contains("no longer valid");
        browser.get(local(fresh.group(1)));
        assertThat(row(purpose, "email").getDomAttribute("data-state")).isEqualTo("REFUSED");
        browser.get(base + "public/preferences.xhtml?token=%3Cscript%3E");
        assertThat(browser.findElement(By.id("unknown")).isDisplayed()).isTrue();
        assertThat(Accessibility.violations(browser)).as("axe-core, an unknown link").isEmpty();
    }

    @Test
    void theUnsubscribePageAsksFirstAndAskingForALinkAnswersTheSameForEveryone() throws Exception {
        String suffix = OptIns.unique();
        String purpose = consent("Ventes privées " + suffix, "KEEP");
        String email = "page-" + suffix + "@example.com";
        accept(email, purpose, "email");
        Matcher oneClick = ONE_CLICK.matcher(unsubscribeLinks(email, purpose, "email").getString("listUnsubscribe"));
        assertThat(oneClick.find()).isTrue();

        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // rows are replaced by each Ajax update
        browser.get(base + "u/" + oneClick.group(2));
        switchTo(wait, "fr");
        assertThat(browser.findElement(By.id("what")).getText()).contains("Ventes privées " + suffix).contains("p***@example.com");
        assertThat(gate(email, purpose, "email")).as("a browser opening the link changes nothing").isEqualTo("ACCEPTED");
        assertThat(Accessibility.violations(browser)).as("axe-core, the unsubscribe page").isEmpty();
        browser.findElement(By.id("unsubscribe-form:confirm")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(gate(email, purpose, "email")).isEqualTo("REFUSED");
        assertThat(lastSource(email, purpose, "email")).isEqualTo("UNSUBSCRIBE_LINK");

        browser.get(base + "public/preferences-request.xhtml");
        switchTo(wait, "en");
        assertThat(Accessibility.violations(browser)).as("axe-core, asking for a link").isEmpty();
        browser.findElement(By.id("ask:email")).sendKeys("nobody-" + suffix + "@example.com");
        browser.findElement(By.id("ask:send")).click();
        String unknownAnswer = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sent"))).getText();
        browser.get(base + "public/preferences-request.xhtml");
        browser.findElement(By.id("ask:email")).sendKeys(email.toUpperCase(java.util.Locale.ROOT));
        browser.findElement(By.id("ask:send")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sent"))).getText())
                .as("the same answer, known or not").isEqualTo(unknownAnswer);
        MimeMessage mail = smtp.await(email);
        assertThat(Mailbox.part(mail, "text/plain")).containsPattern(PREFERENCES);
        assertThat(smtp.to("nobody-" + suffix + "@example.com")).isEmpty();
        assertThat(TestDatabase.count("""
                select count(*) from profile_event e join profile p on p.id = e.profile_id
                where p.email = ? and e.event_type = 'PREFERENCE_LINK_SENT'""", email)).as("on the person's timeline").isEqualTo(1);
    }

    @Test
    void aMaterialChangeUnderBlockHoldsTheGateUntilTheNewTextIsAccepted() throws Exception {
        String suffix = OptIns.unique();
        String purpose = consent("Offres fidélité " + suffix, "BLOCK");
        String email = "block-" + suffix + "@example.com";
        accept(email, purpose, "email");
        assertThat(gate(email, purpose, "email")).isEqualTo("ACCEPTED");

        changeText(purpose, "Offres fidélité " + suffix, "Oui, et aussi par nos partenaires", true);

        assertThat(gate(email, purpose, "email")).isEqualTo("RECONSENT_REQUIRED");
        assertThat(audience(purpose)).as("out of the audience too").doesNotContain(email);
        assertThat(smtp.to(email)).as("under block nobody is mailed").isEmpty();

        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // rows are replaced by each Ajax update
        browser.get(local(unsubscribeLinks(email, purpose, "email").getString("preferenceCentre")));
        switchTo(wait, "fr");
        assertThat(row(purpose, "email").getText()).contains("Ce texte a changé");
        assertThat(browser.findElement(By.cssSelector("[data-purpose='" + purpose + "'] .wording")).getText())
                .contains("et aussi par nos partenaires");
        row(purpose, "email").findElement(By.cssSelector("button.accept")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));

        assertThat(gate(email, purpose, "email")).isEqualTo("ACCEPTED");
        assertThat(TestDatabase.count("""
                select count(*) from consent_event e join profile p on p.id = e.profile_id
                where p.email = ? and e.event_type = 'RECONSENTED' and e.purpose_version = 2""", email)).isEqualTo(1);
        assertThat(audience(purpose)).contains(email);
    }

    @Test
    void aMaterialChangeUnderAskAgainKeepsTheAnswerAndMailsThePeopleOnce() throws Exception {
        String suffix = OptIns.unique();
        String purpose = consent("Nouveautés " + suffix, null);
        String email = "ask-" + suffix + "@example.com";
        accept(email, purpose, "email");

        changeText(purpose, "Nouveautés " + suffix, "Oui, chaque semaine", true);

        assertThat(gate(email, purpose, "email")).as("ask again keeps the answer").isEqualTo("ACCEPTED");
        MimeMessage mail = smtp.await(email);
        assertThat(mail.getSubject()).contains("Nouveautés " + suffix);
        assertThat(mail.getHeader("List-Unsubscribe", null)).matches("<http\\S+/u/[A-Za-z0-9_-]{43}>.*");
        assertThat(Mailbox.part(mail, "text/plain")).containsPattern(PREFERENCES);
        changeText(purpose, "Nouveautés " + suffix, "Oui, chaque semaine.", false);
        Thread.sleep(3_000);
        assertThat(smtp.to(email)).as("a change that is not material mails nobody").hasSize(1);
    }

    // ---- helpers

    /** A consent on email and SMS without double opt-in; {@code policy} its "on a material change" (null: the default). */
    private String consent(String subject, String policy) {
        String key = "pref_" + OptIns.unique();
        Api.Reply created = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"CONSENT","key":"%s","texts":{"fr":{"subject":"%s","wording":"Oui"},"en":{"subject":"%s (en)","wording":"Yes"}},
                 "channels":["email","sms"],"doubleOptIn":false%s}""".formatted(key, subject, subject,
                policy == null ? "" : ",\"onMaterialChange\":\"" + policy + "\""));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().asJsonObject().getString("onMaterialChange")).isEqualTo(policy == null ? "ASK_AGAIN" : policy);
        return key;
    }

    private void changeText(String purpose, String subject, String wording, boolean material) {
        Api.Reply changed = api.asAdmin("PUT", "api/v1/purposes/" + purpose, """
                {"kind":"CONSENT","texts":{"fr":{"subject":"%s","wording":"%s"},"en":{"subject":"%s (en)","wording":"Yes!"}},
                 "channels":["email","sms"],"doubleOptIn":false,"material":%s}""".formatted(subject, wording, subject, material));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private void accept(String email, String purpose, String... channels) {
        StringBuilder choices = new StringBuilder();
        for (String channel : channels) {
            choices.append(choices.isEmpty() ? "" : ",")
                    .append("{\"purpose\":\"%s\",\"channel\":\"%s\",\"state\":\"ACCEPTED\"}".formatted(purpose, channel));
        }
        Api.Reply reply = api.call("POST", "api/v1/submissions", "{\"email\":\"" + email + "\",\"language\":\"fr\",\"choices\":["
                + choices + "]}", "Authorization", optIns.writer());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().asJsonObject().getString("receiptId")).as("every decision has a receipt").matches("[0-9a-f-]{36}");
    }

    private JsonObject unsubscribeLinks(String email, String purpose, String channel) {
        Api.Reply reply = api.call("POST", "api/v1/gate/unsubscribe-links",
                "{\"profile\":{\"email\":\"" + email + "\"},\"purpose\":\"" + purpose + "\",\"channel\":\"" + channel + "\"}",
                "Authorization", optIns.writer());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private String gate(String email, String purpose, String channel) {
        Api.Reply reply = api.call("GET", "api/v1/gate?channel=" + channel + "&purpose=" + purpose + "&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8), null, "Authorization", optIns.writer());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject().getString("reason");
    }

    private String audience(String purpose) {
        Api.Reply reply = api.call("GET", "api/v1/gate/audience?channel=email&purpose=" + purpose, null,
                "Authorization", optIns.writer());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.response().body();
    }

    /** The receipt as anyone holding its id reads it, checked against the schema kept in consent-ejb. */
    private void checkReceipt(String id, String purpose, String channel, String state) throws IOException {
        Api.Reply reply = api.call("GET", "api/v1/receipts/" + id, null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                .getSchema(Files.readString(Path.of("../consent-ejb/src/main/resources/receipt/consent-receipt.schema.json")),
                        InputFormat.JSON);
        assertThat(schema.validate(reply.response().body(), InputFormat.JSON)).as(reply.response().body()).isEmpty();
        JsonObject receipt = reply.json().asJsonObject();
        assertThat(receipt.getString("recordId")).isEqualTo(id);
        JsonObject given = receipt.getJsonArray("purposes").getJsonObject(0);
        assertThat(given.getString("key")).isEqualTo(purpose);
        assertThat(given.getString("legalBasis")).isEqualTo("dpv:Consent");
        assertThat(given.getJsonArray("channels").getJsonObject(0).getString("key")).isEqualTo(channel);
        assertThat(given.getJsonArray("channels").getJsonObject(0).getString("state")).isEqualTo(state);
        assertThat(receipt.getJsonObject("provenance").getString("source")).isEqualTo("PREFERENCE_CENTRE");
        assertThat(api.call("GET", "api/v1/receipts/" + java.util.UUID.randomUUID(), null).status()).isEqualTo(404);
        assertThat(api.call("GET", "api/v1/receipts/1", null).status()).as("no internal id reaches a receipt").isEqualTo(404);
    }

    private org.openqa.selenium.WebElement row(String purpose, String channel) {
        return browser.findElement(By.cssSelector("[data-purpose='" + purpose + "'] tr[data-channel='" + channel + "']"));
    }

    private HttpResponse<String> send(String method, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "u/" + token)).timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return cookieless.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void switchTo(WebDriverWait wait, String language) {
        if (!language.equals(browser.findElement(By.tagName("html")).getDomAttribute("lang"))) {
            browser.findElement(By.id("language:lang-" + language)).click();
            wait.until(driver -> language.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
        }
    }

    /** The link as the browser on this machine reaches it (the mail carries the configured public address). */
    private String local(String link) {
        return base + link.substring(link.indexOf("public/"));
    }

    private static long events(String email) throws SQLException {
        return TestDatabase.count("select count(*) from consent_event e join profile p on p.id = e.profile_id where p.email = ?", email);
    }

    private static String lastSource(String email, String purpose, String channel) throws SQLException {
        for (String source : new String[] {"UNSUBSCRIBE_LINK", "PREFERENCE_CENTRE", "API_CLIENT", "OPERATION_FORM"}) {
            long found = TestDatabase.count("""
                    select count(*) from consent_event e join profile p on p.id = e.profile_id
                    join purpose u on u.id = e.purpose_id join channel c on c.id = e.channel_id
                    where p.email = ? and u.purpose_key = ? and c.channel_key = ? and e.source_type = ?
                      and e.id = (select max(x.id) from consent_event x where x.profile_id = e.profile_id
                                  and x.purpose_id = e.purpose_id and x.channel_id = e.channel_id)""", email, purpose, channel, source);
            if (found == 1) {
                return source;
            }
        }
        return null;
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
