package com.consentmanager.channel.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.channel.control.ChannelKeys;
import com.consentmanager.channel.control.ChannelNames;
import com.consentmanager.channel.control.ChannelReferences;
import com.consentmanager.channel.entity.Channel;
import com.consentmanager.platform.ConfigurationChanged;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.ManagerSupport;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Channel management ("Gérer les canaux"): list, add by name with a generated key, rename per
 * language, change keys, delete unused custom channels. Every change is audited in the same
 * transaction. The entry point of the channel feature for the console, the API and other
 * applications (local and remote views). Reading needs a console role or the scope config:read;
 * changing needs ADMIN or config:write, for every caller: web module, API keys and remote EJB
 * clients alike.
 */
@Stateless(name = "ChannelManager")
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.CONFIG_WRITE_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.CONFIG_WRITE_NAME})
public class ChannelManager implements ChannelManagement, RemoteChannelManagement {

    static final String AUDIT_TARGET = "channel";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<ChannelReferences> references;

    @Resource
    SessionContext session;

    @Inject
    Event<ConfigurationChanged> changed;

    @Override
    public List<ChannelView> listChannels() {
        return em.createNamedQuery(Channel.ALL, Channel.class).getResultStream().map(ChannelManager::view).toList();
    }

    @Override
    public ChannelView getChannel(String key) {
        return view(find(key));
    }

    @Override
    public String suggestKey(String name) {
        return ChannelKeys.fromName(name);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public ChannelView createChannel(NewChannel request) {
        List<FieldViolation> violations = new ArrayList<>();
        ChannelNames.check("name", request.getName()).ifPresent(violations::add);
        boolean typedKey = request.getKey() != null && !request.getKey().isBlank();
        String key = typedKey ? request.getKey() : ChannelKeys.fromName(request.getName());
        if (violations.isEmpty() || typedKey) {
            ChannelKeys.check("key", key).ifPresent(violations::add);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : Languages.ALL) {
            names.put(language, request.getPublicNames().getOrDefault(language, request.getName()));
        }
        checkNames(request.getPublicNames(), names, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ensureKeyIsFree(key);
        names.replaceAll((language, name) -> ChannelNames.normalise(name));
        Channel channel = new Channel(key, names, clock.instant());
        em.persist(channel);
        flush();
        audit.record(session.getCallerPrincipal(), "channel.created", AUDIT_TARGET, key, Map.of("publicNames", names));
        return view(channel);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public ChannelView updateChannel(String key, ChannelChange change) {
        Channel channel = find(key);
        List<FieldViolation> violations = new ArrayList<>();
        String newKey = change.getKey() == null ? channel.getKey() : change.getKey();
        if (!newKey.equals(channel.getKey())) {
            ChannelKeys.check("key", newKey).ifPresent(violations::add);
            if (channel.isBuiltIn()) {
                violations.add(new FieldViolation("key", "channel.key.built_in_locked"));
            }
        }
        Map<String, String> names = new LinkedHashMap<>(change.getPublicNames());
        checkNames(change.getPublicNames(), names, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        Instant now = clock.instant();
        if (!newKey.equals(channel.getKey())) {
            ensureKeyIsFree(newKey);
            details.put("key", channel.getKey() + " -> " + newKey);
            channel.changeKey(newKey, now);
        }
        names.forEach((language, name) -> {
            String normalised = ChannelNames.normalise(name);
            if (!normalised.equals(channel.getPublicNames().get(language))) {
                details.put("publicNames." + language, channel.getPublicNames().get(language) + " -> " + normalised);
                channel.rename(language, normalised, now);
            }
        });
        flush();
        if (!details.isEmpty()) {
            audit.record(session.getCallerPrincipal(), "channel.updated", AUDIT_TARGET, newKey, details);
        }
        return view(channel);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public void deleteChannel(String key) {
        Channel channel = find(key);
        if (channel.isBuiltIn()) {
            throw new ConflictException("channel.delete.built_in", key);
        }
        Optional<String> usage = references.stream()
                .map(reference -> reference.usageOf(channel.getId()))
                .filter(Objects::nonNull)
                .findFirst();
        if (usage.isPresent()) {
            throw new ConflictException(usage.get(), key);
        }
        em.remove(channel);
        flush();
        audit.record(session.getCallerPrincipal(), "channel.deleted", AUDIT_TARGET, key,
                Map.of("publicNames", channel.getPublicNames()));
    }

    private static ChannelView view(Channel channel) {
        return new ChannelView(channel.getKey(), channel.isBuiltIn(), channel.getPublicNames(),
                channel.getCreatedAt(), channel.getUpdatedAt(), channel.getVersion());
    }

    private Channel find(String key) {
        return em.createNamedQuery(Channel.BY_KEY, Channel.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("channel.not_found", key));
    }

    private void ensureKeyIsFree(String key) {
        boolean taken = em.createNamedQuery(Channel.BY_KEY, Channel.class)
                .setParameter("key", key)
                .getResultStream()
                .findAny()
                .isPresent();
        if (taken) {
            throw new ConflictException(new FieldViolation("key", "channel.key.taken", key));
        }
    }

    /** Languages must be supported ones; each name follows the name rules. */
    private static void checkNames(Map<String, String> given, Map<String, String> effective,
                                   List<FieldViolation> violations) {
        given.keySet().stream()
                .filter(language -> !Languages.isSupported(language))
                .forEach(language -> violations.add(
                        new FieldViolation("publicNames." + language, "language.unsupported", language)));
        effective.entrySet().stream()
                .filter(entry -> Languages.isSupported(entry.getKey()) && given.containsKey(entry.getKey()))
                .forEach(entry -> ChannelNames.check("publicNames." + entry.getKey(), entry.getValue())
                        .ifPresent(violations::add));
    }

    /** Surfaces a constraint the database enforces (a key taken by a concurrent request) as a conflict. */
    private void flush() {
        changed.fire(new ConfigurationChanged("channel"));
        ManagerSupport.flush(em);
    }
}
