package com.consentmanager.profile.boundary;

import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.EventType;

import java.io.Serializable;

/** One status that changed, with the id of the evidence event that proves it. */
public final class StatusChange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String purpose;
    private final String channel;
    private final ConsentState from;
    private final ConsentState to;
    private final EventType eventType;
    private final long eventId;
    private final String receiptId;

    public StatusChange(String purpose, String channel, ConsentState from, ConsentState to, EventType eventType, long eventId,
                        String receiptId) {
        this.receiptId = receiptId;
        this.purpose = purpose;
        this.channel = channel;
        this.from = from;
        this.to = to;
        this.eventType = eventType;
        this.eventId = eventId;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getChannel() {
        return channel;
    }

    public ConsentState getFrom() {
        return from;
    }

    public ConsentState getTo() {
        return to;
    }

    public EventType getEventType() {
        return eventType;
    }

    public long getEventId() {
        return eventId;
    }

    @Override
    public String toString() {
        return purpose + "/" + channel + ": " + from + " -> " + to + " (" + eventType + " #" + eventId + ")";
    }

    /** The receipt this change belongs to (the changes of one decision share it): {@code GET /api/v1/receipts/{id}}. */
    public String getReceiptId() {
        return receiptId;
    }
}
