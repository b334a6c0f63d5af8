package com.consentmanager.optin.boundary;

import java.io.Serializable;

/** Which open confirmation requests the console lists: for a purpose, older than N days, expired. Null: any. */
public final class ConfirmationFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String purpose;
    private Integer olderThanDays;
    private boolean expiredOnly;

    /** A purpose key the request asks to confirm, or null for any. */
    public String getPurpose() {
        return purpose;
    }

    public ConfirmationFilter setPurpose(String purpose) {
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
        return this;
    }

    /** Only requests opened more than this many days ago; null (or negative) for any age. */
    public Integer getOlderThanDays() {
        return olderThanDays;
    }

    public ConfirmationFilter setOlderThanDays(Integer olderThanDays) {
        this.olderThanDays = olderThanDays == null || olderThanDays < 0 ? null : olderThanDays;
        return this;
    }

    /** Only requests whose link has expired (still open: the statuses still wait). */
    public boolean isExpiredOnly() {
        return expiredOnly;
    }

    public ConfirmationFilter setExpiredOnly(boolean expiredOnly) {
        this.expiredOnly = expiredOnly;
        return this;
    }
}
