package com.consentmanager.api.profile;

import com.consentmanager.profile.boundary.DecisionResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What a decision changed: the profile's key, each status change with its evidence event id, and
 * the receipt of the whole decision ({@code GET /api/v1/receipts/{receiptId}}; null when nothing changed).
 */
public record DecisionJson(String profile, boolean profileCreated, List<Change> changes, List<String> pendingDoubleOptIn,
                           String receiptId) {

    @Schema(name = "DecisionChange")
    public record Change(String purpose, String channel, String from, String to, String eventType, long eventId) {
    }

    static DecisionJson of(DecisionResult result) {
        return new DecisionJson(result.getProfileKey(), result.isProfileCreated(), result.getChanges().stream()
                .map(change -> new Change(change.getPurpose(), change.getChannel(), change.getFrom().name(),
                        change.getTo().name(), change.getEventType().name(), change.getEventId()))
                .toList(), result.getPendingPurposes(), result.getReceiptId());
    }
}
