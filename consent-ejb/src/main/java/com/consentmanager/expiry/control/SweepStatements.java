package com.consentmanager.expiry.control;

import com.consentmanager.profile.control.BulkLedger;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The sweep's steps, each handling at most one batch: the expiry of due statuses goes through the
 * ledger's set-based path ({@link BulkLedger}, which says how a batch chooses and locks its rows);
 * the invitations to renew, which write no status, are here. The advisory lock serialises batches
 * across servers.
 */
@Dependent
public class SweepStatements {

    /** Serialises the sweep's batches across servers (pg_try_advisory_xact_lock). */
    public static final long ADVISORY_KEY = 0x636f6e73656e7401L;

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

    @Inject
    BulkLedger ledger;

    /** Whether this transaction may sweep now: false while another server's (or thread's) batch runs. */
    public boolean tryLock() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, ADVISORY_KEY).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /** The due ACCEPTED statuses, one batch, through the ledger's set-based path. */
    public int expireAccepted(Instant asOf, Instant recordedAt, String reference, int max) {
        return ledger.expireAccepted(asOf, recordedAt, reference, max);
    }

    /** The PENDING statuses whose confirmation expired, one batch, through the ledger's set-based path. */
    public int expirePending(Instant asOf, Instant recordedAt, String reference, int max) {
        return ledger.expirePending(asOf, recordedAt, reference, max);
    }

    public int invite(Instant asOf) {
        return em.createNativeQuery(INVITE).setParameter(1, Timestamp.from(asOf)).executeUpdate();
    }

}
