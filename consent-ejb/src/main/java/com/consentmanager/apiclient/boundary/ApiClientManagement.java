package com.consentmanager.apiclient.boundary;

import com.consentmanager.apiclient.control.ApiKeyCache;
import com.consentmanager.apiclient.control.ApiKeys;
import com.consentmanager.apiclient.entity.ApiClient;
import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * API clients: admins issue keys with scopes (the key is shown once, only its hash is kept),
 * list and revoke them; the authentication mechanism turns a presented key into an
 * {@link ApiCaller}. Issuing and revoking are audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ApiClientManagement {

    /** The last-use time is written at most this often per key, not on every call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    @Inject
    ApiKeyCache keys;

    @Inject
    Event<ApiKeyCache.Revoked> revoked;

    public List<ApiClientView> list() {
        return em.createNamedQuery(ApiClient.ALL, ApiClient.class).getResultStream().map(ApiClientView::of).toList();
    }

    public IssuedApiKey issue(String name, Collection<String> scopeNames) {
        String trimmed = name == null ? "" : name.strip();
        List<FieldViolation> violations = new ArrayList<>();
        if (trimmed.isEmpty()) {
            violations.add(new FieldViolation("name", "api_client.name.required"));
        } else if (trimmed.length() > ApiClient.NAME_MAX_LENGTH) {
            violations.add(new FieldViolation("name", "api_client.name.too_long", ApiClient.NAME_MAX_LENGTH));
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String scopeName : scopeNames == null ? List.<String>of() : scopeNames) {
            Scope.named(scopeName).ifPresentOrElse(scopes::add,
                    () -> violations.add(new FieldViolation("scopes", "api_client.scope.unknown", scopeName)));
        }
        if (scopes.isEmpty() && violations.stream().noneMatch(v -> v.field().equals("scopes"))) {
            violations.add(new FieldViolation("scopes", "api_client.scope.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ApiKeys.Key key = ApiKeys.generate();
        ApiClient client = new ApiClient(trimmed, key.prefix(), ApiKeys.hash(key.token()), scopes,
                session.getCallerPrincipal().getName(), clock.instant());
        em.persist(client);
        audit.record(session.getCallerPrincipal(), "api_client.issued", "api_client", key.prefix(),
                Map.of("name", trimmed, "scopes", scopes.stream().map(Scope::roleName).collect(Collectors.joining(" "))));
        return new IssuedApiKey(ApiClientView.of(client), key.token());
    }

    public void revoke(String prefix) {
        ApiClient client = em.createNamedQuery(ApiClient.BY_PREFIX, ApiClient.class)
                .setParameter("prefix", prefix)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("api_client.not_found", prefix));
        if (client.isActive()) {
            client.revoke(session.getCallerPrincipal().getName(), clock.instant());
            audit.record(session.getCallerPrincipal(), "api_client.revoked", "api_client", prefix, Map.of("name", client.getName()));
            // Refused from now on this server: evicted at once, and again after the commit (a
            // concurrent call may have cached the still-active row meanwhile).
            keys.evict(prefix);
            revoked.fire(new ApiKeyCache.Revoked(prefix));
        }
    }

    /**
     * The caller a key stands for, when the key is well formed, known, matches and is not revoked.
     * A key that matched recently is answered from {@link ApiKeyCache} (at most {@link ApiKeyCache#TTL}
     * old, evicted at once when revoked here); the last use is written at most once per
     * {@link #LAST_USE_PRECISION} and key, never on every call. No transaction: the client is only
     * read, and the rare last-use update commits on its own.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<ApiCaller> authenticate(String token) {
        Optional<String> prefix = ApiKeys.prefixOf(token);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        String hash = ApiKeys.hash(token);
        ApiKeyCache.Entry entry = keys.get(hash).orElse(null);
        if (entry == null) {
            long generation = keys.generation();
            Optional<ApiClient> client = em.createNamedQuery(ApiClient.BY_PREFIX, ApiClient.class)
                    .setParameter("prefix", prefix.get())
                    .getResultStream().findFirst();
            if (client.isEmpty() || !client.get().isActive() || !ApiKeys.hashMatches(hash, client.get().getKeyHash())) {
                return Optional.empty();
            }
            entry = new ApiKeyCache.Entry(client.get().getId(), client.get().getKeyPrefix(),
                    "api:" + client.get().getName() + " (" + client.get().getKeyPrefix() + ")",
                    client.get().getScopes().stream().map(Scope::roleName).collect(Collectors.toSet()),
                    client.get().getLastUsedAt());
            keys.put(hash, entry, generation);
        }
        Instant now = clock.instant();
        if (entry.claimLastUse(now, LAST_USE_PRECISION)) {
            touch(entry.clientId(), now);
        }
        return Optional.of(new ApiCaller(entry.callerName(), entry.roles()));
    }

    /** Writes the last use, unless another server wrote a recent one; outside any transaction. */
    private void touch(long clientId, Instant now) {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update api_client set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")) {
            update.setObject(1, now.atOffset(ZoneOffset.UTC));
            update.setLong(2, clientId);
            update.setObject(3, now.minus(LAST_USE_PRECISION).atOffset(ZoneOffset.UTC));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the last use of an API key", e);
        }
    }
}
