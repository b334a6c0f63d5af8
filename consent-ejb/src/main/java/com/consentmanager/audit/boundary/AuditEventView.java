package com.consentmanager.audit.boundary;

import com.consentmanager.audit.entity.AuditEvent;

import java.io.Serializable;
import java.time.Instant;

/** One audit row as auditors read it. A class with getters: Faces EL 5 cannot read records. */
public final class AuditEventView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final Instant occurredAt;
    private final String actor;
    private final String action;
    private final String target;
    private final String details;
    private final String originAddress;
    private final String userAgent;

    AuditEventView(AuditEvent event) {
        this.id = event.getId();
        this.occurredAt = event.getOccurredAt();
        this.actor = event.getActor();
        this.action = event.getAction();
        this.target = event.getTargetType() + (event.getTargetKey() == null ? "" : ":" + event.getTargetKey());
        this.details = event.getDetails();
        this.originAddress = event.getOriginAddress();
        this.userAgent = event.getUserAgent();
    }

    public long getId() { return id; }

    public Instant getOccurredAt() { return occurredAt; }

    public String getActor() { return actor; }

    public String getAction() { return action; }

    public String getTarget() { return target; }

    public String getDetails() { return details; }

    public String getOriginAddress() { return originAddress; }

    public String getUserAgent() { return userAgent; }
}
