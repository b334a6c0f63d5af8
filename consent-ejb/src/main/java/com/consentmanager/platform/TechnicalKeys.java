package com.consentmanager.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of technical keys (channels, purposes, partners): generated from a name (lower case,
 * accents folded, white space to {@code _}), and when typed, non-empty, at most 64 characters, no
 * white space, and only lower-case letters, digits, {@code _ - .} so that a key is safe in URLs,
 * files and the column headers of imports. Refusals use the message keys
 * {@code <feature>.key.required|white_space|too_long|characters}.
 */
public final class TechnicalKeys {

    public static final int MAX_LENGTH = 64;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s");
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9_.-]+");

    private TechnicalKeys() {
    }

    /** "Courrier postal" → {@code courrier_postal}; "Conseils beauté" → {@code conseils_beaute}. */
    public static String fromText(String text) {
        if (text == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD)).replaceAll("")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        String key = NOT_ALLOWED.matcher(folded.replaceAll("\\s+", "_")).replaceAll("");
        key = key.replaceAll("_{2,}", "_").replaceAll("^[_.-]+", "");
        if (key.length() > MAX_LENGTH) {
            key = key.substring(0, MAX_LENGTH);
        }
        return key.replaceAll("[_.-]+$", "");
    }

    /** Why the key is refused, if it is; {@code feature} prefixes the message keys. */
    public static Optional<FieldViolation> check(String field, String key, String feature) {
        if (key == null || key.isEmpty()) {
            return Optional.of(new FieldViolation(field, feature + ".key.required"));
        }
        if (WHITE_SPACE.matcher(key).find()) {
            return Optional.of(new FieldViolation(field, feature + ".key.white_space"));
        }
        if (key.length() > MAX_LENGTH) {
            return Optional.of(new FieldViolation(field, feature + ".key.too_long", MAX_LENGTH));
        }
        if (!ALLOWED.matcher(key).matches()) {
            return Optional.of(new FieldViolation(field, feature + ".key.characters"));
        }
        return Optional.empty();
    }
}
