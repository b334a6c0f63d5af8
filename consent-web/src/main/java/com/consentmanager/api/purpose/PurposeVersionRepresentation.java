package com.consentmanager.api.purpose;

import com.consentmanager.purpose.boundary.PurposeVersionView;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** One immutable version of a purpose's texts, with the SHA-256 of their canonical form. */
public record PurposeVersionRepresentation(int number, boolean material, String sha256, Instant createdAt,
                                           String createdBy, Map<String, PurposeTextJson> texts) {

    static PurposeVersionRepresentation of(PurposeVersionView version) {
        Map<String, PurposeTextJson> texts = new TreeMap<>();
        version.getTexts().forEach((language, text) -> texts.put(language, PurposeTextJson.of(text)));
        return new PurposeVersionRepresentation(version.getNumber(), version.isMaterial(), version.getSha256(),
                version.getCreatedAt(), version.getCreatedBy(), texts);
    }
}
