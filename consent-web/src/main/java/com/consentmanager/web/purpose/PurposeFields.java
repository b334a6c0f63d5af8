package com.consentmanager.web.purpose;

import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.Languages;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the purpose editor shows each field that {@code PurposeManagement} may refuse: the client
 * id of its input (for checkbox groups, of the block around them, since a group cannot take back a
 * typed text), and the tab that holds it.
 */
final class PurposeFields {

    static final int CONFIGURATION_TAB = 0;
    static final int CHANNELS_TAB = 1;
    static final int DOUBLE_OPT_IN_TAB = 2;

    private static final String TABS = "editor:tabs:";
    private static final String MAIL = "doubleOptInMail.";

    /** Violation field names → client ids. */
    static final Map<String, String> CLIENT_IDS = clientIds();

    private PurposeFields() {
    }

    /** The first tab that holds a refused field; {@code current} when the refusal names none. */
    static int tabOf(BusinessException refusal, int current) {
        return refusal.getViolations().stream().map(FieldViolation::field).mapToInt(PurposeFields::tabOf).min().orElse(current);
    }

    private static int tabOf(String field) {
        return switch (field) {
            case "channels" -> CHANNELS_TAB;
            case "doubleOptIn" -> DOUBLE_OPT_IN_TAB;
            default -> field.startsWith(MAIL) ? DOUBLE_OPT_IN_TAB : CONFIGURATION_TAB;
        };
    }

    private static Map<String, String> clientIds() {
        Map<String, String> fields = new HashMap<>();
        fields.put("key", TABS + "key");
        fields.put("lawfulBasis", TABS + "lawful-basis");
        fields.put("partner", TABS + "partner");
        fields.put("channels", TABS + "channels-field");
        fields.put("doubleOptIn", TABS + "double-opt-in-field");
        fields.put(MAIL + "sender", TABS + "opt-in-sender");
        for (String language : Languages.ALL) {
            String texts = "texts." + language + ".";
            fields.put(texts + "subject", TABS + "subject-" + language);
            fields.put(texts + "wording", TABS + "wording-" + language);
            fields.put(texts + "infoUrl", TABS + "info-url-" + language);
            fields.put(texts + "additionalText", TABS + "additional-text-" + language);
            fields.put(MAIL + language + ".subject", TABS + "opt-in-subject-" + language);
            fields.put(MAIL + language + ".intro", TABS + "opt-in-intro-" + language);
        }
        return Map.copyOf(fields);
    }
}
