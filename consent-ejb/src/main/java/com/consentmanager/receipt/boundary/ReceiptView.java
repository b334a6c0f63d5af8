package com.consentmanager.receipt.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A receipt as callers see it: its record id, when it was recorded (for caching headers), and the
 * JSON document itself, already written and masked. A plain class, not a record: the IIOP runtime of
 * remote EJBs cannot copy records, and a remote view may one day hand it out.
 */
public final class ReceiptView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String recordId;
    private final Instant recordedAt;
    private final String json;

    public ReceiptView(String recordId, Instant recordedAt, String json) {
        this.recordId = Objects.requireNonNull(recordId, "recordId");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.json = Objects.requireNonNull(json, "json");
    }

    public String getRecordId() {
        return recordId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** The receipt, following {@code receipt/consent-receipt.schema.json}. */
    public String getJson() {
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceiptView that && recordId.equals(that.recordId) && json.equals(that.json);
    }

    @Override
    public int hashCode() {
        return recordId.hashCode();
    }

    @Override
    public String toString() {
        return "ReceiptView[" + recordId + "]";
    }
}
