package com.consentmanager.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawls every console page and every API route as each kind of caller and checks the allow/deny
 * matrix written in docs/operations-guide.md (section Security). A cell is the HTTP status the caller gets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final List<String> CALLERS = List.of("anonymous", "AUDITOR", "OPERATOR", "ADMIN", "key config:read", "key config:write");

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

        long profile = aProfile("matrix-" + suffix + "@example.com");
        String operation = anOperation("matrix_" + suffix);

        //                                                     anon AUDIT OPER ADMIN kRead kWrite
        List<Row> matrix = List.of(
                new Row("GET", "login.xhtml", null,              200, 200, 200, 200, 200, 200),
                new Row("GET", "../health/ready", null,          200, 200, 200, 200, 200, 200),
                new Row("GET", "console/channels.xhtml", null,   302, 200, 200, 200, 302, 302),
                new Row("GET", "console/dashboard.xhtml", null,  302, 200, 200, 200, 302, 302),
                new Row("GET", "console/account.xhtml", null,    302, 200, 200, 200, 302, 302),
                new Row("GET", "console/users.xhtml", null,      302, 403, 403, 200, 302, 302),
                new Row("GET", "console/api-clients.xhtml", null, 302, 403, 403, 200, 302, 302),
                new Row("GET", "console/audit.xhtml", null,      302, 200, 403, 200, 302, 302),
                new Row("GET", "console/purposes.xhtml", null,   302, 200, 200, 200, 302, 302),
                new Row("GET", "console/purpose.xhtml?key=commercial_email", null, 302, 200, 200, 200, 302, 302),
                new Row("GET", "console/purpose.xhtml?kind=CONSENT", null, 302, 403, 403, 200, 302, 302),
                new Row("GET", "console/purpose.xhtml?key=no_such_purpose", null, 302, 404, 404, 404, 302, 302),
                new Row("GET", "console/purpose-versions.xhtml?key=commercial_email", null, 302, 200, 200, 200, 302, 302),
                new Row("GET", "console/partners.xhtml", null,   302, 200, 200, 200, 302, 302),
                new Row("GET", "public/partners.xhtml", null,    200, 200, 200, 200, 200, 200),
                new Row("GET", "console/operations.xhtml", null, 302, 200, 200, 200, 302, 302),
                new Row("GET", "console/operation.xhtml?key=" + operation, null, 302, 200, 200, 200, 302, 302),
                new Row("GET", "console/operation.xhtml", null,  302, 403, 200, 200, 302, 302),
                new Row("GET", "console/operation.xhtml?key=no_such_operation", null, 302, 404, 404, 404, 302, 302),
                new Row("GET", "api/v1/channels", null,          401, 200, 200, 200, 200, 200),
                new Row("GET", "api/v1/channels/email", null,    401, 200, 200, 200, 200, 200),
                // Bodies that the rules refuse: an allowed caller gets the business answer (400/409),
                // a refused one never reaches it.
                new Row("POST", "api/v1/channels", "{\"name\":\"\"}", 401, 403, 403, 400, 403, 400),
                new Row("PUT", "api/v1/channels/email", "{\"key\":\"mail\"}", 401, 403, 403, 400, 403, 400),
                new Row("DELETE", "api/v1/channels/email", null,  401, 403, 403, 409, 403, 409),
                new Row("GET", "api/v1/purposes", null,          401, 200, 200, 200, 200, 200),
                new Row("GET", "api/v1/purposes/commercial_email", null, 401, 200, 200, 200, 200, 200),
                new Row("GET", "api/v1/purposes/commercial_email/versions", null, 401, 200, 200, 200, 200, 200),
                new Row("GET", "api/v1/partners", null,          401, 200, 200, 200, 200, 200),
                new Row("POST", "api/v1/purposes", "{\"kind\":\"CONSENT\"}", 401, 403, 403, 400, 403, 400),
                new Row("PUT", "api/v1/purposes/commercial_email", "{\"channels\":[]}", 401, 403, 403, 400, 403, 400),
                new Row("POST", "api/v1/purposes/commercial_email/archive", null, 401, 403, 403, 409, 403, 409),
                new Row("DELETE", "api/v1/purposes/commercial_email", null, 401, 403, 403, 409, 403, 409),
                new Row("POST", "api/v1/partners", "{\"name\":\"\"}", 401, 403, 403, 400, 403, 400),
                new Row("DELETE", "api/v1/partners/no_such_partner", null, 401, 403, 403, 404, 403, 404),
                new Row("GET", "api/v1/gate?channel=email&email=nobody@example.com", null, 401, 200, 200, 200, 403, 403),
                new Row("POST", "api/v1/gate/filter", "{\"channel\":\"email\",\"profiles\":[]}", 401, 400, 400, 400, 403, 403),
                new Row("POST", "api/v1/submissions", "{\"email\":\"x\"}", 401, 403, 400, 400, 403, 403),
                new Row("POST", "api/v1/profiles/objections", "{}", 401, 403, 400, 400, 403, 403),
                new Row("GET", "public/form.xhtml?operation=no_such_operation", null, 200, 200, 200, 200, 200, 200),
                new Row("GET", "console/expiry.xhtml", null,     302, 200, 200, 200, 302, 302),
                new Row("GET", "public/renew.xhtml?token=nope", null, 200, 200, 200, 200, 200, 200),
                new Row("POST", "api/v1/activities", "{}",        401, 403, 400, 400, 403, 403),
                new Row("POST", "api/v1/activities/bulk", "{\"activities\":[]}", 401, 403, 400, 400, 403, 403),
                new Row("GET", "api/v1/operations", null,        401, 200, 200, 200, 200, 200),
                new Row("GET", "api/v1/operations/no_such_operation", null, 401, 404, 404, 404, 404, 404),
                // Operations are run by marketing: operators and admins (operations:write), not config:write.
                new Row("POST", "api/v1/operations", "{\"name\":\"\"}", 401, 403, 400, 400, 403, 403),
                new Row("GET", "api/v1/operations/no_such_operation/form", null, 401, 403, 404, 404, 403, 403),
                new Row("POST", "api/v1/operations/no_such_operation/submissions", "{}", 401, 403, 404, 404, 403, 403),
                // Imports: operators and admins (imports:write); nobody else sees an import.
                new Row("GET", "console/imports.xhtml", null,    302, 403, 200, 200, 302, 302),
                new Row("GET", "api/v1/imports/999999999", null, 401, 403, 404, 404, 403, 403),
                new Row("GET", "api/v1/imports/999999999/errors", null, 401, 403, 404, 404, 403, 403),
                new Row("POST", "api/v1/imports/999999999/run", null, 401, 403, 404, 404, 403, 403),
                new Row("GET", "console/profiles.xhtml", null,   302, 200, 200, 200, 302, 302),
                new Row("GET", "console/confirmations.xhtml", null, 302, 200, 200, 200, 302, 302),
                new Row("GET", "console/gate-tester.xhtml", null, 302, 200, 200, 200, 302, 302),
                new Row("GET", "console/profile.xhtml?id=" + profile, null, 302, 200, 200, 200, 302, 302),
                new Row("GET", "console/profile.xhtml?id=0", null, 302, 404, 404, 404, 302, 302),
                new Row("GET", "console/profile.xhtml?id=abc", null, 302, 404, 404, 404, 302, 302),
                new Row("GET", "api/v1/profiles/export?email=nobody@example.com", null, 401, 403, 404, 404, 403, 403),
                // Erasure: console administrators only, whatever scopes a key or a role brings.
                new Row("POST", "api/v1/profiles/erasures", "{}", 401, 403, 403, 400, 403, 403));

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

    /** A person to open in the console (inserted as the product stores one, without any decision). */
    private static long aProfile(String email) throws java.sql.SQLException {
        try (java.sql.Connection connection = TestDatabase.connect(); java.sql.PreparedStatement insert = connection.prepareStatement(
                "insert into profile (email, language, created_at, updated_at) values (?, 'fr', now(), now()) returning id")) {
            insert.setString(1, email);
            try (java.sql.ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /** A draft operation to open in the console (inserted as the product stores one). */
    private static String anOperation(String key) throws java.sql.SQLException {
        try (java.sql.Connection connection = TestDatabase.connect(); java.sql.PreparedStatement insert = connection.prepareStatement(
                "insert into operation (operation_key, name, created_at, updated_at) values (?, ?, now(), now())")) {
            insert.setString(1, key);
            insert.setString(2, "Matrix " + key);
            insert.executeUpdate();
        }
        return key;
    }

    record Row(String method, String path, String body, int... expected) {
    }

    /** A caller: a console session (cookie) and/or an Authorization header; redirects are not followed. */
    record Caller(HttpClient session, String authorization) {

        static Caller console(URL base, String username, String password) throws IOException, InterruptedException {
            ConsoleHttp console = new ConsoleHttp(base, HttpClient.Redirect.NEVER);
            assertThat(console.signIn(username, password).statusCode()).as(username + " signs in").isEqualTo(302);
            return new Caller(console.client(), "Basic " + java.util.Base64.getEncoder()
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
            // The API is stateless: console users call it with their credentials, as docs/integration-guide.md says.
            if (authorization != null && row.path().startsWith("api/")) {
                request.header("Authorization", authorization);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
