package com.consentmanager.channel.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A way of contacting people (email, SMS, phone, site, postal mail...). Its key is private and is
 * what the API and other applications speak; its public name, per language, is what participants
 * read. Built-in channels come with the product and can never be deleted.
 */
@Entity
@Table(name = "channel")
@NamedQuery(name = Channel.ALL, query = "select c from Channel c order by c.builtIn desc, c.key")
@NamedQuery(name = Channel.BY_KEY, query = "select c from Channel c where c.key = :key")
public class Channel {

    public static final String ALL = "Channel.all";
    public static final String BY_KEY = "Channel.byKey";
    public static final int KEY_MAX_LENGTH = 64;
    public static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel_key", nullable = false, unique = true, length = KEY_MAX_LENGTH)
    private String key;

    @Column(name = "built_in", nullable = false, updatable = false)
    private boolean builtIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "channel_public_name", joinColumns = @JoinColumn(name = "channel_id"))
    @MapKeyColumn(name = "language", length = 8)
    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private Map<String, String> publicNames = new TreeMap<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Channel() {
        // for JPA
    }

    /** A channel added by an admin; key and names were validated by the caller. */
    public Channel(String key, Map<String, String> publicNames, Instant now) {
        this.key = key;
        this.publicNames = new TreeMap<>(publicNames);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void changeKey(String newKey, Instant now) {
        if (!newKey.equals(key)) {
            key = newKey;
            updatedAt = now;
        }
    }

    public void rename(String language, String name, Instant now) {
        if (!name.equals(publicNames.get(language))) {
            publicNames.put(language, name);
            updatedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public Map<String, String> getPublicNames() {
        return Map.copyOf(publicNames);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
