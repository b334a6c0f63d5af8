package com.consentmanager.receipt.control;

import com.consentmanager.platform.Sha256;

import java.util.Objects;

/**
 * The text the person was shown for a purpose (its wording in one language), which the receipt
 * carries whole with the SHA-256 of its UTF-8 bytes, so that anyone holding the receipt can prove the
 * text unchanged. Not the version's own hash ({@code purpose_version.sha256}), which covers every
 * language and field of the version.
 *
 * @param text     the wording exactly as shown
 * @param language {@code fr} or {@code en}
 */
public record Notice(String text, String language) {

    public Notice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }

    /** 64 lower-case hex digits. */
    public String sha256() {
        return Sha256.hex(text);
    }
}
