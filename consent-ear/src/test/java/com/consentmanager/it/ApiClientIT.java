package com.consentmanager.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API keys as an admin and a client application use them: issued in the console (shown once),
 * accepted with their scopes only, refused once revoked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiClientIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void signIn() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base + "console/api-clients.xhtml");
        browser.findElement(By.id("login-form:username")).sendKeys(Credentials.ADMIN_USER);
        browser.findElement(By.id("login-form:password")).sendKeys(Credentials.adminPassword());
        browser.findElement(By.id("login-form:login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issue:client-name")));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aReadOnlyKeyReadsChannelsButCannotChangeThemAndStopsWorkingWhenRevoked() {
        String client = "Message " + UUID.randomUUID().toString().substring(0, 6);
        String token = issue(client, "config:read");
        Api api = new Api(base);

        Api.Reply read = api.call("GET", "api/v1/channels", null, "Authorization", "Bearer " + token);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        Api.Reply write = api.call("POST", "api/v1/channels", "{\"name\":\"Fax\"}", "Authorization", "Bearer " + token);
        assertThat(write.status()).as(write.toString()).isEqualTo(403);
        assertThat(write.contentType()).startsWith("application/problem+json");

        browser.navigate().refresh();
        WebElement row = rowOf(client);
        assertThat(row.getText()).doesNotContain(token).contains("config:read");
        assertThat(row.findElement(By.cssSelector("code.client-prefix")).getText()).startsWith(token.substring(0, 11));
        row.findElement(By.cssSelector("button[id$=':revoke']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm:yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row(client), "Revoked"));

        assertThat(api.call("GET", "api/v1/channels", null, "Authorization", "Bearer " + token).status()).isEqualTo(401);
    }

    @Test
    void aConfigurationKeyChangesChannels() {
        String token = issue("Scenario " + UUID.randomUUID().toString().substring(0, 6), "config:read", "config:write");
        Api api = new Api(base);
        String key = "pigeon_" + UUID.randomUUID().toString().substring(0, 6);

        Api.Reply created = api.call("POST", "api/v1/channels", "{\"name\":\"Pigeon\",\"key\":\"" + key + "\"}",
                "Authorization", "Bearer " + token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(api.call("DELETE", "api/v1/channels/" + key, null, "Authorization", "Bearer " + token).status()).isEqualTo(204);
    }

    @Test
    void malformedUnknownAndForgedKeysAreRefused() {
        Api api = new Api(base);
        String token = issue("Forger " + UUID.randomUUID().toString().substring(0, 6), "config:read");
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        for (String bad : new String[]{"nonsense", "cm_aaaaaaaa_" + "x".repeat(43), forged}) {
            Api.Reply reply = api.call("GET", "api/v1/channels", null, "Authorization", "Bearer " + bad);
            assertThat(reply.status()).as(bad).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aKeyNeedsANameAndAScope() {
        browser.findElement(By.id("issue:issue-key")).click();

        wait.until(ExpectedConditions.textMatches(By.id("issue:client-name-message"), Pattern.compile("\\S+")));
        assertThat(browser.findElement(By.id("issue:scopes-message")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("issued-token"))).isEmpty();
    }

    private String issue(String client, String... scopes) {
        browser.findElement(By.id("issue:client-name")).sendKeys(client);
        for (String scope : scopes) {
            String checkbox = browser.findElement(By.cssSelector("input[type='checkbox'][value='" + scope + "']")).getAttribute("id");
            browser.findElement(By.cssSelector("label[for='" + checkbox + "']")).click();
        }
        browser.findElement(By.id("issue:issue-key")).click();
        String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-token"))).getText().strip();
        assertThat(token).matches("cm_[a-z0-9]{8}_[A-Za-z0-9_-]{43}");
        return token;
    }

    private WebElement rowOf(String client) {
        return browser.findElement(row(client));
    }

    private static By row(String client) {
        return By.xpath("//tbody/tr[td[normalize-space(.)='" + client + "']]");
    }
}
