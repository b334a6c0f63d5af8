package com.consentmanager.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users and roles in the console, in a real headless Chromium against the deployed EAR: an admin
 * adds an operator; the operator reads the channels without the controls to change them, is refused
 * the users page, changes their own password; the admin resets a password and disables a user.
 * Every test adds users of its own.
 * <p>
 * Element ids: users page: filter {@code list:filter-username}, table {@code list:users} with one
 * {@code code[data-username=<name>]} per row and row buttons {@code ...:disable}, {@code ...:enable},
 * {@code ...:reset}; reset dialog {@code reset:reset-password}, {@code reset:reset-password-confirmation},
 * {@code reset:save-reset}; add form {@code add:new-username}, {@code add:new-role} (radios),
 * {@code add:new-password}, {@code add:new-password-confirmation}, {@code add:add-user}, with
 * {@code <id>-message} beside each input. Account page: {@code password:current-password},
 * {@code password:new-password}, {@code password:new-password-confirmation}, {@code password:change-password}.
 */
class UserConsoleIT extends ConsoleBrowserBase {

    private static final By USERNAME = By.id("login-form:username");
    private static final By PASSWORD = By.id("login-form:password");
    private static final By LOGIN = By.id("login-form:login");
    private static final By LOGOUT = By.id("account:logout");
    // Console pages show PrimeFaces messages; the sign-in page (public template) plain Faces ones.
    private static final By GLOBAL_ERROR = By.cssSelector("#messages .ui-messages-error, #messages .message-error");
    private static final By GLOBAL_INFO = By.cssSelector("#messages .ui-messages-info");
    private static final By CHANNEL_TABLE = By.id("list:channels");
    /** Where signing in lands: the dashboard. */
    private static final By HOME = By.id("dashboard");
    private static final By USER_TABLE = By.id("list:users");
    private static final By USER_FILTER = By.id("list:filter-username");
    private static final By CONFIRM_YES = By.id("confirm:yes");
    private static final By NEW_USERNAME = By.id("add:new-username");
    private static final By NEW_PASSWORD = By.id("add:new-password");
    private static final By NEW_CONFIRMATION = By.id("add:new-password-confirmation");
    private static final By NEW_PASSWORD_MESSAGE = By.id("add:new-password-message");
    private static final By NEW_CONFIRMATION_MESSAGE = By.id("add:new-password-confirmation-message");
    private static final By ADD_USER = By.id("add:add-user");

    @Test
    void operatorAddedByTheAdminReadsChannelsWithoutChangeControlsAndIsRefusedTheUsersPage()
            throws IOException, InterruptedException {
        String operator = unique("op");
        String password = strongPassword();
        addUserAsAdmin(operator, "OPERATOR", password);

        signIn(operator, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(HOME));
        browser.get(page("console/channels.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(CHANNEL_TABLE));
        assertThat(browser.findElement(By.cssSelector(".console-header .user")).getText()).contains(operator);
        assertThat(browser.findElements(By.cssSelector("code[data-key]"))).extracting(code -> code.getDomAttribute("data-key"))
                .contains("email", "sms", "phone", "site");
        assertThat(browser.findElements(By.cssSelector("button[id$=':edit'], button[id$=':delete']"))).isEmpty();
        assertThat(browser.findElements(By.id("add"))).isEmpty();
        assertThat(browser.findElements(By.id("edit"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".console-nav a[href*='users.xhtml']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".console-header a[href*='account.xhtml']"))).hasSize(1);

        browser.get(page("console/users.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
        assertThat(browser.findElements(USER_TABLE)).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".error-status")).getText())
                .isIn("Your role does not give access to this page.", "Votre rôle ne donne pas accès à cette page.");
        assertThat(statusWithSessionOf("console/users.xhtml")).isEqualTo(403);
        assertThat(statusWithSessionOf("console/account.xhtml")).isEqualTo(200);
    }

    @Test
    void weakOrMismatchedPasswordsAreRefusedNextToTheirFieldsAndNoUserIsAdded() {
        String name = unique("weak");
        signIn(Credentials.ADMIN_USER, Credentials.adminPassword());
        openUsersPage();

        fillNewUser(name, "OPERATOR", "short", "short");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(NEW_PASSWORD_MESSAGE, "12"));

        fillNewUser(name, "OPERATOR", strongPassword(), strongPassword());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(NEW_CONFIRMATION_MESSAGE, "not the same"));
        assertThat(browser.findElement(NEW_USERNAME).getDomProperty("value")).isEqualTo(name);

        filterUsers(name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(USER_TABLE, "No user matches"));
        assertThat(browser.findElements(userCell(name))).isEmpty();
    }

    @Test
    void userChangesTheirOwnPasswordAndSignsInAgainWithTheNewOneOnly() {
        String operator = unique("op");
        String password = strongPassword();
        String newPassword = strongPassword();
        addUserAsAdmin(operator, "OPERATOR", password);
        signIn(operator, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(HOME));
        browser.findElement(By.id("account-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password:current-password")));
        switchToEnglish();

        changePassword("not my password", newPassword);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:current-password-message"),
                "not your current password"));
        changePassword(password, newPassword);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(GLOBAL_INFO, "changed"));
        signOut();

        assertThat(failedSignIn(operator, password)).isEqualTo("Wrong username or password.");
        signIn(operator, newPassword);
        wait.until(ExpectedConditions.presenceOfElementLocated(HOME));
    }

    @Test
    void adminResetsAPasswordInADialogAndTheUserSignsInWithIt() {
        String auditor = unique("aud");
        String resetTo = strongPassword();
        addUserAsAdmin(auditor, "AUDITOR", strongPassword());
        signIn(Credentials.ADMIN_USER, Credentials.adminPassword());
        openUsersPage();
        filterUsers(auditor);

        wait.until(ExpectedConditions.elementToBeClickable(rowButton(auditor, "reset"))).click();
        type(By.id("reset:reset-password"), resetTo);
        type(By.id("reset:reset-password-confirmation"), resetTo);
        browser.findElement(By.id("reset:save-reset")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(GLOBAL_INFO, auditor));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reset:reset-password")));
        signOut();

        signIn(auditor, resetTo);
        wait.until(ExpectedConditions.presenceOfElementLocated(HOME));
    }

    @Test
    void disabledOperatorCanNoLongerSignIn() {
        String operator = unique("op");
        String password = strongPassword();
        addUserAsAdmin(operator, "OPERATOR", password);

        signIn(Credentials.ADMIN_USER, Credentials.adminPassword());
        openUsersPage();
        filterUsers(operator);
        wait.until(ExpectedConditions.elementToBeClickable(rowButton(operator, "disable"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(CONFIRM_YES)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(rowButton(operator, "enable")));
        assertThat(browser.findElement(userRow(operator)).getText()).contains("Disabled");
        signOut();

        assertThat(failedSignIn(operator, password)).isEqualTo("Wrong username or password.");
        assertThat(browser.findElements(HOME)).isEmpty();
    }

    @Test
    void disablingAnOperatorEndsTheSessionTheyAlreadyHave() throws IOException, InterruptedException {
        String operator = unique("op");
        String password = strongPassword();
        addUserAsAdmin(operator, "OPERATOR", password);
        signIn(operator, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(HOME));
        Cookie operatorSession = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(statusWithSession(operatorSession, "console/channels.xhtml")).isEqualTo(200);
        browser.manage().deleteAllCookies();

        signIn(Credentials.ADMIN_USER, Credentials.adminPassword());
        openUsersPage();
        filterUsers(operator);
        wait.until(ExpectedConditions.elementToBeClickable(rowButton(operator, "disable"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(CONFIRM_YES)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(rowButton(operator, "enable")));

        assertThat(statusWithSession(operatorSession, "console/channels.xhtml")).as("redirected to the login page").isEqualTo(302);
    }

    /** Signs in as the admin, adds the user in the console, signs out. */
    private void addUserAsAdmin(String username, String role, String password) {
        signIn(Credentials.ADMIN_USER, Credentials.adminPassword());
        openUsersPage();
        fillNewUser(username, role, password, password);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(GLOBAL_INFO, username));
        filterUsers(username);
        wait.until(ExpectedConditions.presenceOfElementLocated(userCell(username)));
        signOut();
    }

    private void openUsersPage() {
        browser.get(page("console/users.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(USER_TABLE));
        switchToEnglish();
        wait.until(ExpectedConditions.presenceOfElementLocated(USER_TABLE));
    }

    private void fillNewUser(String username, String role, String password, String confirmation) {
        type(NEW_USERNAME, username);
        WebElement radio = browser.findElement(By.cssSelector("input[name='add:new-role'][value='" + role + "']"));
        browser.findElement(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']")).click();
        type(NEW_PASSWORD, password);
        type(NEW_CONFIRMATION, confirmation);
        browser.findElement(ADD_USER).click();
    }

    private void filterUsers(String username) {
        type(USER_FILTER, username);
        wait.until(driver -> driver.findElements(By.cssSelector("#list\\:users code[data-username]")).stream()
                .allMatch(code -> code.getDomAttribute("data-username").contains(username)));
    }

    private void changePassword(String current, String newPassword) {
        type(By.id("password:current-password"), current);
        type(By.id("password:new-password"), newPassword);
        type(By.id("password:new-password-confirmation"), newPassword);
        browser.findElement(By.id("password:change-password")).click();
    }

    private void signIn(String username, String password) {
        browser.get(page("login.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        type(USERNAME, username);
        type(PASSWORD, password);
        WebElement loginPage = browser.findElement(By.tagName("html"));
        browser.findElement(LOGIN).click();
        Browser.waitUntilReplaced(wait, loginPage);
    }

    private String failedSignIn(String username, String password) {
        browser.get(page("login.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        switchToEnglish();
        signIn(username, password);
        return wait.until(ExpectedConditions.visibilityOfElementLocated(GLOBAL_ERROR)).getText();
    }

    private void signOut() {
        WebElement signedIn = browser.findElement(By.tagName("html"));
        browser.findElement(LOGOUT).click();
        Browser.waitUntilReplaced(wait, signedIn);
        wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
    }

    private void switchToEnglish() {
        if (!"en".equals(browser.findElement(By.tagName("html")).getDomAttribute("lang"))) {
            WebElement before = browser.findElement(By.tagName("html"));
            browser.findElement(By.id("language:lang-en")).click();
            Browser.waitUntilReplaced(wait, before);
            wait.until(driver -> "en".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
        }
    }

    /** The HTTP status of a page requested with this browser's session, as any client would see it. */
    private int statusWithSessionOf(String path) throws IOException, InterruptedException {
        return statusWithSession(browser.manage().getCookieNamed("JSESSIONID"), path);
    }

    /** The HTTP status of a page requested with the given session, without following redirects. */
    private int statusWithSession(Cookie session, String path) throws IOException, InterruptedException {
        assertThat(session).as("session cookie").isNotNull();
        HttpRequest request = HttpRequest.newBuilder(URI.create(page(path)))
                .header("Cookie", session.getName() + "=" + session.getValue())
                .timeout(TIMEOUT)
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        input.clear();
        input.sendKeys(text);
    }

    private String page(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root : root + "/") + path;
    }

    private static By userCell(String username) {
        return By.cssSelector("code[data-username='" + username + "']");
    }

    private static By userRow(String username) {
        return By.xpath("//tr[.//code[@data-username='" + username + "']]");
    }

    private static By rowButton(String username, String action) {
        return By.xpath("//tr[.//code[@data-username='" + username + "']]//button[substring(@id, string-length(@id) - "
                + action.length() + ") = ':" + action + "']");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String strongPassword() {
        return "pw " + UUID.randomUUID();
    }
}
