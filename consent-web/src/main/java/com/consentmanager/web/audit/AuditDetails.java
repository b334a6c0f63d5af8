package com.consentmanager.web.audit;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.io.StringReader;
import java.util.List;

/**
 * The details of an audit event as auditors read them: "name: value" lines in the order they were
 * recorded, rather than the JSON object the audit log stores (flat, with string or null values).
 * Anything else (older or hand-written rows) shows as one line of text. The page escapes both parts.
 */
public final class AuditDetails {

    private AuditDetails() {
    }

    /** One recorded detail; {@code name} is empty for details that were not a JSON object. */
    public record Detail(String name, String value) implements Serializable {
    }

    static List<Detail> of(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object.entrySet().stream().map(entry -> new Detail(entry.getKey(), text(entry.getValue()))).toList();
            }
        } catch (JsonException | IllegalStateException notJson) {
            // shown as it is below
        }
        return List.of(new Detail("", json));
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value.getValueType() == JsonValue.ValueType.NULL ? "" : value.toString();
    }
}
