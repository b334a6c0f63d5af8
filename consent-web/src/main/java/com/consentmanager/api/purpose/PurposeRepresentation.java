package com.consentmanager.api.purpose;

import com.consentmanager.purpose.boundary.PurposeView;

import java.time.Instant;
import java.util.List;

/**
 * A purpose in the API's JSON, with the version of its texts in force ({@code currentVersion}:
 * texts per language; a language missing there falls back to French).
 */
public record PurposeRepresentation(String key, String kind, String lawfulBasis, boolean builtIn, boolean doubleOptIn,
                                    String partner, String partnerName, boolean active, boolean keyLocked,
                                    Instant usedSince, List<String> channels, PurposeVersionRepresentation currentVersion,
                                    Instant createdAt, Instant updatedAt, Instant archivedAt, String onMaterialChange) {

    static PurposeRepresentation of(PurposeView view) {
        return new PurposeRepresentation(view.getKey(), view.getKind().name(), view.getLawfulBasis(), view.isBuiltIn(),
                view.isDoubleOptIn(), view.getPartnerKey(), view.getPartnerName(), view.isActive(), view.isKeyLocked(),
                view.getUsedSince(), view.getChannels(), PurposeVersionRepresentation.of(view.getCurrentVersion()),
                view.getCreatedAt(), view.getUpdatedAt(), view.getArchivedAt(), view.getOnMaterialChange());
    }
}
