package com.consentmanager.receipt.control;

import com.consentmanager.profile.entity.SourceType;

import java.util.Objects;

/**
 * The entry point a decision came through (DOMAIN.md rule 12). The receipt's "collection method"
 * sentence is not given here: the writer takes it from the source, in the receipt's language.
 *
 * @param source    the entry point
 * @param reference its reference (operation key, import job, API client...), or null
 */
public record ReceiptProvenance(SourceType source, String reference) {

    public ReceiptProvenance {
        Objects.requireNonNull(source, "source");
    }
}
