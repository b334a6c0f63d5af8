package com.consentmanager.receipt.control;

import com.consentmanager.purpose.entity.LawfulBasis;
import com.consentmanager.purpose.entity.PurposeKind;

import java.util.List;
import java.util.Objects;

/**
 * One purpose of a receipt: what it is, on which point of Art. 6(1) it stands, the version of its
 * wording and the notice the person was shown, and what the decision did on each channel.
 *
 * @param key      the purpose's key
 * @param name     its subject in the receipt's language
 * @param kind     consent or legal basis
 * @param basis    its point of Art. 6(1); (a) for a consent and only then
 * @param version  the version of the wording shown, from 1
 * @param notice   the wording shown
 * @param channels at least one
 */
public record ReceiptPurpose(String key, String name, PurposeKind kind, LawfulBasis basis, int version, Notice notice,
                             List<ReceiptChannel> channels) {

    public ReceiptPurpose {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(notice, "notice");
        if (!basis.fits(kind)) {
            throw new IllegalArgumentException("A " + kind + " cannot stand on Art. 6(1)(" + basis.point() + ")");
        }
        if (version < 1) {
            throw new IllegalArgumentException("Wording versions start at 1, not " + version);
        }
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("A purpose of a receipt has at least one channel");
        }
    }
}
