package com.consentmanager.it;

import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.util.List;
import java.util.function.Predicate;

/**
 * The console in a browser, for Selenium tests: signing in on the way to a page, the language
 * switch, typing into fields and waiting for Ajax answers, PrimeFaces checkboxes and the shared
 * confirmation dialog.
 */
final class ConsolePages {

    private static final By USERNAME = By.id("login-form:username");
    private static final By PASSWORD = By.id("login-form:password");
    private static final By LOGIN = By.id("login-form:login");
    private static final By CONFIRM_YES = By.id("confirm:yes");

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final String root;

    ConsolePages(WebDriver browser, WebDriverWait wait, URL base) {
        this.browser = browser;
        this.wait = wait;
        String url = base.toExternalForm();
        this.root = url.endsWith("/") ? url : url + "/";
    }

    String url(String path) {
        return root + path;
    }

    /** Opens a console page, signing in on the way; waits for an element of that page. */
    void openSignedIn(String path, String username, String password, By pageElement) {
        browser.get(url(path));
        if (!browser.findElements(USERNAME).isEmpty()) {
            type(USERNAME, username);
            type(PASSWORD, password);
            WebElement loginPage = browser.findElement(By.tagName("html"));
            browser.findElement(LOGIN).click();
            Browser.waitUntilReplaced(wait, loginPage);
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(pageElement));
    }

    /** Opens a page (already signed in) and waits for one of its elements. */
    void open(String path, By pageElement) {
        browser.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(pageElement));
    }

    /** The switch always redirects: wait for the new page, then for its language. */
    void switchLanguage(String language) {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("language:lang-" + language)).click();
        Browser.waitUntilReplaced(wait, before);
        wait.until(driver -> language.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        input.clear();
        input.sendKeys(text);
    }

    void waitForValue(By field, String value) {
        wait.until(driver -> value.equals(driver.findElement(field).getDomProperty("value")));
    }

    void click(By element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Clicks a button that asks for confirmation, then "yes". */
    void clickAndConfirm(By button) {
        click(button);
        click(CONFIRM_YES);
    }

    /** Ticks or unticks a PrimeFaces checkbox (the native input is hidden; its box takes the click). */
    void setChecked(By nativeInput, boolean checked) {
        WebElement input = browser.findElement(nativeInput);
        if (input.isSelected() != checked) {
            input.findElement(By.xpath("./ancestor::div[contains(concat(' ', @class, ' '), ' ui-chkbox ')][1]"
                    + "//div[contains(concat(' ', @class, ' '), ' ui-chkbox-box ')]")).click();
            wait.until(driver -> driver.findElement(nativeInput).isSelected() == checked);
        }
    }

    /**
     * Picks an option of a PrimeFaces select-one menu (client id of the menu) by its label: opens
     * the menu and clicks the option until the menu shows it (a click during another menu's
     * closing animation or an Ajax update may be lost).
     */
    void choose(String menuId, String label) {
        choose(menuId, "@data-label='" + label + "'", label::equals);
    }

    /**
     * The same for the option whose {@code li} an XPath condition finds (such as
     * {@code starts-with(@data-label, 'key · ')}); done when the menu's label passes {@code shown}.
     */
    void choose(String menuId, String optionCondition, Predicate<String> shown) {
        By option = By.xpath("//div[@id='" + menuId + "_panel']//li[" + optionCondition + "]");
        wait.until(driver -> {
            if (shown.test(driver.findElement(By.id(menuId + "_label")).getText())) {
                return true;
            }
            try {
                List<WebElement> options = driver.findElements(option);
                if (!options.isEmpty() && options.get(0).isDisplayed()) {
                    options.get(0).click();
                } else {
                    driver.findElement(By.id(menuId)).click();
                }
            } catch (WebDriverException notYet) {
                // covered or replaced meanwhile: try again at the next poll
            }
            return false;
        });
    }

    /** Opens a tab of a PrimeFaces tab view by its title. */
    void openTab(String title) {
        click(By.xpath("//*[@role='tab'][normalize-space(.)='" + title + "']"));
    }

    boolean alertShown() {
        try {
            browser.switchTo().alert();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }

    String text(By element) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(element)).getText();
    }
}
