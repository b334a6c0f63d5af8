package com.consentmanager.expiry.boundary;

import com.consentmanager.platform.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The expiry sweep: everything due as of now, whenever it last ran (so a sweep after downtime simply
 * catches up): ACCEPTED statuses past their purpose's duration and PENDING statuses whose double
 * opt-in link expired unconfirmed go to UNKNOWN, each with an EXPIRED evidence event (source
 * EXPIRY); then the re-permission mails due are queued. Batches of {@code consent.expiry.batch-size}
 * rows, each its own transaction, under an advisory lock so that two servers never sweep at once.
 * Every run is kept (when, trigger, counts, duration).
 */
@Stateless
public class ExpirySweep {

    private static final Logger LOG = Logger.getLogger(ExpirySweep.class.getName());

    @Inject
    Clock clock;

    @EJB
    SweepSteps steps;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "consent.expiry.batch-size", defaultValue = "50000")
    int batchSize;

    /** Sweeps now (what the timer calls). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SweepRunView sweep(SweepTrigger trigger) {
        String actor = trigger == SweepTrigger.ADMIN ? context.getCallerPrincipal().getName() : "expiry-timer";
        Instant startedAt = clock.instant();
        Instant asOf = startedAt;
        long runId = steps.open(trigger, actor, startedAt, asOf);
        long start = System.nanoTime();
        SweepCounts counts = SweepCounts.NONE;
        SweepRunView.Outcome outcome = SweepRunView.Outcome.DONE;
        String error = null;
        try {
            int expired = batches(() -> steps.expireAccepted(runId, asOf, clock.instant(), batchSize));
            int pending = expired < 0 ? SweepSteps.LOCKED : batches(() -> steps.expirePending(runId, asOf, clock.instant(), batchSize));
            int invitations = pending < 0 ? SweepSteps.LOCKED : steps.invite(asOf);
            counts = new SweepCounts(Math.max(expired, 0), Math.max(pending, 0), Math.max(invitations, 0));
            if (expired < 0 || pending < 0 || invitations < 0) {
                outcome = SweepRunView.Outcome.SKIPPED;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Expiry sweep " + runId + " failed", e);
            outcome = SweepRunView.Outcome.FAILED;
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        steps.close(runId, outcome, counts, clock.instant(), durationMs, error);
        return new SweepRunView(runId, trigger, actor, startedAt, asOf, clock.instant(), outcome, counts, durationMs, error);
    }

    /** An admin's "run now", audited. */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SweepRunView runNow() {
        SweepRunView run = sweep(SweepTrigger.ADMIN);
        steps.audit(context.getCallerPrincipal(), run.id(), Map.of("outcome", run.outcome(), "expired", run.counts().expired(),
                "pendingExpired", run.counts().pendingExpired(), "invitations", run.counts().invitations()));
        return run;
    }

    /** Repeats batches while they are full; LOCKED (-1) when another sweep held the lock before anything was done. */
    private int batches(IntSupplier batch) {
        int total = 0;
        int size = batch.getAsInt();
        if (size == SweepSteps.LOCKED) {
            return SweepSteps.LOCKED;
        }
        while (size > 0) {
            total += size;
            if (size < batchSize) {
                break;
            }
            size = batch.getAsInt();
        }
        return total;
    }
}
