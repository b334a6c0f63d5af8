package com.consentmanager.apiclient.entity;

import com.consentmanager.platform.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An application allowed to call the REST API with a key. The key itself is never stored: only
 * its SHA-256 hash and a short prefix that names it. A revoked client stays listed (who revoked
 * it, when) but its key no longer opens anything.
 */
@Entity
@Table(name = "api_client")
@NamedQuery(name = ApiClient.ALL, query = "select c from ApiClient c order by c.createdAt desc")
@NamedQuery(name = ApiClient.BY_PREFIX, query = "select c from ApiClient c where c.keyPrefix = :prefix")
public class ApiClient {

    public static final String ALL = "ApiClient.all";
    public static final String BY_PREFIX = "ApiClient.byPrefix";
    public static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "key_prefix", nullable = false, updatable = false, length = 16)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, updatable = false, length = 64)
    private String keyHash;

    @Column(name = "scopes", nullable = false, updatable = false, length = 200)
    private String scopes;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Version
    private long version;

    protected ApiClient() {
        // for JPA
    }

    public ApiClient(String name, String keyPrefix, String keyHash, Set<Scope> scopes, String createdBy, Instant now) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.scopes = scopes.stream().map(Scope::roleName).sorted().collect(Collectors.joining(" "));
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public Set<Scope> getScopes() {
        Set<Scope> result = EnumSet.noneOf(Scope.class);
        Arrays.stream(scopes.split(" ")).map(Scope::named).forEach(scope -> scope.ifPresent(result::add));
        return result;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
