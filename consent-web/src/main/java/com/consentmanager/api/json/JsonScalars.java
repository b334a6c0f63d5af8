package com.consentmanager.api.json;

import com.consentmanager.platform.FieldViolation;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The single values a body may hold, each with the only JSON it accepts (where JSON-B would coerce):
 * a string for a {@code String}; {@code true} or {@code false} for a boolean; a whole number in
 * range for an integer ({@code 2.0} and {@code 1E+2} are whole, {@code 1.5} is not); a finite number
 * for a decimal; a constant's name for an enum; a string that parses in JSON-B's default ISO format
 * for a date or a time (JSON-B 3.0 §3.5; Yasson parses with these very formatters).
 */
final class JsonScalars {

    private record Time(String messageKey, Function<String, Object> parse) {
    }

    private static final Map<Class<?>, long[]> INTEGERS = Map.of(
            byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE}, Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE}, Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
    private static final Set<Class<?>> DECIMALS = Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);
    private static final Map<Class<?>, Time> TIMES = Map.of(
            Instant.class, new Time("type.date_time", text -> Instant.from(DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC).parse(text))),
            OffsetDateTime.class, new Time("type.date_time", text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
            ZonedDateTime.class, new Time("type.date_time", text -> ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME)),
            LocalDateTime.class, new Time("type.local_date_time", text -> LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)),
            LocalDate.class, new Time("type.date", text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE)));

    private JsonScalars() {
    }

    static boolean isScalar(Class<?> type) {
        return type == String.class || type == boolean.class || type == Boolean.class || INTEGERS.containsKey(type)
                || DECIMALS.contains(type) || type.isEnum() || TIMES.containsKey(type);
    }

    /** Why the value does not fit the scalar type (never null: the caller deals with null), or nothing. */
    static Optional<FieldViolation> refusal(JsonValue value, Class<?> type, String field) {
        if (type == String.class) {
            if (value.getValueType() != ValueType.STRING) {
                return refusedUnless(false, field, "type.string");
            }
            return refusedUnless(isStorableText(((JsonString) value).getString()), field, "type.text_characters");
        } else if (type == boolean.class || type == Boolean.class) {
            return refusedUnless(value.getValueType() == ValueType.TRUE || value.getValueType() == ValueType.FALSE, field, "type.boolean");
        } else if (INTEGERS.containsKey(type)) {
            long[] range = INTEGERS.get(type);
            return refusedUnless(isWholeIn(value, range), field, "type.integer", range[0], range[1]);
        } else if (DECIMALS.contains(type)) {
            return refusedUnless(isFinite(value, type), field, "type.number");
        } else if (type.isEnum()) {
            Set<String> names = Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return refusedUnless(value.getValueType() == ValueType.STRING && names.contains(((JsonString) value).getString()),
                    field, "type.enum", String.join(", ", names));
        }
        Time time = TIMES.get(type);
        return refusedUnless(parses(value, time), field, time.messageKey());
    }

    /**
     * Text the database can keep as sent: no NUL (PostgreSQL refuses it in text) and no half of a
     * surrogate pair (not a character at all). Other control characters (tabs, line breaks) pass: a
     * wording may have them; fields that must not are checked where they are known.
     */
    static boolean isStorableText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWholeIn(JsonValue value, long[] range) {
        if (value.getValueType() != ValueType.NUMBER) {
            return false;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        return whole && number.compareTo(BigDecimal.valueOf(range[0])) >= 0 && number.compareTo(BigDecimal.valueOf(range[1])) <= 0;
    }

    private static boolean isFinite(JsonValue value, Class<?> type) {
        if (value.getValueType() != ValueType.NUMBER) {
            return false;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        return type == BigDecimal.class
                || (type == float.class || type == Float.class ? Float.isFinite(number.floatValue()) : Double.isFinite(number.doubleValue()));
    }

    private static boolean parses(JsonValue value, Time time) {
        if (value.getValueType() != ValueType.STRING) {
            return false;
        }
        try {
            time.parse().apply(((JsonString) value).getString());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Optional<FieldViolation> refusedUnless(boolean fits, String field, String messageKey, Object... arguments) {
        return fits ? Optional.empty() : Optional.of(new FieldViolation(field, messageKey, arguments));
    }
}
