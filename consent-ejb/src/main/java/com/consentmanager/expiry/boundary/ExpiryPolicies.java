package com.consentmanager.expiry.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.expiry.control.Activities;
import com.consentmanager.expiry.control.PolicyRules;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Per-purpose expiry policies and activity types, read by every console role and changed by admins
 * (audited, before → after). Turning expiry on, or changing the prolonging types, rebuilds the
 * purpose's last prolonging activities from the whole history, so the policy applies to the people
 * already there (their last activity, else the date of their acceptance) at the next sweep.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME})
public class ExpiryPolicies {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Activities activities;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    public ExpiryPolicy policy(String purposeKey) {
        long purposeId = purposeId(purposeKey);
        Object[] row = (Object[]) em.createNativeQuery("select enabled, days, repermission_days from purpose_expiry where purpose_id = ?1")
                .setParameter(1, purposeId).getResultStream().findFirst().orElse(null);
        if (row == null) {
            return new ExpiryPolicy(false, ExpiryPolicy.DEFAULT_DAYS, List.of(), null);
        }
        @SuppressWarnings("unchecked")
        List<String> types = em.createNativeQuery("select activity_type from purpose_prolonging_activity where purpose_id = ?1"
                + " order by activity_type").setParameter(1, purposeId).getResultList();
        return new ExpiryPolicy((Boolean) row[0], ((Number) row[1]).intValue(), types, row[2] == null ? null : ((Number) row[2]).intValue());
    }

    public List<ActivityTypeView> activityTypes() {
        return activities.types().stream().map(row -> new ActivityTypeView((String) row[0], (Boolean) row[1], (Boolean) row[2])).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ExpiryPolicy update(String purposeKey, ExpiryPolicy wanted) {
        long purposeId = purposeId(purposeKey);
        Map<String, Boolean> known = activityTypes().stream().collect(Collectors.toMap(ActivityTypeView::key, ActivityTypeView::canProlong));
        List<FieldViolation> violations = PolicyRules.check(wanted, known);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ExpiryPolicy before = policy(purposeKey);
        em.createNativeQuery("""
                        insert into purpose_expiry (purpose_id, enabled, days, repermission_days, updated_at) values (?1, ?2, ?3, cast(?4 as integer), ?5)
                        on conflict (purpose_id) do update set enabled = excluded.enabled, days = excluded.days,
                            repermission_days = excluded.repermission_days, updated_at = excluded.updated_at""")
                .setParameter(1, purposeId).setParameter(2, wanted.isEnabled()).setParameter(3, wanted.getDays())
                .setParameter(4, wanted.getRepermissionDays()).setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
        Set<String> types = Set.copyOf(wanted.getProlongingTypes());
        if (!types.equals(Set.copyOf(before.getProlongingTypes())) || wanted.isEnabled() && !before.isEnabled()) {
            em.createNativeQuery("delete from purpose_prolonging_activity where purpose_id = ?1").setParameter(1, purposeId).executeUpdate();
            for (String type : types) {
                em.createNativeQuery("insert into purpose_prolonging_activity (purpose_id, activity_type) values (?1, ?2)")
                        .setParameter(1, purposeId).setParameter(2, type).executeUpdate();
            }
            activities.rebuildProlongations(purposeId);
        }
        ExpiryPolicy after = policy(purposeKey);
        audit.record(context.getCallerPrincipal(), "expiry.policy.update", "purpose", purposeKey,
                Map.of("before", before.toString(), "after", after.toString()));
        return after;
    }

    /** Declares a custom activity type (upper-case letters, digits, underscores). */
    @RolesAllowed(Role.ADMIN_NAME)
    public ActivityTypeView declareType(String key) {
        String type = key == null ? "" : key.strip().toUpperCase(java.util.Locale.ROOT);
        if (!PolicyRules.wellFormedType(type)) {
            throw new InvalidInputException(List.of(new FieldViolation("type", "activity.type.format", type)));
        }
        if (activities.declare(type)) {
            audit.record(context.getCallerPrincipal(), "expiry.activity_type.declare", "activity_type", type, Map.of());
        }
        return new ActivityTypeView(type, false, activities.canProlong(type).orElse(true));
    }

    private long purposeId(String purposeKey) {
        List<?> ids = em.createNativeQuery("select id from purpose where purpose_key = ?1")
                .setParameter(1, purposeKey == null ? "" : purposeKey.strip()).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("purpose.not_found", purposeKey);
        }
        return ((Number) ids.get(0)).longValue();
    }
}
