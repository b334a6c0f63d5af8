package com.consentmanager.profile.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.profile.entity.Profile;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How people are identified: emails lower-cased and trimmed, external ids as given (at most
 * 250 characters, no control characters). Phones are {@link PhoneNumbers}' (a setting: their region).
 */
public final class Identities {

    /**
     * The one rule for an address, everywhere (forms, API, import, gate, objections): a dot-atom local
     * part (RFC 5322: letters, digits and {@code !#$%&'*+/=?^_`{|}~.-}, any script's letters too) and
     * a domain of at least two labels of letters, digits and hyphens. No angle brackets, quotes,
     * spaces or commas: what a mail client would read as markup or as a list never passes.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

    /** RFC 5321: the part before the {@code @} has at most 64 characters. */
    static final int LOCAL_PART_MAX_LENGTH = 64;

    private Identities() {
    }

    public static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String externalId(String externalId) {
        return externalId == null || externalId.isBlank() ? null : externalId.strip();
    }

    public static void checkEmail(String field, String email, List<FieldViolation> violations) {
        if (email != null && (email.length() > Profile.EMAIL_MAX_LENGTH || email.indexOf('@') > LOCAL_PART_MAX_LENGTH
                || !EMAIL.matcher(email).matches())) {
            violations.add(new FieldViolation(field, "profile.email.invalid", email));
        }
    }

    public static void checkExternalId(String field, String externalId, List<FieldViolation> violations) {
        if (externalId == null) {
            return;
        }
        if (externalId.length() > Profile.EXTERNAL_ID_MAX_LENGTH) {
            violations.add(new FieldViolation(field, "profile.external_id.too_long", Profile.EXTERNAL_ID_MAX_LENGTH));
        } else if (externalId.chars().anyMatch(Character::isISOControl)) {
            violations.add(new FieldViolation(field, "text.control_characters"));
        }
    }
}
