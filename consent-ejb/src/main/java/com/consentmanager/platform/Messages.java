package com.consentmanager.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Business messages (errors and validation texts) in the supported languages, shared by the
 * console, the REST API and remote callers. Keys live in {@code messages.properties}.
 */
public final class Messages {

    private static final String BUNDLE = "com.consentmanager.platform.messages";

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Languages.supported(locale),
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
