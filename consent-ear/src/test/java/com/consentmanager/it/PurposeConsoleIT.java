package com.consentmanager.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purposes console in a real headless Chromium against the deployed EAR, walking the "Done
 * when" of issue 4: a consent created with its generated key, channels and double opt-in; email
 * refused while double opt-in is on, with the reason next to the channels and nothing changed; the
 * "manage channels" dialog; a partner whose consent lists under its name and who shows on the
 * public partner page; a default consent's new wording as a new version with its diff; markup in a
 * subject shown as text; the read-only console of an operator. Each test leaves nothing behind
 * but audit rows and text versions (which are never deleted).
 * <p>
 * Element ids: purposes list {@code list:purposes} (rows hold {@code code[data-key]}, cells
 * {@code .subject}, {@code .badge-fallback}, {@code .channel-names}, {@code .partner-name}),
 * filter {@code list:filter-text}, buttons {@code add-consent}, {@code add-legal-basis}; editor
 * {@code editor:tabs:subject-fr}, {@code ...:wording-fr}, {@code ...:key}, {@code ...:channels}
 * (native inputs by value), {@code ...:double-opt-in_input}, {@code editor:material_input},
 * {@code editor:save}, messages {@code editor:tabs:channels-message}...; versions table
 * {@code versions}, diff cells {@code [data-field=fr.wording]}, {@code .diff-before del},
 * {@code .diff-after ins}; partners {@code add:new-name}, {@code add:new-key},
 * {@code add:new-privacy-url}, {@code add:add-partner}; public list {@code #partners li[data-key]}.
 */
class PurposeConsoleIT extends ConsoleBrowserBase {

    private static final By HEADING = By.cssSelector("main h1");
    private static final By GLOBAL_MESSAGES = By.id("messages");
    private static final By PURPOSE_TABLE = By.id("list:purposes");
    private static final By FILTER_TEXT = By.id("list:filter-text");
    private static final By ADD_CONSENT = By.id("add-consent");
    private static final By SUBJECT_FR = By.id("editor:tabs:subject-fr");
    private static final By WORDING_FR = By.id("editor:tabs:wording-fr");
    private static final By KEY = By.id("editor:tabs:key");
    private static final By KEY_HINT = By.id("editor:tabs:key-hint");
    private static final By DOUBLE_OPT_IN = By.id("editor:tabs:double-opt-in_input");
    private static final By CHANNELS_MESSAGE = By.id("editor:tabs:channels-message");
    private static final By MATERIAL = By.id("editor:material_input");
    private static final By SAVE = By.id("editor:save");
    private static final By VERSIONS = By.id("versions");

    private static final String BEAUTY_SUBJECT = "Conseils beauté";
    private static final String BEAUTY_KEY = "conseils_beaute";

    @Test
    void beautyTipsGetTheirKeyFromTheSubjectAndEmailCannotBeRemovedWhileDoubleOptInIsOn() throws SQLException {
        signInAsAdmin("console/purposes.xhtml", PURPOSE_TABLE);
        pages.switchLanguage("fr");
        deletePurposeIfListed(BEAUTY_KEY);

        pages.click(ADD_CONSENT);
        pages.type(SUBJECT_FR, BEAUTY_SUBJECT);
        pages.waitForValue(KEY, BEAUTY_KEY);
        pages.type(WORDING_FR, "J’accepte de recevoir des conseils beauté.");
        pages.openTab("Canaux");
        pages.setChecked(channel("email"), true);
        pages.setChecked(channel("sms"), true);
        pages.openTab("Double opt-in");
        pages.setChecked(DOUBLE_OPT_IN, true);
        save();

        wait.until(ExpectedConditions.urlContains("key=" + BEAUTY_KEY));
        assertThat(pages.text(GLOBAL_MESSAGES)).as("a consent is announced as one")
                .contains("Consentement " + BEAUTY_KEY + " créé").doesNotContain("juridique");
        assertThat(storedChannels(BEAUTY_KEY)).containsExactly("email", "sms");
        assertThat(storedDoubleOptIn(BEAUTY_KEY)).isTrue();

        pages.openTab("Canaux");
        pages.setChecked(channel("email"), false);
        save();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(CHANNELS_MESSAGE, "double opt-in"));
        assertThat(browser.findElement(CHANNELS_MESSAGE).getText()).contains("email");
        assertThat(browser.findElement(channel("email")).isSelected()).as("the page keeps what was typed").isFalse();
        assertThat(storedChannels(BEAUTY_KEY)).as("nothing changed").containsExactly("email", "sms");
        assertThat(storedDoubleOptIn(BEAUTY_KEY)).isTrue();

        pages.open("console/purposes.xhtml", PURPOSE_TABLE);
        filterList(BEAUTY_KEY);
        WebElement row = browser.findElement(purposeRow(BEAUTY_KEY));
        assertThat(row.findElement(By.className("subject")).getText()).isEqualTo(BEAUTY_SUBJECT);
        assertThat(row.findElement(By.className("channel-names")).getText()).contains("Email").contains("SMS");
        deletePurpose(BEAUTY_KEY);
    }

    @Test
    void manageChannelsDialogAddsAChannelThatAppearsAmongTheCheckboxes() {
        signInAsAdmin("console/purpose.xhtml?kind=CONSENT", SUBJECT_FR);
        pages.switchLanguage("en");
        String name = "Pigeon " + suffix();
        String key = name.toLowerCase().replace(' ', '_');
        try {
            pages.openTab("Channels");
            pages.click(By.id("editor:tabs:manage-channels"));
            pages.type(By.id("editor:tabs:new-channel-name"), name);
            pages.waitForValue(By.id("editor:tabs:new-channel-key"), key);
            pages.click(By.id("editor:tabs:add-channel"));

            wait.until(ExpectedConditions.presenceOfElementLocated(channel(key)));
            assertThat(browser.findElement(By.id("editor:tabs:channels")).getText()).contains(name);
            assertThat(pages.text(GLOBAL_MESSAGES)).contains(key);
        } finally {
            new Api(base).asAdmin("DELETE", "api/v1/channels/" + key, null);
        }
    }

    @Test
    void partnerConsentListsUnderThePartnersNameAndThePublicPageFollowsThePartners() throws Exception {
        String name = "Maison Dupont " + suffix();
        String key = name.toLowerCase().replace(' ', '_');
        String consent = "partner_" + key;
        String privacy = "https://example.com/privacy/" + key;
        signInAsAdmin("console/partners.xhtml", By.id("list:partners"));
        pages.switchLanguage("fr");

        pages.type(By.id("add:new-name"), name);
        pages.waitForValue(By.id("add:new-key"), key);
        pages.type(By.id("add:new-privacy-url"), privacy);
        pages.click(By.id("add:add-partner"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("code[data-purpose='" + consent + "']")));

        pages.open("console/purposes.xhtml", PURPOSE_TABLE);
        filterList(consent);
        WebElement row = browser.findElement(purposeRow(consent));
        assertThat(row.findElement(By.className("partner-name")).getText()).isEqualTo(name);
        assertThat(row.findElement(By.className("subject")).getText()).isEqualTo("Offres de nos partenaires : " + name);

        assertThat(publicPartnerPage("fr")).contains("Nos partenaires").contains(name).contains(privacy);
        assertThat(publicPartnerPage("en")).contains("Our partners").contains(name);
        pages.open("public/partners.xhtml", By.id("partners"));
        assertThat(browser.findElement(By.cssSelector("#partners li[data-key='" + key + "'] a")).getDomAttribute("href"))
                .isEqualTo(privacy);

        pages.open("console/partners.xhtml", By.id("list:partners"));
        pages.clickAndConfirm(By.xpath("//tr[.//code[@data-key='" + key + "']]//button[contains(@id, ':remove')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(GLOBAL_MESSAGES, name));
        assertThat(publicPartnerPage("fr")).doesNotContain(name);
        pages.open("console/purposes.xhtml", PURPOSE_TABLE);
        filterList(consent);
        assertThat(browser.findElement(purposeRow(consent)).findElement(By.className("status")).getText()).isEqualTo("Archivé");
    }

    @Test
    void newWordingOfADefaultConsentMakesTheNextVersionWithItsDiff() throws SQLException {
        signInAsAdmin("console/purpose.xhtml?key=commercial_email", SUBJECT_FR);
        pages.switchLanguage("fr");
        int before = currentVersion("commercial_email");
        String wording = browser.findElement(WORDING_FR).getDomProperty("value");
        assertThat(browser.findElement(KEY).getDomAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(KEY_HINT).getText()).contains("par défaut");
        try {
            pages.type(WORDING_FR, wording.replace("email", "courriel électronique"));
            pages.setChecked(MATERIAL, true);
            save();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(GLOBAL_MESSAGES, "version " + (before + 1)));

            pages.click(By.id("history"));
            wait.until(ExpectedConditions.presenceOfElementLocated(VERSIONS));
            assertThat(browser.findElement(By.id("edit")).getText()).isEqualTo("Retour au consentement");
            WebElement newest = browser.findElement(By.cssSelector("[id='versions'] tbody tr"));
            assertThat(newest.findElement(By.className("version-number")).getText()).isEqualTo(String.valueOf(before + 1));
            assertThat(newest.getText()).contains(Credentials.ADMIN_USER).contains("Oui");
            assertThat(newest.findElement(By.className("sha256")).getText()).matches("[0-9a-f]{64}");
            WebElement diff = browser.findElement(By.xpath("//tr[.//*[@data-field='fr.wording']]"));
            assertThat(diff.findElement(By.cssSelector(".diff-before del")).getText()).isEqualTo("email.");
            assertThat(diff.findElement(By.cssSelector(".diff-after ins")).getText()).isEqualTo("courriel électronique.");
            assertThat(browser.findElements(By.cssSelector("[data-field='fr.subject']"))).isEmpty();
        } finally {
            restoreWording("commercial_email", wording);
        }
    }

    @Test
    void markupInASubjectShowsAsTextAndAMissingEnglishTextIsMarked() {
        signInAsAdmin("console/purposes.xhtml", PURPOSE_TABLE);
        pages.switchLanguage("en");
        assertThat(browser.findElement(HEADING).getText()).isEqualTo("Consents and legal bases");
        assertThat(browser.findElement(ADD_CONSENT).getText()).isEqualTo("Add a consent");
        String subject = "<script>alert(1)</script>";
        String key = "scriptalert1script";
        deletePurposeIfListed(key);

        pages.click(ADD_CONSENT);
        pages.type(SUBJECT_FR, subject);
        pages.waitForValue(KEY, key);
        pages.type(WORDING_FR, "<b>bold</b>");
        pages.openTab("Channels");
        pages.setChecked(channel("email"), true);
        save();
        wait.until(ExpectedConditions.urlContains("key=" + key));
        assertThat(browser.findElement(SUBJECT_FR).getDomProperty("value")).isEqualTo(subject);

        pages.open("console/purposes.xhtml", PURPOSE_TABLE);
        filterList(key);
        WebElement row = browser.findElement(purposeRow(key));
        assertThat(row.findElement(By.className("subject")).getText()).isEqualTo(subject);
        assertThat(row.findElement(By.className("badge-fallback")).getText()).isEqualTo("FR");
        assertThat(browser.getPageSource()).doesNotContain(subject);
        assertThat(pages.alertShown()).isFalse();
        deletePurpose(key);
    }

    @Test
    void operatorReadsPurposesWithoutTheControlsToChangeThem() throws SQLException {
        String operator = "operator-" + suffix();
        String password = "operator-password-" + suffix();
        TestDatabase.addUser(operator, "OPERATOR", password);
        pages.openSignedIn("console/purposes.xhtml", operator, password, PURPOSE_TABLE);

        assertThat(browser.findElements(ADD_CONSENT)).isEmpty();
        // Row actions only: with many purposes the table also has paginator buttons.
        assertThat(browser.findElements(By.cssSelector("[id='list:purposes'] tbody button"))).isEmpty();
        pages.open("console/purpose.xhtml?key=commercial_sms", SUBJECT_FR);
        assertThat(browser.findElements(SAVE)).isEmpty();
        assertThat(browser.findElement(SUBJECT_FR).getDomAttribute("readonly")).isNotNull();
        pages.open("console/partners.xhtml", By.id("list:partners"));
        assertThat(browser.findElements(By.id("add:add-partner"))).isEmpty();
    }

    private void signInAsAdmin(String path, By pageElement) {
        pages.openSignedIn(path, Credentials.ADMIN_USER, Credentials.adminPassword(), pageElement);
    }

    private void save() {
        pages.click(SAVE);
    }

    private void filterList(String text) {
        pages.type(FILTER_TEXT, text);
        wait.until(driver -> {
            List<String> keys = new ArrayList<>();
            driver.findElements(By.cssSelector("[id='list:purposes'] code[data-key]")).forEach(code -> keys.add(code.getDomAttribute("data-key")));
            return !keys.isEmpty() && keys.stream().allMatch(key -> key.contains(text));
        });
    }

    private void deletePurposeIfListed(String key) {
        pages.type(FILTER_TEXT, key);
        wait.until(driver -> driver.findElements(By.cssSelector("[id='list:purposes'] code[data-key]")).stream()
                .allMatch(code -> code.getDomAttribute("data-key").contains(key)));
        if (!browser.findElements(purposeRow(key)).isEmpty()) {
            deletePurpose(key);
        }
    }

    private void deletePurpose(String key) {
        pages.clickAndConfirm(By.xpath("//tr[.//code[@data-key='" + key + "']]//button[contains(@id, ':delete')]"));
        wait.until(driver -> driver.findElements(purposeRow(key)).isEmpty());
    }

    /** Puts the French wording back as it was (a further version with the old texts). */
    private void restoreWording(String key, String wording) {
        pages.open("console/purpose.xhtml?key=" + key, WORDING_FR);
        if (!wording.equals(browser.findElement(WORDING_FR).getDomProperty("value"))) {
            pages.type(WORDING_FR, wording);
            save();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(GLOBAL_MESSAGES, key));
        }
    }

    /** The public page as an anonymous visitor whose browser prefers this language. */
    private String publicPartnerPage(String language) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pages.url("public/partners.xhtml")))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body().replace("&nbsp;", " ").replace("\u00a0", " ");
    }

    private static List<String> storedChannels(String purpose) throws SQLException {
        List<String> channels = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select c.channel_key from purpose p join purpose_channel pc on pc.purpose_id = p.id"
                        + " join channel c on c.id = pc.channel_id where p.purpose_key = ? order by c.channel_key")) {
            query.setString(1, purpose);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    channels.add(rows.getString(1));
                }
            }
        }
        return channels;
    }

    private static boolean storedDoubleOptIn(String purpose) throws SQLException {
        return purposeColumn(purpose, "double_opt_in", Boolean.class);
    }

    private static int currentVersion(String purpose) throws SQLException {
        return purposeColumn(purpose, "current_version", Integer.class);
    }

    private static <T> T purposeColumn(String purpose, String column, Class<T> type) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select " + column + " from purpose where purpose_key = ?")) {
            query.setString(1, purpose);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("purpose " + purpose + " is stored").isTrue();
                return rows.getObject(1, type);
            }
        }
    }

    private static By channel(String key) {
        return By.cssSelector("input[name='editor:tabs:channels'][value='" + key + "']");
    }

    private static By purposeRow(String key) {
        return By.xpath("//tr[.//code[@data-key='" + key + "']]");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
