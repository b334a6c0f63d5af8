package com.consentmanager.it;

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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operation's public form in headless Chromium, as a participant fills it: nothing pre-ticked,
 * axe-core finds no violation, bad input is refused on the form with nothing written, a good
 * submission records the choices with evidence pointing to the form version; the gate then answers
 * as the choices say (email pending until the double opt-in link in the real mail is clicked); the
 * console's profile page shows that evidence.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationFormIT {

    private static Mailbox mailbox;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private String shop;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void startSmtp() {
        mailbox = new Mailbox();
        mailbox.start();
    }

    @AfterAll
    static void stopSmtp() {
        mailbox.stop();
    }

    @BeforeEach
    void setUp() throws SQLException {
        api = new Api(base);
        shop = "Bearer " + TestDatabase.addApiKey("shop " + unique(), "profiles:write gate:read");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aParticipantFillsTheFormAndTheGateAnswersAsTheyChose() throws Exception {
        String suffix = unique();
        String news = purpose("news_" + suffix, "CONSENT", "a", "Lettre " + suffix, "J’accepte la lettre d’information.",
                "[\"email\",\"sms\"]", true);
        String offers = purpose("offers_" + suffix, "CONSENT", "a", "Offres SMS " + suffix, "J’accepte les offres par SMS.",
                "[\"sms\",\"phone\"]", false);
        String customers = purpose("customers_" + suffix, "LEGAL_BASIS", "f", "Clients " + suffix,
                "Nous vous écrivons au sujet de produits semblables.", "[\"email\"]", false);
        String partnerKey = "acme_" + suffix;
        assertThat(api.asAdmin("POST", "api/v1/partners", "{\"name\":\"Acme " + suffix
                + "\",\"privacyUrl\":\"https://acme.example/privacy\"}").status()).isEqualTo(201);
        String operation = liveOperation("Jeu de l’été " + suffix, """
                [{"purpose":"%s","channels":["email"]},
                 {"purpose":"%s","channels":["sms"],"required":true},
                 {"purpose":"%s","channels":["email"]},
                 {"purpose":"partner_%s","channels":["email"]}]""".formatted(news, offers, customers, partnerKey));
        String email = "form-" + suffix + "@example.com";

        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(base + "public/form.xhtml?operation=" + operation);
        switchTo("fr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jeu de l’été " + suffix);
        assertThat(browser.findElement(By.cssSelector("[data-purpose='" + news + "']")).getText())
                .contains("Lettre " + suffix, "J’accepte la lettre d’information.", "Email");
        assertThat(browser.findElement(By.cssSelector(".form-notice[data-purpose='" + customers + "']")).getText())
                .contains("Nous vous écrivons au sujet de produits semblables.");
        assertThat(browser.findElements(By.cssSelector(".form-notice input"))).as("a notice has no box").isEmpty();
        assertThat(browser.findElement(By.id("participation:partner-list")).getDomAttribute("href")).contains("public/partners");
        List<WebElement> boxes = browser.findElements(By.cssSelector("#participation input[type=checkbox], #participation input[type=radio]"));
        assertThat(boxes).hasSize(4);
        assertThat(boxes).as("nothing pre-ticked").noneMatch(WebElement::isSelected);
        assertThat(browser.findElement(By.id("participation:phone")).isDisplayed()).as("an SMS channel asks for the phone").isTrue();
        assertThat(Accessibility.violations(browser)).as("axe-core on the form").isEmpty();

        // Sent empty: the required answer and the email are asked for, nothing is written.
        submit();
        assertThat(browser.findElement(By.id("participation:email-message")).getText()).contains("adresse email");
        assertThat(browser.findElement(By.cssSelector("[data-purpose='" + offers + "'] .field-error")).getText()).isEqualTo("Répondez oui ou non.");
        assertThat(Accessibility.violations(browser)).as("axe-core on the refused form").isEmpty();
        // Accepting SMS without a phone number is refused too.
        type(By.id("participation:email"), email);
        radio(offers, "ACCEPTED");
        submit();
        assertThat(browser.findElement(By.id("participation:phone-message")).getText()).contains("numéro de téléphone");
        assertThat(TestDatabase.count("select count(*) from profile where email = ?", email)).as("nothing written").isZero();

        type(By.id("participation:phone"), "06 12 34 56 78");
        browser.findElement(By.cssSelector("[data-purpose='" + news + "'] input[type=checkbox]")).click();
        submit();
        WebElement thanks = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
        assertThat(thanks.getText()).contains("vos choix sont enregistrés", "Lettre " + suffix);
        assertThat(Accessibility.violations(browser)).as("axe-core on the thank-you page").isEmpty();

        assertThat(gate(email, "email", news).getString("reason")).isEqualTo("PENDING_DOUBLE_OPT_IN");
        assertThat(gate(email, "sms", offers).getBoolean("allowed")).isTrue();
        assertThat(gate(email, "email", customers).getBoolean("allowed")).as("the notice's legal basis").isTrue();
        assertThat(gate(email, "email", "partner_" + partnerKey).getBoolean("allowed")).as("left blank").isFalse();
        List<String[]> evidence = evidence(email);
        assertThat(evidence).extracting(row -> row[0]).containsOnly("OPERATION_FORM");
        assertThat(evidence).extracting(row -> row[1]).containsOnly(operation + "/form-v1");
        assertThat(evidence).extracting(row -> row[2]).doesNotContainNull();
        assertThat(evidence).extracting(row -> row[3]).allMatch(agent -> agent.contains("Chrome"));
        assertThat(TestDatabase.count("select count(*) from operation_submission s join profile p on p.id = s.profile_id"
                + " where p.email = ? and s.form_version = 1", email)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from profile_activity a join profile p on p.id = a.profile_id"
                + " where p.email = ? and a.activity_type = 'PARTICIPATION'", email)).isEqualTo(1);

        MimeMessage mail = mailbox.await(email);
        String link = Mailbox.link(mail).group(1);
        browser.get(base + link.substring(link.indexOf("public/")));
        browser.findElement(By.id("confirm-form:confirm")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state='CONFIRMED']")));
        assertThat(gate(email, "email", news).getBoolean("allowed")).isTrue();

        ConsolePages pages = new ConsolePages(browser, wait, base);
        pages.openSignedIn("console/profile.xhtml?id=" + profileId(email), Credentials.ADMIN_USER, Credentials.adminPassword(),
                By.id("timeline:evidence"));
        assertThat(browser.findElement(By.id("timeline:evidence")).getText()).contains(operation + "/form-v1");
    }

    @Test
    void aClosedOperationsFormSaysSoAndAnUnknownOneToo() throws Exception {
        String suffix = unique();
        String operation = liveOperation("Fermée " + suffix, "[{\"purpose\":\"commercial_email\",\"channels\":[\"email\"]}]");
        assertThat(api.asAdmin("POST", "api/v1/operations/" + operation + "/state", "{\"state\":\"CLOSED\"}").status()).isEqualTo(200);

        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base + "public/form.xhtml?operation=" + operation);
        switchTo("en");
        assertThat(browser.findElement(By.id("closed")).getText()).contains("This operation is closed");
        assertThat(browser.findElements(By.id("participation"))).isEmpty();
        browser.get(base + "public/form.xhtml?operation=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(browser.findElement(By.id("not-found")).getText()).contains("does not exist");
    }

    // ---- helpers

    private String purpose(String key, String kind, String basis, String subject, String wording, String channels, boolean doubleOptIn) {
        Api.Reply created = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"%s","lawfulBasis":"%s","key":"%s","texts":{"fr":{"subject":"%s","wording":"%s"},
                 "en":{"subject":"%s (en)","wording":"%s (en)"}},"channels":%s,"doubleOptIn":%s}"""
                .formatted(kind, basis, key, subject, wording, subject, wording, channels, doubleOptIn));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return key;
    }

    private String liveOperation(String name, String offers) {
        Api.Reply created = api.asAdmin("POST", "api/v1/operations", "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.json().asJsonObject().getString("key");
        Api.Reply configured = api.asAdmin("PUT", "api/v1/operations/" + key + "/form-settings", "{\"offers\":" + offers + "}");
        assertThat(configured.status()).as(configured.toString()).isEqualTo(200);
        Api.Reply live = api.asAdmin("POST", "api/v1/operations/" + key + "/state", "{\"state\":\"LIVE\"}");
        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        return key;
    }

    private void switchTo(String language) {
        if (!language.equals(browser.findElement(By.tagName("html")).getDomAttribute("lang"))) {
            WebElement before = browser.findElement(By.tagName("html"));
            browser.findElement(By.id("language:lang-" + language)).click();
            Browser.waitUntilReplaced(wait, before);
            wait.until(driver -> language.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
        }
    }

    private void submit() {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("participation:submit")).click();
        Browser.waitUntilReplaced(wait, before);
    }

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private void radio(String purpose, String value) {
        browser.findElement(By.cssSelector("[data-purpose='" + purpose + "'] input[type=radio][value='" + value + "']")).click();
    }

    private JsonObject gate(String email, String channel, String purpose) {
        Api.Reply reply = api.call("GET", "api/v1/gate?channel=" + channel + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&purpose=" + purpose, null, "Authorization", shop);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static List<String[]> evidence(String email) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement("""
                     select e.source_type, e.source_reference, e.ip_address, e.user_agent from consent_event e
                     join profile p on p.id = e.profile_id where p.email = ? and e.source_type <> 'DOUBLE_OPT_IN' order by e.id""")) {
            query.setString(1, email);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4)});
                }
            }
            assertThat(rows).as("evidence of " + email).isNotEmpty();
            return rows;
        }
    }

    private static long profileId(String email) throws SQLException {
        return TestDatabase.count("select id from profile where email = ?", email);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
