package com.consentmanager.optin.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.optin.control.ConfirmationRequests;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confirmation requests still waiting for the person, as the console watches them (ADMIN, OPERATOR,
 * AUDITOR): filtered and paged in the database. ADMIN and OPERATOR resend one: the request is
 * replaced as an expired link's "send me a new link" does (the old link stops working at once, the
 * new mail carries a new token and a new expiry), and the resend is audited. The audit names the
 * person by profile id only, never by address.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME})
public class PendingConfirmations {

    static final String AUDIT_TARGET = "confirmation_request";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ConfirmationRequests requests;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /** Newest first. */
    public List<PendingConfirmationView> list(ConfirmationFilter filter, int first, int max) {
        Instant now = clock.instant();
        Query query = filtered(filter, now, """
                select r.id, r.email, r.language, r.created_at, r.expires_at,
                       (select string_agg(distinct p.purpose_key, ' ' order by p.purpose_key)
                        from confirmation_item i join purpose p on p.id = i.purpose_id where i.request_id = r.id),
                       (select o.state from mail_outbox o where o.kind = 'DOUBLE_OPT_IN' and o.reference_id = r.id
                        order by o.id desc limit 1)
                from confirmation_request r""", " order by r.created_at desc, r.id desc offset ?%d limit ?%d",
                Math.max(0, first), Math.max(1, Math.min(max, 500)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> {
            Instant expiresAt = ((Timestamp) row[4]).toInstant();
            return new PendingConfirmationView(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    row[5] == null ? List.of() : Arrays.asList(((String) row[5]).split(" ")),
                    ((Timestamp) row[3]).toInstant(), expiresAt, expiresAt.isBefore(now), (String) row[6]);
        }).toList();
    }

    public long count(ConfirmationFilter filter) {
        return ((Number) filtered(filter, clock.instant(), "select count(*) from confirmation_request r", "").getSingleResult())
                .longValue();
    }

    /**
     * Sends the person a new mail for what still awaits confirmation; returns the new request's id.
     *
     * @throws NotFoundException when no open request has this id (confirmed, replaced or erased)
     * @throws ConflictException when none of its statuses still awaits confirmation
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public long resend(long requestId) {
        List<?> found = em.createNativeQuery(
                        "select profile_id, email, language from confirmation_request where id = ?1 and used_at is null for update")
                .setParameter(1, requestId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("confirmation.not_found", requestId);
        }
        Object[] row = (Object[]) found.get(0);
        long profileId = ((Number) row[0]).longValue();
        long renewed = requests.replace(requestId, profileId, (String) row[1], (String) row[2], "resend:" + requestId)
                .orElseThrow(() -> new ConflictException("confirmation.nothing_pending", requestId));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("profile", profileId);
        details.put("request", requestId + " -> " + renewed);
        audit.record(session.getCallerPrincipal(), "confirmation.resent", AUDIT_TARGET, String.valueOf(requestId), details);
        return renewed;
    }

    /** {@code tail} may end with numbered placeholders ({@code ?%d}) for {@code more} parameters after the filter's. */
    private Query filtered(ConfirmationFilter filter, Instant now, String select, String tail, Object... more) {
        ConfirmationFilter criteria = filter == null ? new ConfirmationFilter() : filter;
        List<String> where = new ArrayList<>(List.of("r.used_at is null"));
        List<Object> parameters = new ArrayList<>();
        if (criteria.getPurpose() != null) {
            parameters.add(criteria.getPurpose());
            where.add("exists (select 1 from confirmation_item i join purpose p on p.id = i.purpose_id"
                    + " where i.request_id = r.id and p.purpose_key = ?" + parameters.size() + ")");
        }
        if (criteria.getOlderThanDays() != null) {
            parameters.add(Timestamp.from(now.minus(Duration.ofDays(criteria.getOlderThanDays()))));
            where.add("r.created_at < ?" + parameters.size());
        }
        if (criteria.isExpiredOnly()) {
            parameters.add(Timestamp.from(now));
            where.add("r.expires_at < ?" + parameters.size());
        }
        int next = parameters.size() + 1;
        Object[] positions = new Object[more.length];
        for (int i = 0; i < more.length; i++) {
            positions[i] = next + i;
            parameters.add(more[i]);
        }
        Query query = em.createNativeQuery(select + " where " + String.join(" and ", where) + tail.formatted(positions));
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
