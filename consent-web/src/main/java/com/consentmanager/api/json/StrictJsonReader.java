package com.consentmanager.api.json;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one reading of JSON request bodies in the API: strict where JSON-B alone is lenient. The body
 * is parsed with JSON-P ({@link JsonText}: one value, nothing after it, no property twice), checked
 * against the Java type ({@link JsonShape}: no coercion, no unknown property, dates that parse),
 * and only then bound by JSON-B, so that names and formats stay JSON-B's. Every refusal is an
 * {@link InvalidInputException} naming the fields by their JSON paths, which the API answers as a
 * 400 problem; an empty body reads as {@code null}.
 * <p>
 * An application provider is preferred over the server's own JSON-B provider for the same media
 * type (Jakarta REST 3.1 §4.1.3); the priority also puts it ahead of providers that claim one
 * (RESTEasy's JSON-B provider says {@code USER - 100}).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER - 200)
public class StrictJsonReader implements MessageBodyReader<Object> {

    private static final Logger LOG = Logger.getLogger(StrictJsonReader.class.getName());

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && JsonShape.isBody(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        JsonValue value = JsonText.read(entityStream);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        List<FieldViolation> violations = JsonShape.violations(value, genericType);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        try {
            return jsonb.fromJson(value.toString(), genericType);
        } catch (JsonbException e) {
            // JsonShape let through what JSON-B cannot bind (or a setter refused it): still the caller's body
            LOG.log(Level.WARNING, "JSON-B refused a body the strict reading accepted, as " + genericType.getTypeName(), e);
            throw InvalidInputException.of(JsonShape.BODY, "error.malformed_json");
        }
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && "application".equalsIgnoreCase(mediaType.getType())
                && ("json".equalsIgnoreCase(mediaType.getSubtype()) || mediaType.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
