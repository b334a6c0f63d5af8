package com.consentmanager.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Evidence about the profile as a whole: objection (Art. 21), objection lifted, erasure (Art. 17). Never changed. */
@Entity
@Table(name = "profile_event")
public class ProfileEvent {

    public static final String OBJECTED = "OBJECTED";
    public static final String OBJECTION_LIFTED = "OBJECTION_LIFTED";
    public static final String ERASED = "ERASED";
    /** A personal link to the preference centre was mailed (asked by the person, or sent by an admin). */
    public static final String PREFERENCE_LINK_SENT = "PREFERENCE_LINK_SENT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private long profileId;

    @Column(name = "event_type", nullable = false, updatable = false, length = 32)
    private String eventType;

    @Column(name = "event_time", nullable = false, updatable = false)
    private Instant eventTime;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "source_type", nullable = false, updatable = false, length = 32)
    private String sourceType;

    @Column(name = "source_reference", updatable = false, length = Provenance.REFERENCE_MAX_LENGTH)
    private String sourceReference;

    @Column(name = "actor", nullable = false, updatable = false, length = Provenance.ACTOR_MAX_LENGTH)
    private String actor;

    @Column(name = "ip_address", updatable = false, length = Provenance.ADDRESS_MAX_LENGTH)
    private String ipAddress;

    @Column(name = "user_agent", updatable = false, length = Provenance.USER_AGENT_MAX_LENGTH)
    private String userAgent;

    @Column(name = "reason", updatable = false, length = Provenance.REASON_MAX_LENGTH)
    private String reason;

    protected ProfileEvent() {
        // for JPA
    }

    public ProfileEvent(long profileId, String eventType, Instant eventTime, Instant recordedAt, Provenance provenance) {
        this.profileId = profileId;
        this.eventType = eventType;
        this.eventTime = eventTime;
        this.recordedAt = recordedAt;
        this.sourceType = provenance.source().name();
        this.sourceReference = provenance.reference();
        this.actor = provenance.actor();
        this.ipAddress = provenance.ipAddress();
        this.userAgent = provenance.userAgent();
        this.reason = provenance.reason();
    }

    public Long getId() {
        return id;
    }

    public long getProfileId() {
        return profileId;
    }

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

    public String getReason() {
        return reason;
    }
}
