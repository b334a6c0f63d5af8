package com.consentmanager.channel.control;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.platform.FieldViolation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of channel keys: generated from a name (lower case, accents folded, white space to
 * {@code _}), and when typed, non-empty, at most 64 characters, no white space, and only lower-case
 * letters, digits, {@code _ - .} so that the key is safe in URLs and files.
 */
public final class ChannelKeys {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s");
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9_.-]+");

    private ChannelKeys() {
    }

    /** "Courrier postal" → {@code courrier_postal}; "Téléphone fixe" → {@code telephone_fixe}. */
    public static String fromName(String name) {
        if (name == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        String key = NOT_ALLOWED.matcher(folded.replaceAll("\\s+", "_")).replaceAll("");
        key = key.replaceAll("_{2,}", "_").replaceAll("^[_.-]+|_+$", "");
        return key.length() > Channel.KEY_MAX_LENGTH ? key.substring(0, Channel.KEY_MAX_LENGTH) : key;
    }

    /** Why the key is refused, if it is. */
    public static Optional<FieldViolation> check(String field, String key) {
        if (key == null || key.isEmpty()) {
            return Optional.of(new FieldViolation(field, "channel.key.required"));
        }
        if (WHITE_SPACE.matcher(key).find()) {
            return Optional.of(new FieldViolation(field, "channel.key.white_space"));
        }
        if (key.length() > Channel.KEY_MAX_LENGTH) {
            return Optional.of(new FieldViolation(field, "channel.key.too_long", Channel.KEY_MAX_LENGTH));
        }
        if (!ALLOWED.matcher(key).matches()) {
            return Optional.of(new FieldViolation(field, "channel.key.characters"));
        }
        return Optional.empty();
    }
}
