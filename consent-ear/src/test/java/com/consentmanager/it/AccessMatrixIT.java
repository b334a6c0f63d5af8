package com.consentmanager.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawls every console page and every API route as each kind of caller and checks the allow/deny
 * matrix written in the README (section Security). A cell is the HTTP status the caller gets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final List<String> CALLERS = List.of("anonymous", "AUDITOR", "OPERATOR", "ADMIN", "key config:read", "key config:write");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyConsolePageAndApiRouteAnswersEachCallerAsTheMatrixSays() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String password = "matrix-password-" + suffix;
        TestDatabase.addUser("auditor-" + suffix, "AUDITOR", password);
        TestDatabase.addUser("operator-" + suffix, "OPERATOR", password);
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", new Caller(null, null));
        callers.put("AUDITOR", Caller.console(base, "auditor-" + suffix, password));
        callers.put("OPERATOR", Caller.console(base, "operator-" + suffix, password));
        callers.put("ADMIN", Caller.console(base, Credentials.ADMIN_USER, Credentials.adminPassword()));
        callers.put("key config:read", new Caller(null, "Bearer " + TestDatabase.addApiKey("matrix read " + suffix, "config:read")));
        callers.put("key config:write", new Caller(null, "Bearer " + TestDatabase.addApiKey("matrix write " + suffix,
                "config:read config:write")));

        //                                                     anon AUDIT OPER ADMIN kRead kWrite
        List<Row> matrix = List.of(
                new Row("GET", "login.xhtml", null,              200, 200, 200, 200, 200, 200),
                new Row("GET", "../health/ready", null,          200, 200, 200, 200, 200, 200),
                new Row("GET", "console/channels.xhtml", null,   302, 200, 200, 200, 302, 302),
                new Row("GET", "console/account.xhtml", null,    302, 200, 200, 200, 302, 302),
                new Row("GET", "console/users.xhtml", null,      302, 403, 403, 200, 302, 302),
                new Row("GET", "console/api-clients.xhtml", null, 302, 403, 403, 200, 302, 302),
                new Row("GET", "console/audit.xhtml", null,      302, 200, 403, 200, 302, 302),
                new Row("GET", "api/v1/channels", null,          401, 200, 200, 200, 200, 200),
                new Row("GET", "api/v1/channels/email", null,    401, 200, 200, 200, 200, 200),
                // Bodies that the rules refuse: an allowed caller gets the business answer (400/409),
                // a refused one never reaches it.
                new Row("POST", "api/v1/channels", "{\"name\":\"\"}", 401, 403, 403, 400, 403, 400),
                new Row("PUT", "api/v1/channels/email", "{\"key\":\"mail\"}", 401, 403, 403, 400, 403, 400),
                new Row("DELETE", "api/v1/channels/email", null,  401, 403, 403, 409, 403, 409));

        List<String> mismatches = new ArrayList<>();
        for (Row row : matrix) {
            for (int i = 0; i < CALLERS.size(); i++) {
                int status = callers.get(CALLERS.get(i)).status(base, row);
                if (status != row.expected[i]) {
                    mismatches.add(row.method + " " + row.path + " as " + CALLERS.get(i) + ": " + status
                            + " (expected " + row.expected[i] + ")");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    record Row(String method, String path, String body, int... expected) {
    }

    /** A caller: a console session (cookie) and/or an Authorization header; redirects are not followed. */
    record Caller(HttpClient session, String authorization) {

        static Caller console(URL base, String username, String password) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            String login = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher viewState = VIEW_STATE.matcher(login);
            assertThat(viewState.find()).isTrue();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login-form", "login-form");
            form.put("login-form:username", username);
            form.put("login-form:password", password);
            form.put("login-form:login", "");
            form.put("jakarta.faces.ViewState", viewState.group(1));
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&")))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).as(username + " signs in").isEqualTo(302);
            return new Caller(client, "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        int status(URL base, Row row) throws IOException, InterruptedException {
            HttpClient client = session != null ? session
                    : HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(row.path()))
                    .method(row.method(), row.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(row.body()));
            if (row.body() != null) {
                request.header("Content-Type", "application/json");
            }
            // The API is stateless: console users call it with their credentials, as the README says.
            if (authorization != null && row.path().startsWith("api/")) {
                request.header("Authorization", authorization);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
