package com.consentmanager.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One change made by someone to the configuration (a channel added, a key renamed...): who, when,
 * from where, what, on which entry, with the details as JSON. Written once, never updated or deleted.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 250)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "target_type", nullable = false, updatable = false, length = 64)
    private String targetType;

    @Column(name = "target_key", updatable = false, length = 250)
    private String targetKey;

    @Column(name = "details", updatable = false)
    private String details;

    @Column(name = "origin_address", updatable = false, length = 64)
    private String originAddress;

    @Column(name = "user_agent", updatable = false, length = 250)
    private String userAgent;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String targetType, String targetKey,
                      String details, String originAddress, String userAgent) {
        this.originAddress = originAddress;
        this.userAgent = userAgent;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetKey = targetKey;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetKey() {
        return targetKey;
    }

    public String getDetails() {
        return details;
    }

    public String getOriginAddress() {
        return originAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }
}
