package com.consentmanager.preference.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What the preference centre shows a person: their address masked, whether they objected to all
 * marketing, and every purpose they can be offered or have a status for, in the page's language;
 * after a change, {@code receiptId} names its receipt (null when nothing changed).
 */
public record PreferencePage(String maskedEmail, boolean objected, List<Item> purposes, String receiptId) implements Serializable {

    /**
     * A purpose: a consent (accept or withdraw per channel) or a legal basis (a notice; {@code objectable}
     * when its point of Art. 6(1) is (e) or (f), where Art. 21 lets the person object). {@code version} is
     * the text shown, which a choice records.
     */
    public record Item(String key, boolean consent, String lawfulBasis, boolean objectable, boolean active, boolean doubleOptIn,
                       String partnerName, int version, String subject, String wording, String infoUrl, String additionalText,
                       List<Channel> channels) implements Serializable {
    }

    /**
     * The person's status on one channel: {@code ACCEPTED}, {@code REFUSED}, {@code PENDING} or {@code UNKNOWN};
     * {@code newText} when they accepted a text that has since changed materially.
     */
    public record Channel(String key, String name, String state, boolean newText) implements Serializable {
    }
}
