package com.consentmanager.receipt.control;

import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.EventType;

import java.util.Objects;

/**
 * What the decision did on one channel for one purpose, as one piece of evidence records it.
 *
 * @param key           the channel's key ({@code email}, {@code sms}...)
 * @param name          its public name in the receipt's language
 * @param state         the status after the decision
 * @param previousState the status before
 * @param eventType     what happened
 * @param evidenceId    the id of the evidence entry in the ledger, as text
 */
public record ReceiptChannel(String key, String name, ConsentState state, ConsentState previousState, EventType eventType,
                             String evidenceId) {

    public ReceiptChannel {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(previousState, "previousState");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(evidenceId, "evidenceId");
    }
}
