package com.consentmanager.platform;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * One refused input field: its name as the API and the console know it, and why. A plain class,
 * not a record: it travels inside exceptions to remote EJB clients, whose IIOP runtime cannot copy
 * records.
 */
public final class FieldViolation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public FieldViolation(String field, String messageKey, Object... arguments) {
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = portable(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String message(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }

    /** Numbers stay numbers (for formatting), everything else travels as text to remote clients. */
    static Object[] portable(Object... arguments) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof Number || argument == null ? argument : argument.toString())
                .toArray();
    }

    @Override
    public String toString() {
        return field + ": " + messageKey;
    }
}
