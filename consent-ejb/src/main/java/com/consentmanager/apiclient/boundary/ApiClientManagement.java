package com.consentmanager.apiclient.boundary;

import com.consentmanager.apiclient.control.ApiKeys;
import com.consentmanager.apiclient.entity.ApiClient;
import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.user.entity.Role;
import com.consentmanager.user.entity.Scope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
        }
    }

    /** The caller a key stands for, when the key is well formed, known, matches and is not revoked. */
    @PermitAll
    public Optional<ApiCaller> authenticate(String token) {
        Optional<ApiClient> client = ApiKeys.prefixOf(token).flatMap(prefix -> em
                .createNamedQuery(ApiClient.BY_PREFIX, ApiClient.class)
                .setParameter("prefix", prefix)
                .getResultStream().findFirst());
        if (client.isEmpty() || !client.get().isActive() || !ApiKeys.matches(token, client.get().getKeyHash())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        em.createNativeQuery("update api_client set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(2, client.get().getId())
                .setParameter(3, now.minus(LAST_USE_PRECISION).atOffset(java.time.ZoneOffset.UTC))
                .executeUpdate();
        return Optional.of(new ApiCaller("api:" + client.get().getName() + " (" + client.get().getKeyPrefix() + ")",
                client.get().getScopes().stream().map(Scope::roleName).collect(Collectors.toSet())));
    }
}
