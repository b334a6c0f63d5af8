package com.consentmanager.receipt.control;

import com.consentmanager.platform.Languages;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One decision of one person, as its receipt tells it (ISO/IEC TS 27560 consent record): the
 * receipt's own random id, when the person decided and when it was recorded, the language of its
 * texts, the controller, the person's address, each purpose with its notice and channels, and where
 * the decision came from. The person is known only by their email address, which the receipt writes
 * masked; there is no place for an internal id.
 *
 * @param recordId     the receipt's identifier, random, never the id of a row
 * @param eventTime    when the person decided
 * @param recordedAt   when the product recorded it
 * @param language     {@code fr} or {@code en}: the language of names, notices and the collection method
 * @param controller   the data controller
 * @param subjectEmail the person's email address, unmasked (the writer masks it), or null when the
 *                     person is known only by an external id
 * @param purposes     at least one
 * @param provenance   the entry point the decision came through
 */
public record Receipt(UUID recordId, Instant eventTime, Instant recordedAt, String language, DataController controller,
                      String subjectEmail, List<ReceiptPurpose> purposes, ReceiptProvenance provenance) {

    public Receipt {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(provenance, "provenance");
        if (!Languages.isSupported(language)) {
            throw new IllegalArgumentException("A receipt is written in fr or en, not " + language);
        }
        purposes = List.copyOf(purposes);
        if (purposes.isEmpty()) {
            throw new IllegalArgumentException("A receipt is about at least one purpose");
        }
    }
}
