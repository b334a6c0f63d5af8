package com.consentmanager.audit.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.audit.entity.AuditEvent;
import com.consentmanager.platform.LikePattern;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.SafeCsv;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail as auditors and admins read it: a page at a time, filtered in the database by
 * action, actor or target, and exported as CSV. An export is itself audited (who took which rows).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class AuditTrail {

    /** An export never holds more rows than this; narrow the filter for more. */
    public static final int EXPORT_LIMIT = 50_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    public long count(String action, String actor, String target) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(cb.count(event)).where(matching(cb, event, action, actor, target));
        return em.createQuery(query).getSingleResult();
    }

    /** Newest first. */
    public List<AuditEventView> list(String action, String actor, String target, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(event).where(matching(cb, event, action, actor, target)).orderBy(cb.desc(event.get("id")));
        return em.createQuery(query)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), EXPORT_LIMIT))
                .getResultStream().map(AuditEventView::new).toList();
    }

    /** The matching rows (newest first, at most {@link #EXPORT_LIMIT}) as CSV with a header line. */
    public String exportCsv(String action, String actor, String target) {
        List<AuditEventView> rows = list(action, actor, target, 0, EXPORT_LIMIT);
        StringWriter csv = new StringWriter();
        SafeCsv printer = SafeCsv.open(csv, "id", "occurred_at", "actor", "action", "target", "origin_address", "user_agent",
                "details");
        for (AuditEventView row : rows) {
            printer.row(row.getId(), row.getOccurredAt(), row.getActor(), row.getAction(), row.getTarget(),
                    row.getOriginAddress(), row.getUserAgent(), row.getDetails());
        }
        printer.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", action);
        details.put("actor", actor);
        details.put("target", target);
        details.put("rows", rows.size());
        audit.record(session.getCallerPrincipal(), "audit.exported", "audit_event", null, details);
        return csv.toString();
    }

    /** Each given filter is a case-insensitive "contains" on its column. */
    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEvent> event, String action, String actor,
                                        String target) {
        List<Predicate> predicates = new ArrayList<>();
        Map<String, String> filters = Map.of("action", nullToEmpty(action), "actor", nullToEmpty(actor),
                "targetKey", nullToEmpty(target));
        filters.forEach((column, text) -> {
            if (!text.isBlank()) {
                predicates.add(cb.like(cb.lower(event.get(column)), LikePattern.containing(text), LikePattern.ESCAPE));
            }
        });
        return predicates.toArray(Predicate[]::new);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
