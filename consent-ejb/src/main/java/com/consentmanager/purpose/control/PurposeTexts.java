package com.consentmanager.purpose.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.Sha256;
import com.consentmanager.platform.WebAddresses;
import com.consentmanager.purpose.entity.PurposeText;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of a purpose's texts, and their canonical form. The default language (French) is
 * required; another language is optional (missing, it falls back to French) but complete when
 * given. Subject and wording are required, the info link is an absolute http(s) URL, lengths are
 * bounded, control characters other than line breaks and tabs are refused. Texts are stored as
 * typed (markup included): pages escape them.
 */
public final class PurposeTexts {

    private PurposeTexts() {
    }

    /** Trimmed, line breaks as {@code \n}, blank optional fields as null; a blank language is dropped. */
    public static Map<String, PurposeText> normalise(Map<String, String[]> texts) {
        Map<String, PurposeText> normalised = new TreeMap<>();
        texts.forEach((language, fields) -> {
            String subject = line(fields[0]);
            String wording = block(fields[1]);
            String infoUrl = line(fields[2]);
            String additional = block(fields[3]);
            if (subject != null || wording != null || infoUrl != null || additional != null) {
                normalised.put(language, new PurposeText(empty(subject), empty(wording), infoUrl, additional));
            }
        });
        return normalised;
    }

    /** Every broken rule, with the field as {@code texts.<language>.<name>}. */
    public static void check(Map<String, PurposeText> texts, List<FieldViolation> violations) {
        texts.keySet().stream()
                .filter(language -> !Languages.isSupported(language))
                .forEach(language -> violations.add(new FieldViolation("texts." + language, "language.unsupported", language)));
        if (!texts.containsKey(Languages.DEFAULT)) {
            violations.add(new FieldViolation("texts." + Languages.DEFAULT + ".subject", "purpose.subject.required"));
            violations.add(new FieldViolation("texts." + Languages.DEFAULT + ".wording", "purpose.wording.required"));
        }
        texts.forEach((language, text) -> {
            if (!Languages.isSupported(language)) {
                return;
            }
            String prefix = "texts." + language + ".";
            required(prefix + "subject", text.getSubject(), PurposeText.SUBJECT_MAX_LENGTH, "purpose.subject", violations);
            required(prefix + "wording", text.getWording(), PurposeText.WORDING_MAX_LENGTH, "purpose.wording", violations);
            if (text.getInfoUrl() != null) {
                WebAddresses.check(prefix + "infoUrl", text.getInfoUrl(), PurposeText.INFO_URL_MAX_LENGTH)
                        .ifPresent(violations::add);
            }
            if (text.getAdditionalText() != null) {
                if (text.getAdditionalText().length() > PurposeText.ADDITIONAL_TEXT_MAX_LENGTH) {
                    violations.add(new FieldViolation(prefix + "additionalText", "purpose.additional_text.too_long",
                            PurposeText.ADDITIONAL_TEXT_MAX_LENGTH));
                } else if (hasControlCharacters(text.getAdditionalText())) {
                    violations.add(new FieldViolation(prefix + "additionalText", "text.control_characters"));
                }
            }
        });
    }

    /**
     * The canonical text of a version, whose SHA-256 identifies it: per language in alphabetical
     * order, language, subject, wording, info link and additional text separated by U+001F (absent
     * ones empty), each language ended by U+001E. The migration that created the default purposes
     * computes the same in SQL.
     */
    public static String canonical(Map<String, PurposeText> texts) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(texts).forEach((language, text) -> canonical.append(language).append('\u001f')
                .append(text.getSubject()).append('\u001f')
                .append(text.getWording()).append('\u001f')
                .append(Objects.toString(text.getInfoUrl(), "")).append('\u001f')
                .append(Objects.toString(text.getAdditionalText(), "")).append('\u001e'));
        return canonical.toString();
    }

    public static String sha256(Map<String, PurposeText> texts) {
        return Sha256.hex(canonical(texts));
    }

    /** Whether two sets of texts say exactly the same. */
    public static boolean same(Map<String, PurposeText> left, Map<String, PurposeText> right) {
        return canonical(left).equals(canonical(right));
    }

    /** Adds "before -> after" for every text field that changes, per language, as the audit trail records changes. */
    public static void describeChanges(Map<String, PurposeText> before, Map<String, PurposeText> after,
                                       Map<String, Object> details) {
        Set<String> languages = new LinkedHashSet<>(before.keySet());
        languages.addAll(after.keySet());
        for (String language : languages) {
            PurposeText old = before.get(language);
            PurposeText now = after.get(language);
            String prefix = "texts." + language + ".";
            change(details, prefix + "subject", old == null ? null : old.getSubject(), now == null ? null : now.getSubject());
            change(details, prefix + "wording", old == null ? null : old.getWording(), now == null ? null : now.getWording());
            change(details, prefix + "infoUrl", old == null ? null : old.getInfoUrl(), now == null ? null : now.getInfoUrl());
            change(details, prefix + "additionalText", old == null ? null : old.getAdditionalText(),
                    now == null ? null : now.getAdditionalText());
        }
    }

    /** Puts "before -> after" under the field when they differ. */
    static void change(Map<String, Object> details, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            details.put(field, before + " -> " + after);
        }
    }

    private static void required(String field, String value, int maxLength, String rule, List<FieldViolation> violations) {
        if (value == null || value.isEmpty()) {
            violations.add(new FieldViolation(field, rule + ".required"));
        } else if (value.length() > maxLength) {
            violations.add(new FieldViolation(field, rule + ".too_long", maxLength));
        } else if (hasControlCharacters(value)) {
            violations.add(new FieldViolation(field, "text.control_characters"));
        }
    }

    static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
    }

    static String line(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip().replaceAll("[\\r\\n]+", " ").replaceAll(" {2,}", " ");
        return stripped.isEmpty() ? null : stripped;
    }

    static String block(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }
}
