package com.consentmanager.profile.boundary;

import com.consentmanager.profile.entity.ConsentState;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a person's evidence timeline: either a change of a status (purpose, wording version
 * shown, channel, from → to) or an event of the whole profile (objected, objection lifted, erased),
 * which has no purpose, channel nor states. Says when it happened and when it was recorded, where it
 * came from, who recorded it, and the person's address, user agent and language when known.
 */
public final class EvidenceEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A status change (consent_event) or a profile event (profile_event). */
    public enum Kind { STATUS, PROFILE }

    private Kind kind;
    private long id;
    private String purpose;
    private Integer purposeVersion;
    private String channel;
    private ConsentState previousState;
    private ConsentState eventState;
    private String eventType;
    private Instant eventTime;
    private Instant recordedAt;
    private String sourceType;
    private String sourceReference;
    private String actor;
    private String ipAddress;
    private String userAgent;
    private String language;
    private String reason;

    /** A status change. */
    public static EvidenceEntry status(long id, String purpose, int purposeVersion, String channel, ConsentState from,
                                       ConsentState to, String eventType) {
        EvidenceEntry entry = new EvidenceEntry(Kind.STATUS, id, eventType);
        entry.purpose = purpose;
        entry.purposeVersion = purposeVersion;
        entry.channel = channel;
        entry.previousState = from;
        entry.eventState = to;
        return entry;
    }

    /** An event of the whole profile. */
    public static EvidenceEntry profile(long id, String eventType) {
        return new EvidenceEntry(Kind.PROFILE, id, eventType);
    }

    private EvidenceEntry(Kind kind, long id, String eventType) {
        this.kind = kind;
        this.id = id;
        this.eventType = eventType;
    }

    public EvidenceEntry at(Instant eventTime, Instant recordedAt) {
        this.eventTime = eventTime;
        this.recordedAt = recordedAt;
        return this;
    }

    public EvidenceEntry source(String sourceType, String sourceReference, String actor) {
        this.sourceType = sourceType;
        this.sourceReference = sourceReference;
        this.actor = actor;
        return this;
    }

    public EvidenceEntry person(String ipAddress, String userAgent, String language, String reason) {
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
        this.language = language;
        this.reason = reason;
        return this;
    }

    /** Unique within one person's timeline. */
    public String getRowKey() {
        return kind.name() + "-" + id;
    }

    public Kind getKind() {
        return kind;
    }

    public long getId() {
        return id;
    }

    public String getPurpose() {
        return purpose;
    }

    public Integer getPurposeVersion() {
        return purposeVersion;
    }

    public String getChannel() {
        return channel;
    }

    public ConsentState getPreviousState() {
        return previousState;
    }

    public ConsentState getEventState() {
        return eventState;
    }

    /** An {@code EventType} of a status change, or OBJECTED, OBJECTION_LIFTED, ERASED. */
    public String getEventType() {
        return eventType;
    }

    public Instant getEventTime() {
        return eventTime;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getSourceType() {
        return sourceType;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public String getActor() {
        return actor;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getLanguage() {
        return language;
    }

    public String getReason() {
        return reason;
    }
}
