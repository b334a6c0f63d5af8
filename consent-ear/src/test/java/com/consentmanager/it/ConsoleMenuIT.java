package com.consentmanager.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's menubar in a real headless Chromium at 1280 px (the width {@link Browser} opens):
 * five groups on one line with the user, the language switch and sign-out, in French and English;
 * an item reached by opening its group, with the mouse and with the keyboard; the current page
 * marked ({@code aria-current="page"}, its group's class); breadcrumbs on an editor; each role sees
 * the items its pages admit; axe-core finds nothing in the header with a menu open.
 * <p>
 * Ids: groups {@code nav-configuration}, {@code nav-collection}, {@code nav-people},
 * {@code nav-monitoring}, {@code nav-administration} (each an {@code li} holding its link and menu);
 * items {@code nav-purposes}, {@code nav-channels}, ..., {@code nav-gate-tester}; the user's account
 * {@code account-link}; breadcrumbs {@code nav.breadcrumb} with {@code crumb-list} and {@code crumb-here}.
 */
class ConsoleMenuIT extends ConsoleBrowserBase {

    private static final By HEADING = By.tagName("h1");
    private static final List<String> GROUPS = List.of("nav-configuration", "nav-collection", "nav-people", "nav-monitoring",
            "nav-administration");

    @Test
    void theHeaderHoldsOneLineAt1280PixelsInFrenchAndEnglish() {
        pages.openSignedIn("console/purposes.xhtml", Credentials.ADMIN_USER, Credentials.adminPassword(), HEADING);
        for (String language : List.of("fr", "en")) {
            pages.switchLanguage(language);
            assertThat(browser.manage().window().getSize().getWidth()).isLessThanOrEqualTo(1280);
            List<Long> tops = tops(".console-header .product, .console-nav .ui-menubar > ul > li, "
                    + ".console-header .user, .console-header #account");
            assertThat(tops).as(language + ": product, " + GROUPS.size() + " groups, user, sign-out").hasSize(GROUPS.size() + 3);
            assertThat(tops.stream().mapToLong(Long::longValue).max().orElseThrow()
                    - tops.stream().mapToLong(Long::longValue).min().orElseThrow()).as(language + ": on one line").isLessThan(20);
            assertThat((Long) script("return document.documentElement.scrollWidth;")).as(language + ": no horizontal scroll")
                    .isLessThanOrEqualTo(1280L);
        }
    }

    @Test
    void anAdminOpensAGroupReachesTheItemAndSeesItMarkedWithBreadcrumbsOnTheEditor() throws IOException {
        pages.openSignedIn("console/channels.xhtml", Credentials.ADMIN_USER, Credentials.adminPassword(), HEADING);
        pages.switchLanguage("fr");
        assertThat(browser.findElement(By.id("nav-channels")).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.findElement(By.id("nav-configuration")).getDomAttribute("class")).contains("current-group");
        assertThat(browser.findElement(By.id("nav-purposes")).getDomAttribute("aria-current")).isEqualTo("false");

        openGroup("nav-configuration");
        assertThat(Accessibility.violations(browser, ".console-header")).as("axe-core, the header with a menu open").isEmpty();
        screenshot("menu");
        WebElement before = browser.findElement(By.tagName("html"));
        pages.click(By.id("nav-purposes"));
        Browser.waitUntilReplaced(wait, before);
        wait.until(ExpectedConditions.textToBe(HEADING, "Consentements et bases légales"));
        assertThat(browser.findElement(By.id("nav-purposes")).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.findElement(By.id("nav-channels")).getDomAttribute("aria-current")).isEqualTo("false");

        pages.open("console/purpose.xhtml?key=commercial_email", By.cssSelector("nav.breadcrumb"));
        WebElement crumbs = browser.findElement(By.cssSelector("nav.breadcrumb"));
        assertThat(crumbs.getText()).startsWith("Configuration").contains("Consentements et bases légales", "commercial_email");
        assertThat(browser.findElement(By.id("crumb-list")).getDomAttribute("href")).contains("/console/purposes.xhtml");
        assertThat(browser.findElement(By.id("crumb-here")).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.findElement(By.id("nav-purposes")).getDomAttribute("aria-current")).as("the editor's list")
                .isEqualTo("page");

        pages.open("console/purpose-versions.xhtml?key=commercial_email", By.cssSelector("nav.breadcrumb"));
        assertThat(browser.findElement(By.id("crumb-parent")).getDomAttribute("href")).contains("purpose.xhtml?key=commercial_email");
    }

    @Test
    void theKeyboardOpensAGroupAndFollowsAnItem() {
        pages.openSignedIn("console/channels.xhtml", Credentials.ADMIN_USER, Credentials.adminPassword(), HEADING);
        pages.switchLanguage("en");
        WebElement monitoring = browser.findElement(By.cssSelector("#nav-monitoring > a"));
        script("arguments[0].focus();", monitoring);
        monitoring.sendKeys(Keys.ARROW_DOWN);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-gate-tester")));
        WebElement before = browser.findElement(By.tagName("html"));
        wait.until(driver -> {
            WebElement focused = driver.switchTo().activeElement();
            if ("nav-gate-tester".equals(focused.getDomAttribute("id"))) {
                return true;
            }
            focused.sendKeys(Keys.ARROW_DOWN);
            return false;
        });
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        Browser.waitUntilReplaced(wait, before);
        wait.until(ExpectedConditions.textToBe(HEADING, "May we contact…?"));
        assertThat(browser.findElement(By.id("nav-gate-tester")).getDomAttribute("aria-current")).isEqualTo("page");
    }

    @Test
    void eachRoleSeesTheItemsItsPagesAdmit() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestDatabase.addUser("menu-op-" + suffix, "OPERATOR", "menu-password-" + suffix);
        TestDatabase.addUser("menu-au-" + suffix, "AUDITOR", "menu-password-" + suffix);

        pages.openSignedIn("console/channels.xhtml", "menu-op-" + suffix, "menu-password-" + suffix, HEADING);
        assertThat(ids("nav-imports", "nav-audit", "nav-administration", "nav-users", "nav-api-clients", "nav-gate-tester",
                "nav-dashboard")).containsExactly("nav-imports", "nav-gate-tester", "nav-dashboard");
        signOut();

        pages.openSignedIn("console/channels.xhtml", "menu-au-" + suffix, "menu-password-" + suffix, HEADING);
        assertThat(ids("nav-imports", "nav-audit", "nav-administration", "nav-gate-tester"))
                .containsExactly("nav-audit", "nav-gate-tester");
        signOut();

        pages.openSignedIn("console/channels.xhtml", Credentials.ADMIN_USER, Credentials.adminPassword(), HEADING);
        assertThat(ids("nav-imports", "nav-audit", "nav-administration", "nav-users", "nav-api-clients"))
                .containsExactly("nav-imports", "nav-audit", "nav-administration", "nav-users", "nav-api-clients");
    }

    /** Opens a group's menu with the mouse (a click on its link) and waits for its items. */
    private void openGroup(String group) {
        pages.click(By.cssSelector("#" + group + " > a"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + group + " > ul li a")));
    }

    /** Which of these ids the page has, in the order given. */
    private List<String> ids(String... ids) {
        return List.of(ids).stream().filter(id -> !browser.findElements(By.id(id)).isEmpty()).toList();
    }

    private void signOut() {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("account:logout")).click();
        Browser.waitUntilReplaced(wait, page);
    }

    @SuppressWarnings("unchecked")
    private List<Long> tops(String selector) {
        return (List<Long>) script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(e => Math.round(e.getBoundingClientRect().top));", selector);
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }
}
