package com.consentmanager.profile.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.profile.entity.Profile;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How people are identified: emails lower-cased and trimmed, phones in E.164 (a French national
 * number 0X XX XX XX XX becomes +33 X XX XX XX XX; 00 becomes +), external ids as given (at most
 * 250 characters, no control characters).
 */
public final class Identities {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()/]");

    private Identities() {
    }

    public static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = PHONE_SEPARATORS.matcher(phone.strip()).replaceAll("");
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (digits.matches("0[1-9][0-9]{8}")) {
            return "+33" + digits.substring(1);
        }
        return digits;
    }

    public static String externalId(String externalId) {
        return externalId == null || externalId.isBlank() ? null : externalId.strip();
    }

    public static void checkEmail(String field, String email, List<FieldViolation> violations) {
        if (email != null && (email.length() > Profile.EMAIL_MAX_LENGTH || !EMAIL.matcher(email).matches())) {
            violations.add(new FieldViolation(field, "profile.email.invalid", email));
        }
    }

    public static void checkPhone(String field, String phone, List<FieldViolation> violations) {
        if (phone != null && !E164.matcher(phone).matches()) {
            violations.add(new FieldViolation(field, "profile.phone.invalid", phone));
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
