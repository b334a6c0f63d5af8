package com.consentmanager.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** An axe-core scan of the page in the browser, with axe's default rules (WCAG 2 A/AA and best practices). */
final class Accessibility {

    private static final String AXE = load();

    private Accessibility() {
    }

    /** Each violation as "rule (impact): help — the elements". Empty when the page passes. */
    static List<String> violations(WebDriver browser) {
        return violations(browser, null);
    }

    /** The same for the part of the page a CSS selector names (the whole page when null). */
    static List<String> violations(WebDriver browser, String selector) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript(AXE);
        Object result = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(arguments[0] || document).then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done('{"error":"' + e + '"}'));""", selector);
        String json = String.valueOf(result);
        if (json.startsWith("{")) {
            throw new AssertionError("axe-core failed: " + json);
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray violations = reader.readArray();
            return violations.getValuesAs(JsonObject.class).stream()
                    .map(violation -> violation.getString("id") + " (" + violation.getString("impact", "?") + "): "
                            + violation.getString("help") + " — " + violation.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                            .map(node -> node.getJsonArray("target").toString()).toList())
                    .toList();
        }
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
