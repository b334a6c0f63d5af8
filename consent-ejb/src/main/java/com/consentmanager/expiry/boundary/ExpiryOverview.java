package com.consentmanager.expiry.boundary;

import com.consentmanager.platform.Languages;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** What the console's expiry page shows: upcoming expirations per purpose and the latest sweeps. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME})
public class ExpiryOverview {

    private static final String UPCOMING = """
            select pu.purpose_key, coalesce(t.subject, d.subject), e.days,
                   count(*) filter (where x.due <= ?1),
                   count(*) filter (where x.due > ?1 and x.due <= ?1 + interval '7 days'),
                   count(*) filter (where x.due > ?1 and x.due <= ?1 + interval '30 days'),
                   count(*) filter (where x.due > ?1 and x.due <= ?1 + interval '90 days')
            from purpose_expiry e
            join purpose pu on pu.id = e.purpose_id
            join purpose_version v on v.purpose_id = pu.id and v.number = pu.current_version
            join purpose_version_text d on d.version_id = v.id and d.language = 'fr'
            left join purpose_version_text t on t.version_id = v.id and t.language = ?2
            left join lateral (
                select greatest(s.event_time, pp.prolonged_at) + make_interval(days => e.days) as due
                from consent_status s
                left join purpose_prolongation pp on pp.purpose_id = s.purpose_id and pp.profile_id = s.profile_id
                where s.purpose_id = e.purpose_id and s.state = 'ACCEPTED'
            ) x on true
            where e.enabled
            group by pu.purpose_key, t.subject, d.subject, e.days
            order by pu.purpose_key""";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    SweepSteps steps;

    public List<UpcomingExpiry> upcoming(String language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(UPCOMING.replace("?1", "cast(?1 as timestamptz)"))
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, Languages.isSupported(language) ? language : Languages.DEFAULT).getResultList();
        return rows.stream().map(row -> new UpcomingExpiry((String) row[0], (String) row[1], ((Number) row[2]).intValue(),
                count(row[3]), count(row[4]), count(row[5]), count(row[6]))).toList();
    }

    public List<SweepRunView> runs(int max) {
        return steps.runs(Math.max(1, Math.min(max, 200)));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
