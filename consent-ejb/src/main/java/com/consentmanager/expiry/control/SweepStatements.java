package com.consentmanager.expiry.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The sweep's SQL, one statement per step, each handling at most one batch. A batch chooses the due
 * statuses and locks them with their profiles ({@code FOR NO KEY UPDATE SKIP LOCKED}; the profile's
 * row lock is the one every status change takes first, see {@code Ledger}): a profile being decided
 * on right now is skipped and taken by the next batch or sweep, and a status changed since the
 * statement began is seen in its new version (and dropped if no longer due, the batch taking another
 * one instead). The statuses are then updated by their row address (ctid, a TID scan rather than a
 * join over the whole table), still only in the state the step expires, each taking a new event id
 * from the evidence's sequence; the EXPIRED events are inserted from the UPDATE's RETURNING with
 * exactly those ids, so that {@code consent_status.last_event_id} names its event and there is one
 * event per status changed. A status is due only while ACCEPTED (or PENDING), so a second sweep, or
 * the same one again, finds nothing more to do.
 */
@Dependent
public class SweepStatements {

    /** Serialises the sweep's batches across servers (pg_try_advisory_xact_lock). */
    public static final long ADVISORY_KEY = 0x636f6e73656e7401L;

    /** When the last contact (acceptance, renewal or prolonging activity) is older than the purpose's duration. */
    private static final String EXPIRE_ACCEPTED = """
            with due as (
                select s.ctid as row_id, e.days, greatest(s.event_time, pp.prolonged_at) as last_contact
                from consent_status s
                join purpose_expiry e on e.purpose_id = s.purpose_id and e.enabled
                join profile p on p.id = s.profile_id
                left join purpose_prolongation pp on pp.purpose_id = s.purpose_id and pp.profile_id = s.profile_id
                where s.state = 'ACCEPTED'
                  and s.event_time <= cast(?1 as timestamptz) - make_interval(days => e.days)
                  and (pp.prolonged_at is null or pp.prolonged_at <= cast(?1 as timestamptz) - make_interval(days => e.days))
                limit ?2
                for no key update of s skip locked
                for no key update of p skip locked
            ), expired as (
                update consent_status s
                set state = 'UNKNOWN', event_time = cast(?1 as timestamptz), last_event_id = nextval('consent_event_id_seq')
                from due
                where s.ctid = any(array(select row_id from due)) and s.ctid = due.row_id and s.state = 'ACCEPTED'
                returning s.last_event_id, s.profile_id, s.purpose_id, s.purpose_version, s.channel_id, due.days, due.last_contact
            )
            insert into consent_event (id, profile_id, purpose_id, purpose_version, channel_id, previous_state, event_state,
                event_type, event_time, recorded_at, validity_until, source_type, source_reference, actor, reason)
            select last_event_id, profile_id, purpose_id, purpose_version, channel_id, 'ACCEPTED', 'UNKNOWN', 'EXPIRED',
                   cast(?1 as timestamptz), cast(?3 as timestamptz), last_contact + make_interval(days => days), 'EXPIRY',
                   cast(?4 as varchar), 'expiry', 'No prolonging activity for ' || days || ' days'
            from expired""";

    /** PENDING statuses whose confirmation request expired unused, with no valid request left for them. */
    private static final String EXPIRE_PENDING = """
            with due as (
                select s.ctid as row_id,
                       (select max(r.id) from confirmation_request r join confirmation_item i on i.request_id = r.id
                        where r.profile_id = s.profile_id and i.purpose_id = s.purpose_id and i.channel_id = s.channel_id
                          and r.used_at is null and r.expires_at <= cast(?1 as timestamptz)) as request_id
                from consent_status s
                join profile p on p.id = s.profile_id
                where s.state = 'PENDING'
                  and exists (select 1 from confirmation_request r join confirmation_item i on i.request_id = r.id
                              where r.profile_id = s.profile_id and i.purpose_id = s.purpose_id and i.channel_id = s.channel_id
                                and r.used_at is null and r.expires_at <= cast(?1 as timestamptz))
                  and not exists (select 1 from confirmation_request r join confirmation_item i on i.request_id = r.id
                                  where r.profile_id = s.profile_id and i.purpose_id = s.purpose_id and i.channel_id = s.channel_id
                                    and r.used_at is null and r.expires_at > cast(?1 as timestamptz))
                limit ?2
                for no key update of s skip locked
                for no key update of p skip locked
            ), expired as (
                update consent_status s
                set state = 'UNKNOWN', event_time = cast(?1 as timestamptz), last_event_id = nextval('consent_event_id_seq')
                from due
                where s.ctid = any(array(select row_id from due)) and s.ctid = due.row_id and s.state = 'PENDING'
                returning s.last_event_id, s.profile_id, s.purpose_id, s.purpose_version, s.channel_id, due.request_id
            )
            insert into consent_event (id, profile_id, purpose_id, purpose_version, channel_id, previous_state, event_state,
                event_type, event_time, recorded_at, source_type, source_reference, actor, reason)
            select last_event_id, profile_id, purpose_id, purpose_version, channel_id, 'PENDING', 'UNKNOWN', 'EXPIRED',
                   cast(?1 as timestamptz), cast(?3 as timestamptz), 'EXPIRY', cast(?4 as varchar), 'expiry',
                   'Double opt-in not confirmed in time (confirmation:' || request_id || ')'
            from expired""";

    /**
     * One invitation per profile, purpose and cycle, for purposes with re-permission, when the first
     * of its accepted channels comes within the re-permission days of expiry; its mail is queued in
     * the same statement. The unique cycle makes a second run (or server) add nothing.
     */
    private static final String INVITE = """
            with due as (
                select s.profile_id, s.purpose_id, e.days, min(greatest(s.event_time, pp.prolonged_at)) as basis_at
                from consent_status s
                join purpose_expiry e on e.purpose_id = s.purpose_id and e.enabled and e.repermission_days is not null
                left join purpose_prolongation pp on pp.purpose_id = s.purpose_id and pp.profile_id = s.profile_id
                where s.state = 'ACCEPTED'
                  and s.event_time <= cast(?1 as timestamptz) - make_interval(days => e.days - e.repermission_days)
                  and (pp.prolonged_at is null or pp.prolonged_at <= cast(?1 as timestamptz) - make_interval(days => e.days - e.repermission_days))
                group by s.profile_id, s.purpose_id, e.days
            ), made as (
                insert into renewal_request (profile_id, purpose_id, email, language, basis_at, expires_at, created_at)
                select d.profile_id, d.purpose_id, p.email, p.language, d.basis_at, d.basis_at + make_interval(days => d.days), cast(?1 as timestamptz)
                from due d join profile p on p.id = d.profile_id
                where d.basis_at + make_interval(days => d.days) > cast(?1 as timestamptz)
                  and p.email is not null and p.erased_at is null and p.objected_at is null
                on conflict (profile_id, purpose_id, basis_at) do nothing
                returning id, email, language
            )
            insert into mail_outbox (kind, reference_id, recipient, language, next_attempt_at, created_at)
            select 'RENEWAL', id, email, language, cast(?1 as timestamptz), cast(?1 as timestamptz) from made""";

    @PersistenceContext
    EntityManager em;

    /** Whether this transaction may sweep now: false while another server's (or thread's) batch runs. */
    public boolean tryLock() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, ADVISORY_KEY).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    public int expireAccepted(Instant asOf, Instant recordedAt, String reference, int max) {
        return run(EXPIRE_ACCEPTED, asOf, recordedAt, reference, max);
    }

    public int expirePending(Instant asOf, Instant recordedAt, String reference, int max) {
        return run(EXPIRE_PENDING, asOf, recordedAt, reference, max);
    }

    public int invite(Instant asOf) {
        return em.createNativeQuery(INVITE).setParameter(1, Timestamp.from(asOf)).executeUpdate();
    }

    private int run(String sql, Instant asOf, Instant recordedAt, String reference, int max) {
        return em.createNativeQuery(sql).setParameter(1, Timestamp.from(asOf)).setParameter(2, max)
                .setParameter(3, Timestamp.from(recordedAt)).setParameter(4, reference).executeUpdate();
    }
}
