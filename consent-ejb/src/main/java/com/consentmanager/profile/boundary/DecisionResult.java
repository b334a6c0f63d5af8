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

    public DecisionResult(String profileKey, boolean profileCreated, List<StatusChange> changes) {
        this.profileKey = profileKey;
        this.profileCreated = profileCreated;
        this.changes = new ArrayList<>(changes);
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
