package com.consentmanager.profile.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What a submission, withdrawal, objection or reset changed for a profile. */
public final class DecisionResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String profileKey;
    private final boolean profileCreated;
    private final ArrayList<StatusChange> changes;
    private final ArrayList<String> skipped;

    public DecisionResult(String profileKey, boolean profileCreated, List<StatusChange> changes) {
        this(profileKey, profileCreated, changes, List.of());
    }

    public DecisionResult(String profileKey, boolean profileCreated, List<StatusChange> changes, List<String> skipped) {
        this.profileKey = profileKey;
        this.profileCreated = profileCreated;
        this.changes = new ArrayList<>(changes);
        this.skipped = new ArrayList<>(skipped);
    }

    /** The external id, else the email. */
    public String getProfileKey() {
        return profileKey;
    }

    public boolean isProfileCreated() {
        return profileCreated;
    }

    /** Only what changed: repeating a decision already recorded changes nothing. */
    public List<StatusChange> getChanges() {
        return List.copyOf(changes);
    }

    /**
     * Choices left out as {@code purpose/channel} because the rules forbid them (only a public form
     * records leniently: a legal basis the person objected to stays refused).
     */
    public List<String> getSkipped() {
        return List.copyOf(skipped);
    }

    /** The receipt of what this decision changed; null when it changed nothing. */
    public String getReceiptId() {
        return changes.isEmpty() ? null : changes.get(0).getReceiptId();
    }

    /** Purposes whose email status now awaits a double opt-in confirmation. */
    public List<String> getPendingPurposes() {
        return changes.stream().filter(change -> change.getTo() == com.consentmanager.profile.entity.ConsentState.PENDING)
                .map(StatusChange::getPurpose).distinct().toList();
    }

    @Override
    public String toString() {
        return "DecisionResult[" + profileKey + ", " + changes + "]";
    }
}
