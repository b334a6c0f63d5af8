package com.consentmanager.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One piece of evidence: a status of a profile for a purpose on a channel changed. Written once,
 * never updated or deleted (the database refuses it). Says which version of the purpose's wording
 * was shown, from → to, when it happened and when it was recorded, where it came from, who recorded
 * it, and the person's address, user agent and language when known.
 */
@Entity
@Table(name = "consent_event")
@NamedQuery(name = ConsentEvent.OF_PROFILE,
        query = "select e from ConsentEvent e where e.profileId = :profileId order by e.id desc")
public class ConsentEvent {

    public static final String OF_PROFILE = "ConsentEvent.ofProfile";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private long profileId;

    @Column(name = "purpose_id", nullable = false, updatable = false)
    private long purposeId;

    @Column(name = "purpose_version", nullable = false, updatable = false)
    private int purposeVersion;

    @Column(name = "channel_id", nullable = false, updatable = false)
    private long channelId;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_state", nullable = false, updatable = false, length = 8)
    private ConsentState previousState;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_state", nullable = false, updatable = false, length = 8)
    private ConsentState eventState;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 32)
    private EventType eventType;

    @Column(name = "event_time", nullable = false, updatable = false)
    private Instant eventTime;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "validity_until", updatable = false)
    private Instant validityUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, updatable = false, length = 32)
    private SourceType sourceType;

    @Column(name = "source_reference", updatable = false, length = Provenance.REFERENCE_MAX_LENGTH)
    private String sourceReference;

    @Column(name = "actor", nullable = false, updatable = false, length = Provenance.ACTOR_MAX_LENGTH)
    private String actor;

    @Column(name = "ip_address", updatable = false, length = Provenance.ADDRESS_MAX_LENGTH)
    private String ipAddress;

    @Column(name = "user_agent", updatable = false, length = Provenance.USER_AGENT_MAX_LENGTH)
    private String userAgent;

    @Column(name = "language", updatable = false, length = Provenance.LANGUAGE_MAX_LENGTH)
    private String language;

    @Column(name = "reason", updatable = false, length = Provenance.REASON_MAX_LENGTH)
    private String reason;

    @Column(name = "receipt_id", updatable = false, length = 36)
    private String receiptId;

    protected ConsentEvent() {
        // for JPA
    }

    @SuppressWarnings("java:S107") // evidence has many facets; a builder would only hide them
    public ConsentEvent(long profileId, long purposeId, int purposeVersion, long channelId, ConsentState previousState,
                        ConsentState eventState, EventType eventType, Instant eventTime, Instant recordedAt, Provenance provenance) {
        this.profileId = profileId;
        this.purposeId = purposeId;
        this.purposeVersion = purposeVersion;
        this.channelId = channelId;
        this.previousState = previousState;
        this.eventState = eventState;
        this.eventType = eventType;
        this.eventTime = eventTime;
        this.recordedAt = recordedAt;
        this.sourceType = provenance.source();
        this.sourceReference = provenance.reference();
        this.actor = provenance.actor();
        this.ipAddress = provenance.ipAddress();
        this.userAgent = provenance.userAgent();
        this.language = provenance.language();
        this.reason = provenance.reason();
    }

    /** Puts the event in a receipt (a random UUID shared by the events of one decision), before it is appended. */
    public ConsentEvent inReceipt(String receiptId) {
        this.receiptId = receiptId;
        return this;
    }

    public String getReceiptId() {
        return receiptId;
    }

    public Long getId() {
        return id;
    }

    public long getProfileId() {
        return profileId;
    }

    public long getPurposeId() {
        return purposeId;
    }

    public int getPurposeVersion() {
        return purposeVersion;
    }

    public long getChannelId() {
        return channelId;
    }

    public ConsentState getPreviousState() {
        return previousState;
    }

    public ConsentState getEventState() {
        return eventState;
    }

    public EventType getEventType() {
        return eventType;
    }

    public Instant getEventTime() {
        return eventTime;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getValidityUntil() {
        return validityUntil;
    }

    public SourceType getSourceType() {
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
