package com.consentmanager.platform;

import java.util.List;
import java.util.Locale;

/** The languages in which the product speaks to people: French (the default) and English. */
public final class Languages {

    public static final String FRENCH = "fr";
    public static final String ENGLISH = "en";
    public static final List<String> ALL = List.of(FRENCH, ENGLISH);
    public static final String DEFAULT = FRENCH;

    private Languages() {
    }

    public static boolean isSupported(String language) {
        return language != null && ALL.contains(language);
    }

    /** The supported locale closest to the given one (English for anything but French). */
    public static Locale supported(Locale locale) {
        return locale != null && FRENCH.equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
