package com.consentmanager.importing.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a header or a value for matching: accents removed, lower case, trimmed, runs of spaces and
 * hyphens made one underscore. "Conseils Beauté - Date" and "conseils_beaute_date" fold alike.
 */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_]+");

    private Fold() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
    }
}
