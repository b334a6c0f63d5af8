package com.consentmanager.it;

import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA on every page (issue 21): axe-core (its default rules, WCAG 2 A/AA and best practices)
 * on each page of the console, the public pages and the sign-in page, in French then in English,
 * with data behind them (seeded over REST first), and in the states a person reaches: every tab of
 * the purpose and operation editors, the purpose editor's channel dialog, forms sent empty with
 * their validation errors shown (the sign-in page, the channels page, the public form), the gate
 * tester's answer, the public form's thanks and a confirmed double opt-in.
 * <p>
 * One test, one browser: the pages are many and the server is shared, so the violations are
 * collected per page, state and language and asserted once at the end, printed in full. The pages
 * visited are compared with the .xhtml files of the web module, so that a new page without a visit
 * here fails too.
 */
class AccessibilityIT extends ConsoleBrowserBase {

    private static final Path WEBAPP = Path.of("../consent-web/src/main/webapp");
    private static final By HEADING = By.cssSelector("main h1");
    private static final List<String> LANGUAGES = List.of("fr", "en");
    private static final Pattern ONE_CLICK = Pattern.compile("/(u/[A-Za-z0-9_-]{43})>");
    private static final Mailbox smtp = new Mailbox();

    /** "page [state] (language)" → axe-core's violations there, in the order visited. */
    private final Map<String, List<String>> violations = new LinkedHashMap<>();
    /** The .xhtml files visited, as paths under the web root. */
    private final Set<String> visited = new TreeSet<>();

    private Api api;
    private OptIns optIns;
    private Seed seed;

    @BeforeAll
    static void startSmtp() {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void everyPageInFrenchAndEnglishHasNoAxeViolation() throws Exception {
        api = new Api(base);
        optIns = new OptIns(api);
        seed = seed();

        signInPage();
        consolePages();
        publicPages();

        String report = report();
        System.out.println(report);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(visited).as("the pages visited: every .xhtml of the web module, and only those")
                .containsExactlyElementsOf(pageFiles());
        softly.assertThat(violations.entrySet().stream().filter(page -> !page.getValue().isEmpty()).map(Map.Entry::getKey).toList())
                .as("pages with axe-core violations:%n%s", report).isEmpty();
        softly.assertAll();
    }

    // ---- the pages

    private void signInPage() {
        scan("login.xhtml", "login.xhtml", null, () -> { });
        // Sent empty: each field says it is required, next to it.
        scan("login.xhtml", "login.xhtml", "sent empty", () -> {
            browser.findElement(By.id("login-form:login")).click();
            waitForError(By.cssSelector("#login-form .ui-message-error, #messages .message-error"));
        });
        scan("login.xhtml", "login.xhtml", "wrong password", () -> {
            pages.type(By.id("login-form:username"), Credentials.ADMIN_USER);
            pages.type(By.id("login-form:password"), "not-the-password");
            browser.findElement(By.id("login-form:login")).click();
            waitForError(By.cssSelector("#messages .message-error, #login-form .ui-message-error"));
        });
        pages.openSignedIn("console/channels.xhtml", Credentials.ADMIN_USER, Credentials.adminPassword(), HEADING);
    }

    private void consolePages() {
        for (String path : List.of("dashboard", "channels", "partners", "purposes", "operations", "imports", "profiles",
                "confirmations", "expiry", "audit", "gate-tester", "users", "api-clients", "account")) {
            scan("console/" + path + ".xhtml", "console/" + path + ".xhtml", null, () -> { });
        }
        scan("console/index.xhtml", "console/index.xhtml", "redirected to the dashboard", () -> { });
        scan("index.xhtml", "index.xhtml", "redirected to the dashboard", () -> { });

        scan("console/channels.xhtml", "console/channels.xhtml", "add form sent empty", () -> {
            pages.click(By.id("add:add-channel"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#add .ui-message-error")));
        });
        scan("console/gate-tester.xhtml", "console/gate-tester.xhtml", "an answer", () -> {
            pages.type(By.id("gate:value"), seed.acceptedEmail());
            pages.choose("gate:channel", "contains(@data-label, '(email)')", shown -> shown.contains("(email)"));
            pages.click(By.id("gate:ask"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reason")));
        });

        String purpose = "console/purpose.xhtml?key=" + seed.doubleOptInPurpose();
        scan("console/purpose.xhtml", purpose, "configuration tab", () -> { });
        for (String tab : List.of("channels-tab", "double-opt-in-tab", "expiry-tab")) {
            scan("console/purpose.xhtml", purpose, tab, () -> openTab("editor:tabs:" + tab));
        }
        scan("console/purpose.xhtml", purpose, "channel dialog", () -> {
            openTab("editor:tabs:channels-tab");
            pages.click(By.id("editor:tabs:manage-channels"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:tabs:new-channel-name")));
        });
        scan("console/purpose.xhtml", "console/purpose.xhtml?kind=CONSENT", "new consent", () -> { });
        scan("console/purpose.xhtml", "console/purpose.xhtml?kind=LEGAL_BASIS", "new legal basis", () -> { });
        scan("console/purpose-versions.xhtml", "console/purpose-versions.xhtml?key=" + seed.consentPurpose(), "two versions",
                () -> { });

        String operation = "console/operation.xhtml?key=" + seed.operation();
        scan("console/operation.xhtml", operation, "general tab", () -> { });
        scan("console/operation.xhtml", operation, "acquisition tab", () -> openTab("operation:tabs:acquisition"));
        scan("console/profile.xhtml", "console/profile.xhtml?id=" + seed.profileId(), "statuses and timeline", () -> { });
    }

    private void publicPages() throws Exception {
        String form = "public/form.xhtml?operation=" + seed.operation();
        scan("public/form.xhtml", form, null, () -> { });
        scan("public/form.xhtml", form, "sent empty", () -> {
            WebElement page = browser.findElement(By.tagName("html"));
            browser.findElement(By.id("participation:submit")).click();
            Browser.waitUntilReplaced(wait, page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#participation .field-error")));
        });
        scan("public/form.xhtml", form, "thanks", () -> {
            pages.type(By.id("participation:email"), "form-" + OptIns.unique() + "@example.com");
            browser.findElement(By.cssSelector("[data-purpose='" + seed.consentPurpose() + "'] input[type=checkbox]")).click();
            WebElement page = browser.findElement(By.tagName("html"));
            browser.findElement(By.id("participation:submit")).click();
            Browser.waitUntilReplaced(wait, page);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
        });
        scan("public/form.xhtml", "public/form.xhtml?operation=no-such-operation", "unknown operation", () -> { });
        scan("public/partners.xhtml", "public/partners.xhtml", null, () -> { });

        // Each language confirms its own request: confirming is done once.
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String language = LANGUAGES.get(i);
            String link = seed.confirmationLinks().get(i);
            scanIn(language, "public/confirm.xhtml", link, "before confirming", () -> { });
            scanIn(language, "public/confirm.xhtml", link, "confirmed", () -> {
                pages.click(By.id("confirm-form:confirm"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state='CONFIRMED']")));
            });
        }
        scan("public/confirm.xhtml", "public/confirm.xhtml?token=unknown", "unknown link", () -> { });
        scan("public/renew.xhtml", "public/renew.xhtml?token=unknown", "unknown link", () -> { });

        scan("public/preferences.xhtml", seed.preferenceLink(), null, () -> { });
        scan("public/preferences.xhtml", "public/preferences.xhtml?token=unknown", "unknown link", () -> { });
        scan("public/preferences-request.xhtml", "public/preferences-request.xhtml", null, () -> { });
        scan("public/unsubscribe.xhtml", seed.unsubscribeLink(), "asks first", () -> { });
    }

    // ---- scanning

    /** The page in each language, in the state {@code prepare} brings it to (after it opened). */
    private void scan(String file, String path, String state, Runnable prepare) {
        for (String language : LANGUAGES) {
            scanIn(language, file, path, state, prepare);
        }
    }

    private void scanIn(String language, String file, String path, String state, Runnable prepare) {
        String key = file + (state == null ? "" : " [" + state + "]") + " (" + language + ")";
        try {
            browser.get(pages.url(path));
            wait.until(ExpectedConditions.presenceOfElementLocated(HEADING));
            useLanguage(language);
            prepare.run();
            violations.put(key, Accessibility.violations(browser));
        } catch (RuntimeException | AssertionError failed) {
            violations.put(key, List.of("not scanned: " + failed));
        }
        visited.add(file);
    }

    /** Switches when the page is in another language (the choice then holds for the session's next pages). */
    private void useLanguage(String language) {
        if (!language.equals(browser.findElement(By.tagName("html")).getDomAttribute("lang"))) {
            pages.switchLanguage(language);
            wait.until(ExpectedConditions.presenceOfElementLocated(HEADING));
        }
    }

    private void openTab(String tabId) {
        pages.click(By.id(tabId + "_header"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(tabId)));
    }

    /** A plain Faces form answers with a new page, an Ajax one in place: either way the error shows up. */
    private void waitForError(By error) {
        wait.until(driver -> !driver.findElements(error).isEmpty());
        wait.until(ExpectedConditions.presenceOfElementLocated(HEADING));
    }

    private String report() {
        StringBuilder report = new StringBuilder();
        violations.forEach((page, found) -> {
            report.append(page).append(": ").append(found.isEmpty() ? "none" : "").append('\n');
            found.forEach(violation -> report.append("  - ").append(violation).append('\n'));
        });
        return report.toString();
    }

    /** Every page of the web module: the root's, the console's and the public ones. */
    private static List<String> pageFiles() throws IOException {
        Set<String> files = new TreeSet<>();
        for (String folder : List.of("", "console", "public")) {
            try (Stream<Path> listed = Files.list(WEBAPP.resolve(folder))) {
                listed.filter(file -> file.getFileName().toString().endsWith(".xhtml"))
                        .forEach(file -> files.add(WEBAPP.relativize(file).toString().replace('\\', '/')));
            }
        }
        return new ArrayList<>(files);
    }

    // ---- the data behind the pages, over REST

    private record Seed(String consentPurpose, String doubleOptInPurpose, String operation, String acceptedEmail,
                        long profileId, List<String> confirmationLinks, String preferenceLink, String unsubscribeLink) {
    }

    private Seed seed() throws Exception {
        String suffix = OptIns.unique();
        String consent = purpose("axe_" + suffix, "CONSENT", "a", "Lettre " + suffix, "[\"email\",\"sms\"]", false);
        String notice = purpose("axe_notice_" + suffix, "LEGAL_BASIS", "f", "Clients " + suffix, "[\"email\"]", false);
        Api.Reply changed = api.asAdmin("PUT", "api/v1/purposes/" + consent, """
                {"kind":"CONSENT","texts":{"fr":{"subject":"Lettre %s","wording":"Oui, chaque semaine"},
                 "en":{"subject":"Letter %s","wording":"Yes, every week"}},"channels":["email","sms"],"doubleOptIn":false,
                 "material":true}""".formatted(suffix, suffix));
        assertStatus(changed, 200);
        String doubleOptIn = optIns.purpose("Bons plans " + suffix);
        String partner = "axe_" + suffix;
        assertStatus(api.asAdmin("POST", "api/v1/partners", "{\"name\":\"Axe " + suffix
                + "\",\"privacyUrl\":\"https://axe.example/privacy\"}"), 201);
        String operation = liveOperation("Jeu " + suffix, """
                [{"purpose":"%s","channels":["email"]},{"purpose":"%s","channels":["email"]},
                 {"purpose":"partner_%s","channels":["email"]}]""".formatted(consent, notice, partner));

        String accepted = "axe-" + suffix + "@example.com";
        Api.Reply submitted = api.call("POST", "api/v1/submissions", """
                {"email":"%s","language":"fr","choices":[{"purpose":"%s","channel":"email","state":"ACCEPTED"},
                 {"purpose":"%s","channel":"sms","state":"REFUSED"}]}""".formatted(accepted, consent, consent),
                "Authorization", optIns.writer());
        assertStatus(submitted, 200);
        long profileId = TestDatabase.count("select id from profile where email = ?", accepted);

        List<String> confirmations = new ArrayList<>();
        for (String language : LANGUAGES) {
            String email = "axe-" + language + "-" + suffix + "@example.com";
            optIns.submit(email, language, doubleOptIn);
            MimeMessage mail = smtp.await(email);
            confirmations.add(local(Mailbox.link(mail).group(1)));
        }
        optIns.submit("axe-pending-" + suffix + "@example.com", "fr", doubleOptIn);

        Api.Reply links = api.call("POST", "api/v1/gate/unsubscribe-links",
                "{\"profile\":{\"email\":\"" + accepted + "\"},\"purpose\":\"" + consent + "\",\"channel\":\"email\"}",
                "Authorization", optIns.writer());
        assertStatus(links, 200);
        String preferences = local(links.json().asJsonObject().getString("preferenceCentre"));
        Matcher oneClick = ONE_CLICK.matcher(links.json().asJsonObject().getString("listUnsubscribe"));
        assertThat(oneClick.find()).as("a one-click unsubscribe link").isTrue();
        String unsubscribe = oneClick.group(1);

        importFile(consent, suffix);
        return new Seed(consent, doubleOptIn, operation, accepted, profileId, List.copyOf(confirmations), preferences,
                unsubscribe);
    }

    private String purpose(String key, String kind, String basis, String subject, String channels, boolean doubleOptIn) {
        Api.Reply created = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"%s","lawfulBasis":"%s","key":"%s","texts":{"fr":{"subject":"%s","wording":"J’accepte."},
                 "en":{"subject":"%s (en)","wording":"I agree."}},"channels":%s,"doubleOptIn":%s}"""
                .formatted(kind, basis, key, subject, subject, channels, doubleOptIn));
        assertStatus(created, 201);
        return key;
    }

    /** As OperationFormIT: created, its form's offers set, then live. */
    private String liveOperation(String name, String offers) {
        Api.Reply created = api.asAdmin("POST", "api/v1/operations", "{\"name\":\"" + name + "\"}");
        assertStatus(created, 201);
        String key = created.json().asJsonObject().getString("key");
        assertStatus(api.asAdmin("PUT", "api/v1/operations/" + key + "/form-settings", "{\"offers\":" + offers + "}"), 200);
        assertStatus(api.asAdmin("POST", "api/v1/operations/" + key + "/state", "{\"state\":\"LIVE\"}"), 200);
        return key;
    }

    /** A small file checked (a dry run) so that the imports page lists one; its end is not awaited. */
    private void importFile(String purpose, String suffix) throws Exception {
        String importer = "Bearer " + TestDatabase.addApiKey("axe importer " + suffix, "imports:write");
        String csv = "email;" + purpose + "\r\nimport-" + suffix + "@example.com;oui\r\nnot-an-email;oui\r\n";
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("file", csv.getBytes(StandardCharsets.UTF_8));
        assertStatus(api.multipart("api/v1/imports", parts, "Authorization", importer), 202);
    }

    /** The link as the browser on this machine reaches it, relative to the context root. */
    private static String local(String link) {
        return link.substring(link.indexOf("public/"));
    }

    private static void assertStatus(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    }
}
