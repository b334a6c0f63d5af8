package com.consentmanager.expiry.control;

import com.consentmanager.profile.entity.SourceType;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records activities of profiles and keeps, in the same transaction, the last prolonging activity of
 * each purpose whose policy lists the type: the sweep then reads one row per purpose and profile
 * instead of the history. An activity older than the one kept changes nothing there.
 */
@Dependent
public class Activities {

    public static final String PARTICIPATION = "PARTICIPATION";
    public static final String DOUBLE_OPT_IN_CONFIRMED = "DOUBLE_OPT_IN_CONFIRMED";
    public static final String RENEWAL = "RENEWAL";
    public static final String EMAIL_OPEN = "EMAIL_OPEN";
    public static final int TYPE_MAX_LENGTH = 64;
    public static final int REFERENCE_MAX_LENGTH = 250;

    private static final String PROLONG = """
            insert into purpose_prolongation (purpose_id, profile_id, prolonged_at)
            select purpose_id, ?1, ?2 from purpose_prolonging_activity where activity_type = ?3
            on conflict (purpose_id, profile_id) do update set prolonged_at = excluded.prolonged_at
            where purpose_prolongation.prolonged_at < excluded.prolonged_at""";

    @PersistenceContext
    EntityManager em;

    public long record(long profileId, String type, Instant occurredAt, Instant recordedAt, SourceType source, String reference) {
        Number id = (Number) em.createNativeQuery("insert into profile_activity (profile_id, activity_type, occurred_at, recorded_at,"
                        + " source_type, source_reference) values (?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, profileId).setParameter(2, type).setParameter(3, Timestamp.from(occurredAt))
                .setParameter(4, Timestamp.from(recordedAt)).setParameter(5, source.name()).setParameter(6, reference)
                .getSingleResult();
        em.createNativeQuery(PROLONG).setParameter(1, profileId).setParameter(2, Timestamp.from(occurredAt)).setParameter(3, type)
                .executeUpdate();
        return id.longValue();
    }

    /** Whether the type is declared, and whether it can prolong (empty: unknown type). */
    public Optional<Boolean> canProlong(String type) {
        return em.createNativeQuery("select can_prolong from activity_type where type_key = ?1").setParameter(1, type)
                .getResultStream().findFirst().map(Boolean.class::cast);
    }

    /** Every declared type, built-in first, each with whether it can prolong. */
    public List<Object[]> types() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select type_key, built_in, can_prolong from activity_type"
                + " order by built_in desc, type_key").getResultList();
        return rows;
    }

    public boolean declare(String type) {
        return em.createNativeQuery("insert into activity_type (type_key, built_in, can_prolong, created_at)"
                        + " values (?1, false, true, now()) on conflict do nothing").setParameter(1, type).executeUpdate() == 1;
    }

    /**
     * Rebuilds a purpose's last prolonging activities from the whole history, for its current types:
     * what makes a policy turned on (or given other types) apply to the profiles already there.
     */
    public void rebuildProlongations(long purposeId) {
        em.createNativeQuery("delete from purpose_prolongation where purpose_id = ?1").setParameter(1, purposeId).executeUpdate();
        em.createNativeQuery("""
                        insert into purpose_prolongation (purpose_id, profile_id, prolonged_at)
                        select ?1, a.profile_id, max(a.occurred_at) from profile_activity a
                        join purpose_prolonging_activity t on t.activity_type = a.activity_type and t.purpose_id = ?1
                        group by a.profile_id""")
                .setParameter(1, purposeId).executeUpdate();
    }
}
