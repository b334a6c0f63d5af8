package com.consentmanager.dashboard.control;

import com.consentmanager.dashboard.boundary.ChannelReach;
import com.consentmanager.dashboard.boundary.DecisionCount;
import com.consentmanager.dashboard.boundary.OutboxHealth;
import com.consentmanager.dashboard.boundary.PendingOptIns;
import com.consentmanager.dashboard.boundary.PurposeMix;
import com.consentmanager.expiry.boundary.UpcomingExpiry;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's reads, each one statement. Live: the statuses by state per purpose (an index-only
 * count per purpose on {@code consent_status_audience}), the evidence per day and source (a range
 * per purpose on {@code consent_event_purpose}), open confirmation requests and the outbox (partial
 * indexes). From the summary that {@link SummaryRefresh} keeps: contactable people per channel with
 * their trend, and the expiry counts. {@code ?1} is always the language of the texts.
 */
@Dependent
public class DashboardReads {

    /** The subject of a purpose's current text in ?1, else in French (joins d and t onto {@code pu}). */
    private static final String SUBJECT_JOINS = """
            join purpose_version v on v.purpose_id = pu.id and v.number = pu.current_version
            join purpose_version_text d on d.version_id = v.id and d.language = 'fr'
            left join purpose_version_text t on t.version_id = v.id and t.language = ?1
            """;

    private static final String MIX = """
            select pu.purpose_key, coalesce(t.subject, d.subject), pu.partner_id is not null, c.accepted, c.refused, c.unknown, c.pending
            from purpose pu
            """ + SUBJECT_JOINS + """
            cross join lateral (
                select count(*) filter (where s.state = 'ACCEPTED') as accepted, count(*) filter (where s.state = 'REFUSED') as refused,
                       count(*) filter (where s.state = 'UNKNOWN') as unknown, count(*) filter (where s.state = 'PENDING') as pending
                from consent_status s where s.purpose_id = pu.id) c
            where pu.active
            order by pu.partner_id is not null, pu.purpose_key""";

    private static final String DECISIONS = """
            select cast(date_trunc('day', e.event_time at time zone ?2) as date), e.source_type, count(*)
            from purpose pu
            cross join lateral (
                select e.event_time, e.source_type from consent_event e
                where e.purpose_id = pu.id and e.event_time >= cast(?1 as timestamptz)) e
            group by 1, 2
            order by 1, 2""";

    private static final String REACH = """
            select c.channel_key, coalesce(n.name, f.name, c.channel_key), r.contactable, o.contactable, r.refreshed_at
            from channel c
            cross join lateral (
                select day, contactable, refreshed_at from dashboard_reach where channel_id = c.id order by day desc limit 1) r
            left join dashboard_reach o on o.channel_id = c.id and o.day = r.day - ?2
            left join channel_public_name n on n.channel_id = c.id and n.language = ?1
            left join channel_public_name f on f.channel_id = c.id and f.language = 'fr'
            order by r.contactable desc, c.channel_key""";

    private static final String EXPIRING = """
            select pu.purpose_key, coalesce(t.subject, d.subject), x.days, x.overdue, x.within7, x.within30, x.within90
            from dashboard_expiry x
            join purpose pu on pu.id = x.purpose_id
            """ + SUBJECT_JOINS + """
            order by pu.purpose_key""";

    @PersistenceContext
    EntityManager em;

    public List<PurposeMix> statusMix(String language) {
        return rows(em.createNativeQuery(MIX).setParameter(1, language).getResultList()).stream()
                .map(row -> new PurposeMix((String) row[0], (String) row[1], (Boolean) row[2], count(row[3]), count(row[4]),
                        count(row[5]), count(row[6]))).toList();
    }

    /** Evidence events per day of {@code zone} and source from {@code since} (a day of that zone) on. */
    public List<DecisionCount> decisions(LocalDate since, ZoneId zone) {
        Timestamp start = Timestamp.from(since.atStartOfDay(zone).toInstant());
        return rows(em.createNativeQuery(DECISIONS).setParameter(1, start).setParameter(2, zone.getId()).getResultList()).stream()
                .map(row -> new DecisionCount(((Date) row[0]).toLocalDate(), (String) row[1], count(row[2]))).toList();
    }

    public PendingOptIns pendingOptIns(Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select count(*), count(*) filter (where expires_at < cast(?1 as timestamptz)), min(created_at)
                        from confirmation_request where used_at is null""")
                .setParameter(1, Timestamp.from(now)).getSingleResult();
        return new PendingOptIns(count(row[0]), count(row[1]), instant(row[2]));
    }

    public OutboxHealth outbox() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*) filter (where state = 'PENDING'), count(*) filter (where state = 'FAILED'),
                       min(created_at) filter (where state = 'PENDING')
                from mail_outbox where state <> 'SENT'""").getSingleResult();
        return new OutboxHealth(count(row[0]), count(row[1]), instant(row[2]));
    }

    /** Channels the summary has counted, most contactable first. */
    public List<ChannelReach> reach(String language, int trendDays) {
        return rows(em.createNativeQuery(REACH).setParameter(1, language).setParameter(2, trendDays).getResultList()).stream()
                .map(row -> new ChannelReach((String) row[0], (String) row[1], count(row[2]),
                        row[3] == null ? null : count(row[3]), instant(row[4]))).toList();
    }

    public List<UpcomingExpiry> expiring(String language) {
        return rows(em.createNativeQuery(EXPIRING).setParameter(1, language).getResultList()).stream()
                .map(row -> new UpcomingExpiry((String) row[0], (String) row[1], ((Number) row[2]).intValue(), count(row[3]),
                        count(row[4]), count(row[5]), count(row[6]))).toList();
    }

    /** When the summary was last refreshed; empty before its first refresh. */
    public Optional<Instant> findRefreshedAt() {
        return Optional.ofNullable(instant(em.createNativeQuery("select max(refreshed_at) from dashboard_reach where source = 'LIVE'")
                .getSingleResult()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
