package com.consentmanager.preference.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an unsubscribe request sent by mail carries: the subject the {@code mailto:} of
 * {@code List-Unsubscribe} prefills, {@code unsubscribe <token>} (mail clients may prefix it with
 * "Re:" or change its case). Anything else is not a request.
 */
public final class MailboxRequests {

    private static final Pattern SUBJECT = Pattern.compile("(?i)\\bunsubscribe\\s+([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])");

    private MailboxRequests() {
    }

    public static Optional<String> token(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher found = SUBJECT.matcher(subject);
        return found.find() ? Optional.of(found.group(1)) : Optional.empty();
    }
}
