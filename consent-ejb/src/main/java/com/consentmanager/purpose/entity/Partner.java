package com.consentmanager.purpose.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A third party to whom contact data may be passed with the person's separate consent (its
 * partner consent). Removing a partner keeps the row (evidence refers to its consents) and takes
 * it off the public partner list.
 */
@Entity
@Table(name = "partner")
@NamedQuery(name = Partner.ALL, query = "select p from Partner p order by p.active desc, lower(p.name), p.key")
@NamedQuery(name = Partner.ACTIVE, query = "select p from Partner p where p.active = true order by lower(p.name), p.key")
@NamedQuery(name = Partner.BY_KEY, query = "select p from Partner p where p.key = :key")
public class Partner {

    public static final String ALL = "Partner.all";
    public static final String ACTIVE = "Partner.active";
    public static final String BY_KEY = "Partner.byKey";
    public static final int NAME_MAX_LENGTH = 200;
    public static final int URL_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_key", nullable = false, unique = true, length = 64)
    private String key;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "privacy_url", nullable = false, length = URL_MAX_LENGTH)
    private String privacyUrl;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Version
    private long version;

    protected Partner() {
        // for JPA
    }

    public Partner(String key, String name, String privacyUrl, Instant now) {
        this.key = key;
        this.name = name;
        this.privacyUrl = privacyUrl;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(String newName, String newPrivacyUrl, Instant now) {
        if (!newName.equals(name) || !newPrivacyUrl.equals(privacyUrl)) {
            name = newName;
            privacyUrl = newPrivacyUrl;
            updatedAt = now;
        }
    }

    public void remove(Instant now) {
        active = false;
        removedAt = now;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getPrivacyUrl() {
        return privacyUrl;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public long getVersion() {
        return version;
    }
}
