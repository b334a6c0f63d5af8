package com.consentmanager.profile.boundary;

import java.util.List;

/**
 * A decision made statuses PENDING on email (DOMAIN.md rule 4), fired inside the decision's
 * transaction: the double opt-in feature opens one confirmation request listing them and queues its
 * mail in that same transaction, so that a PENDING status always has its request (or neither exists).
 */
public record DoubleOptInRequested(long profileId, String email, String language, List<Item> items, String sourceType,
                                   String sourceReference) {

    /** One pending status to confirm: its purpose, channel and the version of the wording accepted. */
    public record Item(long purposeId, long channelId, int purposeVersion) {
    }
}
