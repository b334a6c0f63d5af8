package com.consentmanager.dashboard.control;

import com.consentmanager.expiry.boundary.UpcomingExpiry;
import com.consentmanager.expiry.control.UpcomingExpiries;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.TimeZoneSetting;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Recomputes the dashboard's summary (tables {@code dashboard_reach} and {@code dashboard_expiry},
 * V18): today's contactable people per channel, the same 30 days ago when no refresh wrote that
 * day (rebuilt once from the evidence), and the expiry counts. Days are those of the company's time
 * zone ({@link TimeZoneSetting}), as the console shows times in it. One refresh at a time across servers (an advisory lock): a second one finds
 * the lock taken and leaves the work to the first.
 */
@Dependent
public class SummaryRefresh {

    /** Serialises refreshes across servers (pg_try_advisory_xact_lock). */
    static final long ADVISORY_KEY = 0x636f6e73656e7418L;
    /** How far back the trend looks. */
    public static final int TREND_DAYS = 30;
    /** Days of history kept. */
    static final int KEPT_DAYS = 400;

    private static final String UPSERT = """
            insert into dashboard_reach (day, channel_id, contactable, source, refreshed_at)
            select cast(?1 as date), c.id, coalesce(x.n, 0), ?2, cast(?3 as timestamptz)
            from channel c left join (%s) x (channel_id, n) on x.channel_id = c.id
            on conflict (day, channel_id) do update
            set contactable = excluded.contactable, source = excluded.source, refreshed_at = excluded.refreshed_at""";

    @PersistenceContext
    EntityManager em;

    @Inject
    UpcomingExpiries upcoming;

    @Inject
    TimeZoneSetting timeZone;

    /** Returns false when another refresh holds the lock (nothing done). */
    public boolean refresh(Instant now) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, ADVISORY_KEY).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return false;
        }
        LocalDate today = timeZone.day(now);
        Timestamp at = Timestamp.from(now);
        em.createNativeQuery(UPSERT.formatted(Contactable.NOW))
                .setParameter(1, java.sql.Date.valueOf(today)).setParameter(2, "LIVE").setParameter(3, at).executeUpdate();
        LocalDate then = today.minusDays(TREND_DAYS);
        Number known = (Number) em.createNativeQuery("select count(*) from dashboard_reach where day = ?1")
                .setParameter(1, java.sql.Date.valueOf(then)).getSingleResult();
        if (known.longValue() == 0) {
            em.createNativeQuery(UPSERT.formatted(Contactable.AS_OF))
                    .setParameter(1, java.sql.Date.valueOf(then)).setParameter(2, "EVIDENCE").setParameter(3, at)
                    .setParameter(4, Timestamp.from(now.minus(Duration.ofDays(TREND_DAYS)))).executeUpdate();
        }
        em.createNativeQuery("delete from dashboard_reach where day < ?1")
                .setParameter(1, java.sql.Date.valueOf(today.minusDays(KEPT_DAYS))).executeUpdate();
        em.createNativeQuery("delete from dashboard_expiry").executeUpdate();
        for (UpcomingExpiry row : upcoming.asOf(now, Languages.DEFAULT)) {
            em.createNativeQuery("""
                            insert into dashboard_expiry (purpose_id, days, overdue, within7, within30, within90, refreshed_at)
                            select id, ?2, ?3, ?4, ?5, ?6, cast(?7 as timestamptz) from purpose where purpose_key = ?1""")
                    .setParameter(1, row.purposeKey()).setParameter(2, row.days()).setParameter(3, row.overdue())
                    .setParameter(4, row.within7()).setParameter(5, row.within30()).setParameter(6, row.within90())
                    .setParameter(7, at).executeUpdate();
        }
        return true;
    }
}
