package com.consentmanager.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations console in a real headless Chromium against the deployed EAR (issue 7, item 6):
 * an admin creates an operation, activates two consents in its data-acquisition tab, sees the form
 * previewed in French and English with unticked boxes, saves (form version 1), changes the order
 * (version 2) and puts it live, after which
 * its form can no longer be emptied; an auditor reads it without the controls to change it; a nameless
 * operation ending before it starts is refused field by field and nothing is stored. The consents
 * made for a test are archived at its end.
 * <p>
 * Element ids: list {@code list:operations} (rows hold {@code code[data-key]}), filter
 * {@code list:filter-text}, button {@code add-operation}; editor {@code operation:tabs:name},
 * {@code ...:key}, {@code ...:starts-on_input}, {@code ...:ends-on_input}, {@code ...:save},
 * {@code ...:put-live}, messages {@code ...:name-message}, {@code ...:ends-on-message}; summary
 * {@code state}, {@code form-version}, {@code public-form}; data-acquisition rows
 * {@code div[data-purpose]} holding {@code ...:offered_input}, the channels' native inputs by value,
 * {@code ...:required_input}, buttons {@code ...:up}, {@code ...:down}; preview
 * {@code section[data-language] fieldset[data-purpose]} with {@code .wording} and
 * {@code input[data-channel]}.
 */
class OperationConsoleIT extends ConsoleBrowserBase {

    private static final By GLOBAL_MESSAGES = By.id("messages");
    private static final By OPERATION_TABLE = By.id("list:operations");
    private static final By ADD_OPERATION = By.id("add-operation");
    private static final By NAME = By.id("operation:tabs:name");
    private static final By KEY = By.id("operation:tabs:key");
    private static final By STARTS_ON = By.id("operation:tabs:starts-on_input");
    private static final By ENDS_ON = By.id("operation:tabs:ends-on_input");
    private static final By SAVE = By.id("operation:tabs:save");
    private static final By SAVE_FORM = By.id("operation:tabs:save-acquisition");
    private static final By PUT_LIVE = By.id("operation:tabs:put-live");
    private static final By STATE = By.id("state");
    private static final By FORM_VERSION = By.id("form-version");

    @Test
    void adminBuildsTheFormWithItsPreviewSavesTwoVersionsAndPutsTheOperationLive() throws SQLException {
        String suffix = suffix();
        String beauty = consent("beaute_" + suffix, "Conseils beauté " + suffix, "J’accepte de recevoir des conseils beauté.",
                "Beauty tips " + suffix, "I agree to receive beauty tips.", "\"email\",\"sms\"");
        String news = consent("lettre_" + suffix, "Lettre d’information " + suffix, "Je m’abonne à la lettre.",
                "Newsletter " + suffix, "I subscribe to the newsletter.", "\"email\"");
        try {
            pages.openSignedIn("console/operations.xhtml", Credentials.ADMIN_USER, Credentials.adminPassword(), OPERATION_TABLE);
            pages.switchLanguage("fr");
            pages.click(ADD_OPERATION);
            String name = "Jeu concours été " + suffix;
            String key = "jeu_concours_ete_" + suffix;
            pages.type(NAME, name);
            pages.waitForValue(KEY, key);
            pages.type(STARTS_ON, "2024-06-01");
            pages.type(ENDS_ON, "2099-08-31");
            pages.click(SAVE);
            wait.until(ExpectedConditions.urlContains("key=" + key));
            assertThat(pages.text(GLOBAL_MESSAGES)).contains(name);
            assertThat(browser.findElement(STATE).getText()).isEqualTo("Brouillon");
            assertThat(operationColumn(key, "name")).isEqualTo(name);

            pages.openTab("Acquisition de données");
            offer(beauty, "email", "sms");
            pages.setChecked(inRow(beauty, "input[id$=':required_input']"), true);
            wait.until(driver -> !driver.findElements(preview("fr", beauty, ".required")).isEmpty());
            offer(news, "email");

            assertThat(previewText("fr", beauty, ".wording")).isEqualTo("J’accepte de recevoir des conseils beauté.");
            assertThat(previewText("en", beauty, ".wording")).isEqualTo("I agree to receive beauty tips.");
            assertThat(previewText("fr", beauty, "legend")).isEqualTo("Conseils beauté " + suffix);
            assertThat(previewText("en", news, "legend")).isEqualTo("Newsletter " + suffix);
            assertThat(previewText("en", beauty, ".required")).isEqualTo("Answer required");
            assertThat(browser.findElements(preview("fr", news, ".required"))).as("the newsletter may be left blank").isEmpty();
            List<WebElement> boxes = browser.findElements(By.cssSelector("section[data-language] input[type='checkbox']"));
            assertThat(boxes).as("one box per purpose and channel, in each language").hasSize(6)
                    .allSatisfy(box -> {
                        assertThat(box.isSelected()).isFalse();
                        assertThat(box.isEnabled()).isFalse();
                    });
            assertThat(previewOrder("fr")).containsExactly(beauty, news);
            assertThat(formVersions(key)).as("a preview keeps nothing").isZero();

            pages.click(SAVE_FORM);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(GLOBAL_MESSAGES, "version 1"));
            assertThat(summaryText(FORM_VERSION)).isEqualTo("Version du formulaire : 1");
            assertThat(formVersions(key)).isEqualTo(1);

            pages.click(inRow(news, "button[id$=':up']"));
            wait.until(driver -> previewOrder("en").equals(List.of(news, beauty)));
            assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as("the keyboard focus stays on the moved row")
                    .endsWith(":0:down");
            pages.click(SAVE_FORM);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(GLOBAL_MESSAGES, "version 2"));
            assertThat(summaryText(FORM_VERSION)).isEqualTo("Version du formulaire : 2");
            assertThat(formVersions(key)).isEqualTo(2);
            assertThat(previewOrder("fr")).as("the saved order comes back").containsExactly(news, beauty);

            pages.openTab("Général");
            pages.clickAndConfirm(PUT_LIVE);
            wait.until(ExpectedConditions.textToBe(STATE, "En ligne"));
            assertThat(operationColumn(key, "state")).isEqualTo("LIVE");
            assertThat(browser.findElement(By.id("public-form")).getDomAttribute("href"))
                    .endsWith("/public/form.xhtml?operation=" + key);

            pages.openTab("Acquisition de données");
            pages.setChecked(inRow(news, "input[id$=':offered_input']"), false);
            wait.until(driver -> previewOrder("fr").equals(List.of(beauty)));
            pages.setChecked(inRow(beauty, "input[id$=':offered_input']"), false);
            wait.until(driver -> previewOrder("fr").isEmpty());
            pages.click(SAVE_FORM);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(GLOBAL_MESSAGES, "est en ligne"));
            assertThat(formVersions(key)).as("a live form is never emptied").isEqualTo(2);
            assertThat(offeredPurposes(key)).containsExactly(news, beauty);

            pages.open("console/operations.xhtml", OPERATION_TABLE);
            pages.type(By.id("list:filter-text"), suffix);
            wait.until(driver -> driver.findElements(By.cssSelector("[id='list:operations'] code[data-key]")).size() == 1);
            WebElement row = browser.findElement(By.xpath("//tr[.//code[@data-key='" + key + "']]"));
            assertThat(row.findElement(By.className("status")).getText()).isEqualTo("En ligne");
            assertThat(row.findElement(By.className("form-version")).getText()).isEqualTo("v2");
            assertThat(row.findElement(By.className("submissions")).getText()).isEqualTo("0");
        } finally {
            archive(beauty);
            archive(news);
        }
    }

    @Test
    void aLegalBasisIsANoticeWithoutBoxAndPartnerConsentsHaveTheirOwnSection() throws SQLException {
        String suffix = suffix();
        String key = "mentions_" + suffix;
        insertOperation(key, "Mentions " + suffix);
        Api api = new Api(base);
        String survey = "enquete_" + suffix;
        Api.Reply legalBasis = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"LEGAL_BASIS","lawfulBasis":"b","key":"%s","texts":{"fr":{"subject":"Enquête %s",
                 "wording":"Nous vous interrogerons sur votre commande.","infoUrl":"https://example.com/enquete.pdf"},
                 "en":{"subject":"Survey %s","wording":"We will ask about your order."}},"channels":["email"]}"""
                .formatted(survey, suffix, suffix));
        assertThat(legalBasis.status()).as(legalBasis.toString()).isEqualTo(201);
        String partner = "acme_" + suffix;
        Api.Reply added = api.asAdmin("POST", "api/v1/partners",
                "{\"key\":\"%s\",\"name\":\"Acme %s\",\"privacyUrl\":\"https://example.com/acme\"}".formatted(partner, suffix));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String partnerConsent = "partner_" + partner;
        try {
            pages.openSignedIn("console/operation.xhtml?key=" + key + "&tab=1", Credentials.ADMIN_USER, Credentials.adminPassword(),
                    inRow(survey, "input[id$=':offered_input']"));
            pages.switchLanguage("en");
            pages.setChecked(inRow(survey, "input[id$=':offered_input']"), true);
            By surveyBox = inRow(survey, "input[name$=':channels'][value='email']");
            wait.until(ExpectedConditions.presenceOfElementLocated(surveyBox));
            pages.setChecked(surveyBox, true);
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("section[data-language='fr'] .preview-notice[data-purpose='" + survey + "']")));
            assertThat(browser.findElements(inRow(survey, "input[id$=':required_input']"))).as("a notice takes no answer").isEmpty();
            pages.setChecked(inRow(partnerConsent, "input[id$=':offered_input']"), true);
            By partnerBox = inRow(partnerConsent, "input[name$=':channels'][value='email']");
            wait.until(ExpectedConditions.presenceOfElementLocated(partnerBox));
            pages.setChecked(partnerBox, true);
            By partners = By.cssSelector("section[data-language='fr'] .preview-partners");
            wait.until(ExpectedConditions.presenceOfElementLocated(partners));

            WebElement notice = browser.findElement(By.cssSelector("section[data-language='fr'] .preview-notice[data-purpose='" + survey + "']"));
            assertThat(notice.getText()).contains("Nous vous interrogerons sur votre commande.").contains("En savoir plus");
            assertThat(notice.findElements(By.tagName("input"))).as("no box for a legal basis").isEmpty();
            assertThat(notice.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("https://example.com/enquete.pdf");
            WebElement section = browser.findElement(partners);
            assertThat(section.getText()).contains("Offres de nos partenaires");
            assertThat(section.findElement(By.className("partners-link")).getDomAttribute("href")).endsWith("/public/partners.xhtml");
            assertThat(section.findElements(By.cssSelector("fieldset[data-purpose='" + partnerConsent + "'] input[type='checkbox']")))
                    .singleElement().satisfies(box -> assertThat(box.isSelected()).isFalse());
            assertThat(previewOrder("en")).as("partner consents are not among the other consents' boxes").containsExactly(partnerConsent);
            assertThat(browser.findElements(By.cssSelector("section[data-language='en'] > .participant-form > fieldset"))).isEmpty();
        } finally {
            archive(survey);
            api.asAdmin("DELETE", "api/v1/partners/" + partner, null);
        }
    }

    @Test
    void auditorReadsAnOperationWithoutTheControlsToChangeIt() throws SQLException {
        String suffix = suffix();
        String key = "lecture_" + suffix;
        insertOperation(key, "Lecture " + suffix);
        String auditor = "auditor-" + suffix;
        String password = "auditor-password-" + suffix;
        TestDatabase.addUser(auditor, "AUDITOR", password);

        pages.openSignedIn("console/operations.xhtml", auditor, password, OPERATION_TABLE);
        pages.switchLanguage("en");
        assertThat(browser.findElements(ADD_OPERATION)).isEmpty();
        pages.type(By.id("list:filter-text"), key);
        wait.until(driver -> driver.findElements(By.cssSelector("[id='list:operations'] code[data-key]")).size() == 1);
        pages.click(By.linkText("Lecture " + suffix));

        wait.until(ExpectedConditions.urlContains("key=" + key));
        assertThat(browser.findElement(NAME).getDomProperty("value")).isEqualTo("Lecture " + suffix);
        assertThat(browser.findElement(NAME).getDomAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(KEY).getDomAttribute("readonly")).isNotNull();
        assertThat(browser.findElements(SAVE)).isEmpty();
        assertThat(browser.findElements(PUT_LIVE)).isEmpty();
        assertThat(pages.text(By.className("operation-summary"))).contains("Read only");
        pages.openTab("Data acquisition");
        WebElement email = wait.until(ExpectedConditions.presenceOfElementLocated(inRow("commercial_email", "input[id$=':offered_input']")));
        assertThat(email.isEnabled()).isFalse();
        assertThat(browser.findElements(SAVE_FORM)).isEmpty();
        assertThat(browser.findElements(By.cssSelector("button[id$=':up'], button[id$=':down']"))).isEmpty();
    }

    @Test
    void aNamelessOperationEndingBeforeItStartsIsRefusedFieldByFieldAndNothingIsStored() throws SQLException {
        String key = "refusee_" + suffix();
        pages.openSignedIn("console/operation.xhtml", Credentials.ADMIN_USER, Credentials.adminPassword(), NAME);
        pages.switchLanguage("en");
        long before = operationCount();

        pages.type(KEY, key);
        pages.type(STARTS_ON, "2030-09-01");
        pages.type(ENDS_ON, "2030-08-31");
        pages.click(SAVE);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("operation:tabs:name-message"), "Give the operation a name"));
        assertThat(pages.text(By.id("operation:tabs:ends-on-message"))).contains("The end date comes before the start date");
        assertThat(browser.findElement(ENDS_ON).getDomProperty("value")).as("the page keeps what was typed").isEqualTo("2030-08-31");
        assertThat(browser.getCurrentUrl()).doesNotContain("key=");
        assertThat(operationCount()).as("nothing stored").isEqualTo(before);
        assertThat(operationExists(key)).isFalse();
    }

    // ---- the data-acquisition tab and its preview

    /** Activates a consent on these channels and waits until the preview shows their boxes. */
    private void offer(String purpose, String... channels) {
        pages.setChecked(inRow(purpose, "input[id$=':offered_input']"), true);
        for (String channel : channels) {
            By box = inRow(purpose, "input[name$=':channels'][value='" + channel + "']");
            wait.until(ExpectedConditions.presenceOfElementLocated(box));
            pages.setChecked(box, true);
            wait.until(driver -> !driver.findElements(preview("fr", purpose, "input[data-channel='" + channel + "']")).isEmpty());
        }
    }

    /** A text of the page with its non-breaking spaces (French typography) as plain ones. */
    private String summaryText(By element) {
        return pages.text(element).replace('\u00a0', ' ');
    }

    private static By inRow(String purpose, String css) {
        return By.cssSelector("div[data-purpose='" + purpose + "'] " + css);
    }

    private static By preview(String language, String purpose, String css) {
        return By.cssSelector("section[data-language='" + language + "'] fieldset[data-purpose='" + purpose + "'] " + css);
    }

    private String previewText(String language, String purpose, String css) {
        return pages.text(preview(language, purpose, css));
    }

    private List<String> previewOrder(String language) {
        return browser.findElements(By.cssSelector("section[data-language='" + language + "'] fieldset[data-purpose]")).stream()
                .map(fieldset -> fieldset.getDomAttribute("data-purpose")).toList();
    }

    // ---- data set up through the API and checked in the database

    /** A consent with French and English texts on these channels (JSON strings), made through the API. */
    private String consent(String key, String subjectFr, String wordingFr, String subjectEn, String wordingEn, String channels) {
        Api.Reply created = new Api(base).asAdmin("POST", "api/v1/purposes", """
                {"kind":"CONSENT","key":"%s","texts":{"fr":{"subject":"%s","wording":"%s"},"en":{"subject":"%s","wording":"%s"}},
                 "channels":[%s]}""".formatted(key, subjectFr, wordingFr, subjectEn, wordingEn, channels));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return key;
    }

    /** Takes a test's consent out of the active purposes that every operation lists. */
    private void archive(String purpose) {
        new Api(base).asAdmin("POST", "api/v1/purposes/" + purpose + "/archive", null);
    }

    private static void insertOperation(String key, String name) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement insert = connection.prepareStatement(
                "insert into operation (operation_key, name, state, created_at, updated_at) values (?, ?, 'DRAFT', now(), now())")) {
            insert.setString(1, key);
            insert.setString(2, name);
            insert.executeUpdate();
        }
    }

    private static String operationColumn(String key, String column) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select " + column + " from operation where operation_key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("operation " + key + " is stored").isTrue();
                return rows.getString(1);
            }
        }
    }

    private static List<String> offeredPurposes(String key) throws SQLException {
        List<String> purposes = new java.util.ArrayList<>();
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select p.purpose_key from operation_purpose op join operation o on o.id = op.operation_id"
                        + " join purpose p on p.id = op.purpose_id where o.operation_key = ? order by op.position")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    purposes.add(rows.getString(1));
                }
            }
        }
        return purposes;
    }

    private static boolean operationExists(String key) throws SQLException {
        return TestDatabase.count("select count(*) from operation where operation_key = ?", key) > 0;
    }

    private static long operationCount() throws SQLException {
        return TestDatabase.count("select count(*) from operation");
    }

    private static long formVersions(String key) throws SQLException {
        return TestDatabase.count("select count(*) from operation_form_version v join operation o on o.id = v.operation_id"
                + " where o.operation_key = ?", key);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
