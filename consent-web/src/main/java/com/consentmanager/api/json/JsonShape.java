package com.consentmanager.api.json;

import com.consentmanager.platform.FieldViolation;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a parsed JSON value against the Java type JSON-B will bind it to, before JSON-B sees it,
 * because JSON-B coerces: it turns {@code 123} and {@code true} into the strings "123" and "true",
 * {@code ["a"]} into "a", {@code "maybe"} into false, {@code 1.5} into 1, and skips the properties it
 * does not know. Here a single value must already be of its type ({@link JsonScalars}); a list, a set
 * or an array must be a JSON array; a map (text keys) a JSON object; a class a JSON object with only
 * the properties JSON-B would fill ({@link JsonbProperties}). {@code null} is refused only for a
 * primitive. Each refusal names its field by its path ({@code origin.userAgent},
 * {@code choices[2].state}; {@value #BODY} for the whole body); at most {@value #MAX_VIOLATIONS} are
 * kept. A type not modelled here fails with an {@link IllegalStateException}: a bug to fix here,
 * never an answer to the caller's input ({@code ApiBodyTypesTest} walks every body type of the API).
 */
final class JsonShape {

    static final String BODY = "body";
    static final int MAX_VIOLATIONS = 50;

    private enum Kind { SCALAR, ARRAY, MAP, OBJECT }

    private final List<FieldViolation> violations = new ArrayList<>();

    private JsonShape() {
    }

    /** What is wrong with the value for the type; empty when JSON-B may bind it. */
    static List<FieldViolation> violations(JsonValue value, Type type) {
        JsonShape shape = new JsonShape();
        shape.check(value, type, "");
        return shape.violations;
    }

    /** A record, or a concrete class of the application: what a request body is read into. */
    static boolean isBody(Class<?> type) {
        return !type.isPrimitive() && !type.isArray() && !type.isEnum() && !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers()) && !isPlatform(type);
    }

    /** Walks every type reachable from this one, failing on one that is not modelled. */
    static void describe(Type type) {
        describe(type, new HashSet<>());
    }

    static String property(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    private static void describe(Type type, Set<Class<?>> seen) {
        switch (kind(type)) {
            case ARRAY, MAP -> describe(element(type), seen);
            case OBJECT -> {
                if (seen.add(raw(type))) {
                    JsonbProperties.of(raw(type)).values().forEach(property -> describe(property, seen));
                }
            }
            case SCALAR -> {
            }
        }
    }

    private void check(JsonValue value, Type type, String path) {
        if (violations.size() >= MAX_VIOLATIONS) {
            return;
        }
        Kind kind = kind(type);
        if (value.getValueType() == ValueType.NULL) {
            if (raw(type).isPrimitive()) {
                refuse(path, "type.not_null");
            }
            return;
        }
        switch (kind) {
            case SCALAR -> JsonScalars.refusal(value, raw(type), field(path)).ifPresent(violations::add);
            case ARRAY -> {
                if (expect(value, ValueType.ARRAY, path, "type.array")) {
                    List<JsonValue> items = value.asJsonArray();
                    for (int index = 0; index < items.size(); index++) {
                        check(items.get(index), element(type), item(path, index));
                    }
                }
            }
            case MAP -> {
                if (expect(value, ValueType.OBJECT, path, "type.object")) {
                    value.asJsonObject().forEach((name, entry) -> check(entry, element(type), property(path, name)));
                }
            }
            case OBJECT -> {
                if (expect(value, ValueType.OBJECT, path, "type.object")) {
                    Map<String, Type> properties = JsonbProperties.of(raw(type));
                    value.asJsonObject().forEach((name, entry) -> {
                        if (properties.containsKey(name)) {
                            check(entry, properties.get(name), property(path, name));
                        } else {
                            refuse(property(path, name), "json.unknown_property", name);
                        }
                    });
                }
            }
        }
    }

    private boolean expect(JsonValue value, ValueType expected, String path, String messageKey) {
        if (value.getValueType() == expected) {
            return true;
        }
        refuse(path, messageKey);
        return false;
    }

    private void refuse(String path, String messageKey, Object... arguments) {
        if (violations.size() < MAX_VIOLATIONS) {
            violations.add(new FieldViolation(field(path), messageKey, arguments));
        }
    }

    static String field(String path) {
        return path.isEmpty() ? BODY : path;
    }

    private static Kind kind(Type type) {
        Class<?> raw = raw(type);
        if (JsonScalars.isScalar(raw)) {
            return Kind.SCALAR;
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            return Kind.ARRAY;
        } else if (Map.class.isAssignableFrom(raw) && argument(type, 0) == String.class) {
            return Kind.MAP;
        } else if (isBody(raw)) {
            return Kind.OBJECT;
        }
        throw new IllegalStateException("The strict JSON reading does not model " + type.getTypeName() + ": teach it to JsonShape");
    }

    /** The type of an array's, a collection's or a map's values. */
    private static Type element(Type type) {
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        Class<?> raw = raw(type);
        return raw.isArray() ? raw.getComponentType() : argument(type, Map.class.isAssignableFrom(raw) ? 1 : 0);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[index];
            return argument instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : argument;
        }
        throw new IllegalStateException("The strict JSON reading needs the type of the values of " + type.getTypeName());
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        } else if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        } else if (type instanceof GenericArrayType) {
            return Object[].class;
        } else if (type instanceof WildcardType wildcard) {
            return raw(wildcard.getUpperBounds()[0]);
        }
        throw new IllegalStateException("The strict JSON reading does not model " + type.getTypeName() + ": teach it to JsonShape");
    }

    private static boolean isPlatform(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.");
    }
}
