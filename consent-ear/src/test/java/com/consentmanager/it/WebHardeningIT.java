package com.consentmanager.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The console and the API resist forged posts and injected markup, and send security headers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebHardeningIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    private ConsoleHttp console;

    @BeforeEach
    void browserLikeClient() {
        console = new ConsoleHttp(base, HttpClient.Redirect.NORMAL);
    }

    @Test
    void aForgedPostWithoutTheViewsTokenChangesNothingWhileTheGenuineFormWorks() throws Exception {
        signIn();
        String page = get("console/channels.xhtml").body();
        String key = "forged_" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("add", "add");
        form.put("add:new-name", "Forged channel");
        form.put("add:new-key", key);
        form.put("add:add-channel", "");

        form.put("jakarta.faces.ViewState", "-1234567890:987654321");
        HttpResponse<String> forged = post("console/channels.xhtml", form);
        Api api = new Api(base);
        assertThat(forged.body()).doesNotContain(key);
        assertThat(api.asAdmin("GET", "api/v1/channels/" + key, null).status()).isEqualTo(404);

        form.put("jakarta.faces.ViewState", ConsoleHttp.viewState(page));
        post("console/channels.xhtml", form);
        assertThat(api.asAdmin("GET", "api/v1/channels/" + key, null).status()).as("the same post with the real token").isEqualTo(200);
        assertThat(api.asAdmin("DELETE", "api/v1/channels/" + key, null).status()).isEqualTo(204);
    }

    @Test
    void pagesAndApiAnswersCarrySecurityHeadersAndNoServerIdentity() throws Exception {
        HttpResponse<String> login = get("login.xhtml");
        assertThat(login.headers().allValues("Content-Security-Policy")).anyMatch(policy -> policy.contains("frame-ancestors 'none'"));
        assertThat(login.headers().allValues("Content-Security-Policy")).anyMatch(policy -> policy.contains("script-src"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(login.headers().firstValue("Server")).isEmpty();
        assertThat(login.headers().allValues("Set-Cookie")).allMatch(cookie -> cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));

        Api.Reply api = new Api(base).asAdmin("GET", "api/v1/channels", null);
        assertThat(api.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(api.header("Cache-Control")).contains("no-store");
    }

    @Test
    void errorPagesShowNoStackTraceNorServerDetails() throws Exception {
        signIn();
        HttpResponse<String> missing = get("console/no-such-page.xhtml");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("This page does not exist.")
                .doesNotContain("Caused by").doesNotContain("Payara").doesNotContain("\tat ").doesNotContain("at com.consentmanager");
    }

    @Test
    void theServerSaysNothingAboutItself() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");

        HttpResponse<String> welcome = client.send(HttpRequest.newBuilder(root).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(welcome.statusCode()).isEqualTo(200);
        assertThat(welcome.body()).as("/ leads to the console").contains("url=/consent/").contains("href=\"/consent/\"")
                .doesNotContainIgnoringCase("payara");

        for (String path : List.of("no-such-page", "console/channels.xhtml", "api/v1/channels", "openapi", "metrics", "index.jsp")) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(root.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isIn(403, 404);
            assertThat(page.body()).as(path).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish")
                    .doesNotContain("# TYPE").doesNotContain("openapi: 3");
            HttpResponse<String> json = client.send(HttpRequest.newBuilder(root.resolve(path)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(json.statusCode()).as(path).isIn(403, 404);
            assertThat(json.body()).as(path).doesNotContainIgnoringCase("payara");
        }
        HttpResponse<String> deleted = client.send(HttpRequest.newBuilder(root).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isBetween(400, 499);
        assertThat(deleted.body()).doesNotContainIgnoringCase("payara");

        HttpResponse<String> health = client.send(HttpRequest.newBuilder(root.resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as("health stays where it was").isEqualTo(200);
        assertThat(health.body()).contains("UP").doesNotContainIgnoringCase("postgres").doesNotContainPattern("\\d+\\.\\d+");
    }

    @Test
    void markupTypedIntoANameIsShownAsTextAndNeverRuns() {
        String payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        Api api = new Api(base);
        String key = "xss_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.asAdmin("POST", "api/v1/channels", "{\"name\":\"" + payload.replace("\"", "\\\"") + "\",\"key\":\"" + key + "\"}")
                .status()).isEqualTo(201);
        WebDriver browser = Browser.start();
        try {
            browser.get(base + "console/channels.xhtml");
            browser.findElement(By.id("login-form:username")).sendKeys(Credentials.ADMIN_USER);
            browser.findElement(By.id("login-form:password")).sendKeys(Credentials.adminPassword());
            browser.findElement(By.id("login-form:login")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("code[data-key='" + key + "']")));

            String row = browser.findElement(By.xpath("//code[@data-key='" + key + "']/ancestor::tr")).getText();
            assertThat(row).contains(payload);
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
        } finally {
            browser.quit();
            api.asAdmin("DELETE", "api/v1/channels/" + key, null);
        }
    }

    private void signIn() throws IOException, InterruptedException {
        HttpResponse<String> signedIn = console.signIn(Credentials.ADMIN_USER, Credentials.adminPassword());
        assertThat(signedIn.uri().getPath()).as("signed in, on the dashboard").endsWith("/console/dashboard.xhtml");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return console.get(path);
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        return console.post(path, form);
    }
}
