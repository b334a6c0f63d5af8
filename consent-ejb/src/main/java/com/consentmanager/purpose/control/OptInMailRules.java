package com.consentmanager.purpose.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.Languages;
import com.consentmanager.purpose.entity.OptInMail;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules of a purpose's double opt-in mail texts: every field optional (blank is "the
 * default"); the sender is one bare email address (no display name, which would let an admin
 * impersonate anyone in a mail client's list); subjects are one line; lengths bounded; no control
 * characters other than line breaks and tabs in the intro. Fields are named
 * {@code doubleOptInMail.sender} and {@code doubleOptInMail.<language>.subject|intro}.
 */
public final class OptInMailRules {

    static final String FIELD = "doubleOptInMail.";

    private OptInMailRules() {
    }

    /** Trimmed, blank as null, the subject on one line; languages other than fr/en are dropped. */
    public static OptInMail normalise(String sender, Map<String, String> subjects, Map<String, String> intros) {
        Map<String, String> oneLine = new TreeMap<>();
        Map<String, String> blocks = new TreeMap<>();
        for (String language : Languages.ALL) {
            oneLine.put(language, PurposeTexts.line(subjects.get(language)));
            blocks.put(language, PurposeTexts.block(intros.get(language)));
        }
        return new OptInMail(PurposeTexts.line(sender), oneLine, blocks);
    }

    public static void check(OptInMail mail, List<FieldViolation> violations) {
        String sender = mail.getSender();
        if (sender != null && (sender.length() > OptInMail.SENDER_MAX_LENGTH || !isBareAddress(sender))) {
            violations.add(new FieldViolation(FIELD + "sender", "purpose.opt_in_mail.sender.invalid", sender));
        }
        for (String language : Languages.ALL) {
            bounded(FIELD + language + ".subject", mail.subject(language), OptInMail.SUBJECT_MAX_LENGTH, violations);
            bounded(FIELD + language + ".intro", mail.intro(language), OptInMail.INTRO_MAX_LENGTH, violations);
        }
    }

    /** Adds "before -> after" for every field that changes, as the audit trail records changes. */
    public static void describeChanges(OptInMail before, OptInMail after, Map<String, Object> details) {
        PurposeTexts.change(details, FIELD + "sender", before.getSender(), after.getSender());
        for (String language : Languages.ALL) {
            PurposeTexts.change(details, FIELD + language + ".subject", before.subject(language), after.subject(language));
            PurposeTexts.change(details, FIELD + language + ".intro", before.intro(language), after.intro(language));
        }
    }

    private static void bounded(String field, String value, int maxLength, List<FieldViolation> violations) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            violations.add(new FieldViolation(field, "purpose.opt_in_mail.too_long", maxLength));
        } else if (PurposeTexts.hasControlCharacters(value)) {
            violations.add(new FieldViolation(field, "text.control_characters"));
        }
    }

    private static boolean isBareAddress(String sender) {
        try {
            InternetAddress address = new InternetAddress(sender, true);
            address.validate();
            return address.getPersonal() == null && sender.equals(address.getAddress()) && sender.indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }
}
