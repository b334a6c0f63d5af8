package com.consentmanager.api.json;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one JSON value from a request body, more strictly than JSON-P alone: UTF-8 only (RFC 8259
 * §8.1; a byte that is not UTF-8 is refused, not replaced), nothing but white space after the value,
 * no property given twice in one object (JSON-P would keep the last silently), at most
 * {@value #MAX_DEPTH} levels of nesting, no number longer than {@value #MAX_NUMBER_LENGTH} characters.
 * An empty body reads as {@code null}, so that a resource says "a body is required" as it always did.
 */
final class JsonText {

    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 64;

    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonText() {
    }

    /**
     * The value, or {@code null} for an empty body; an {@link InvalidInputException} for a body that
     * is not strict JSON; a {@link ProcessingException} when the body cannot be read at all (the
     * connection broke), which the API answers as an unreadable body.
     */
    static JsonValue read(InputStream body) {
        PushbackReader reader = new PushbackReader(new InputStreamReader(unclosable(body), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            if (isBlank(reader)) {
                return null;
            }
            try (JsonParser parser = JSON.createParser(reader)) {
                List<FieldViolation> duplicates = new ArrayList<>();
                JsonValue value = value(parser, parser.next(), "", 1, duplicates);
                refuseTrailingContent(parser);
                if (!duplicates.isEmpty()) {
                    throw new InvalidInputException(duplicates);
                }
                return value;
            }
        } catch (JsonParsingException e) {
            throw refusal("json.syntax", e.getLocation());
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(JsonShape.BODY, "json.encoding");
        } catch (JsonException e) {
            // JSON-P wraps the reader's failures, a byte that is not UTF-8 among them
            if (e.getCause() instanceof CharacterCodingException) {
                throw InvalidInputException.of(JsonShape.BODY, "json.encoding");
            }
            throw new ProcessingException("The body could not be read", e);
        } catch (IOException e) {
            throw new ProcessingException("The body could not be read", e);
        }
    }

    /** Skips leading white space; true when nothing else is left. */
    private static boolean isBlank(PushbackReader reader) throws IOException {
        int next;
        do {
            next = reader.read();
        } while (next == ' ' || next == '\t' || next == '\n' || next == '\r');
        if (next == -1) {
            return true;
        }
        reader.unread(next);
        return false;
    }

    private static void refuseTrailingContent(JsonParser parser) {
        try {
            if (!parser.hasNext()) {
                return;
            }
        } catch (JsonParsingException e) {
            throw refusal("json.trailing_content", e.getLocation());
        }
        throw refusal("json.trailing_content", parser.getLocation());
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, String path, int depth,
                                   List<FieldViolation> duplicates) {
        if (depth > MAX_DEPTH && (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY)) {
            throw InvalidInputException.of(JsonShape.BODY, "json.too_deep", MAX_DEPTH);
        }
        return switch (event) {
            case START_OBJECT -> object(parser, path, depth, duplicates);
            case START_ARRAY -> array(parser, path, depth, duplicates);
            case VALUE_STRING -> JSON.createValue(parser.getString());
            case VALUE_NUMBER -> number(parser, path);
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new JsonParsingException("Unexpected " + event, parser.getLocation());
        };
    }

    /** JSON-P implementations refuse very long numbers in their own ways (Parsson throws an UnsupportedOperationException): refused here first. */
    private static JsonValue number(JsonParser parser, String path) {
        if (parser.getString().length() > MAX_NUMBER_LENGTH) {
            throw InvalidInputException.of(JsonShape.field(path), "json.number_too_long", MAX_NUMBER_LENGTH);
        }
        return JSON.createValue(parser.getBigDecimal());
    }

    private static JsonValue object(JsonParser parser, String path, int depth, List<FieldViolation> duplicates) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> names = new HashSet<>();
        while (parser.next() == JsonParser.Event.KEY_NAME) {
            String name = parser.getString();
            String child = JsonShape.property(path, name);
            if (!names.add(name)) {
                duplicates.add(new FieldViolation(child, "json.duplicate_property", name));
            }
            object.add(name, value(parser, parser.next(), child, depth + 1, duplicates));
        }
        return object.build();
    }

    private static JsonValue array(JsonParser parser, String path, int depth, List<FieldViolation> duplicates) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        JsonParser.Event event;
        int index = 0;
        while ((event = parser.next()) != JsonParser.Event.END_ARRAY) {
            array.add(value(parser, event, JsonShape.item(path, index++), depth + 1, duplicates));
        }
        return array.build();
    }

    /** The runtime owns the entity stream (MessageBodyReader's contract): closing the parser must leave it open. */
    private static InputStream unclosable(InputStream body) {
        return new FilterInputStream(body) {
            @Override
            public void close() {
            }
        };
    }

    private static InvalidInputException refusal(String key, JsonLocation location) {
        return InvalidInputException.of(JsonShape.BODY, key, location.getLineNumber(), location.getColumnNumber());
    }
}
