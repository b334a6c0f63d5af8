package com.consentmanager.profile.boundary;

import com.consentmanager.profile.entity.SourceType;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where and when a decision was made, as the evidence records it: the source (operation form,
 * API client, admin...) and its reference (operation key, client name...), the person's address,
 * user agent and language when known, and when it happened (now when absent). An admin acting on
 * the person's behalf (source ADMIN) gives the reason, kept with the evidence.
 */
public final class Origin implements Serializable {

    private static final long serialVersionUID = 1L;

    private SourceType source;
    private String reference;
    private String ipAddress;
    private String userAgent;
    private String language;
    private Instant eventTime;
    private String reason;

    public Origin() {
    }

    public Origin(SourceType source, String reference) {
        this.source = source;
        this.reference = reference;
    }

    public static Origin of(SourceType source, String reference) {
        return new Origin(source, reference);
    }

    public Origin from(String ipAddress, String userAgent) {
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
        return this;
    }

    public Origin in(String language) {
        this.language = language;
        return this;
    }

    public Origin at(Instant eventTime) {
        this.eventTime = eventTime;
        return this;
    }

    /** Why: required when an admin acts on the person's behalf (source ADMIN). */
    public Origin because(String reason) {
        this.reason = reason;
        return this;
    }

    public SourceType getSource() {
        return source;
    }

    public void setSource(SourceType source) {
        this.source = source;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Instant getEventTime() {
        return eventTime;
    }

    public void setEventTime(Instant eventTime) {
        this.eventTime = eventTime;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
