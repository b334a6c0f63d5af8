package com.consentmanager.operation.boundary;

import com.consentmanager.profile.boundary.StatusChange;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a form submission did: recorded (with the status changes and the purposes now waiting for the
 * double opt-in mail) or already recorded (the same nonce came twice: nothing written the second
 * time).
 */
public final class FormReceipt implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean duplicate;
    private final String operation;
    private final int formVersion;
    private final ArrayList<StatusChange> changes;
    private final ArrayList<String> confirmByMail;

    public FormReceipt(boolean duplicate, String operation, int formVersion, List<StatusChange> changes, List<String> confirmByMail) {
        this.duplicate = duplicate;
        this.operation = operation;
        this.formVersion = formVersion;
        this.changes = new ArrayList<>(changes);
        this.confirmByMail = new ArrayList<>(confirmByMail);
    }

    public boolean isDuplicate() {
        return duplicate;
    }

    public String getOperation() {
        return operation;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public List<StatusChange> getChanges() {
        return List.copyOf(changes);
    }

    /** Subjects (in the form's language) of the purposes a confirmation mail was sent for. */
    public List<String> getConfirmByMail() {
        return List.copyOf(confirmByMail);
    }

    /** The receipt of what the participation changed; null when it changed nothing. */
    public String getReceiptId() {
        return getChanges().stream().map(StatusChange::getReceiptId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
