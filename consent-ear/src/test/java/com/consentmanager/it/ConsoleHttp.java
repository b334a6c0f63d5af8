package com.consentmanager.it;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console over plain HTTP, as a browser without JavaScript would use it: a cookie jar, Faces
 * forms posted with their view state, the login form.
 */
final class ConsoleHttp {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URL base;
    private final HttpClient client;

    ConsoleHttp(URL base, HttpClient.Redirect redirects) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(redirects)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    HttpClient client() {
        return client;
    }

    /** Posts the login form; the answer is the redirect (or, when following, the page it leads to). */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String login = get("login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("login-form:username", username);
        form.put("login-form:password", password);
        form.put("login-form:login", "");
        form.put("jakarta.faces.ViewState", viewState(login));
        return post("login.xhtml", form);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertThat(matcher.find()).as("the page has a view state").isTrue();
        return matcher.group(1);
    }
}
