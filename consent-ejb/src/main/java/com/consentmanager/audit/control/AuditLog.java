package com.consentmanager.audit.control;

import com.consentmanager.audit.entity.AuditEvent;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.time.Clock;
import java.util.Map;

/**
 * Records configuration changes in the audit trail, inside the caller's transaction: the change
 * and its audit row are written together or not at all. Who (the caller), when, what, and from
 * where (client address and user agent of the HTTP request, when there is one).
 */
@Dependent
public class AuditLog {

    static final String ANONYMOUS = "anonymous";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<RequestOrigin> origin;

    public void record(Principal actor, String action, String targetType, String targetKey, Map<String, ?> details) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        details.forEach((name, value) -> {
            if (value == null) {
                json.addNull(name);
            } else {
                json.add(name, value.toString());
            }
        });
        RequestOrigin from = currentOrigin();
        em.persist(new AuditEvent(clock.instant(), actorName(actor), action, targetType, targetKey,
                json.build().toString(), from == null ? null : from.getAddress(), from == null ? null : from.getUserAgent()));
    }

    /** The HTTP request's origin, or null outside of one (timers run without a request context). */
    private RequestOrigin currentOrigin() {
        try {
            RequestOrigin current = origin.get();
            current.getAddress();
            return current;
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }

    private static String actorName(Principal actor) {
        return actor == null || actor.getName() == null ? ANONYMOUS : actor.getName();
    }
}
