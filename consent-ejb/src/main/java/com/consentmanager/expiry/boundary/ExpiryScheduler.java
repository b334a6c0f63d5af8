package com.consentmanager.expiry.boundary;

import com.consentmanager.expiry.control.ExpirySchedule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Runs the expiry sweep on its calendar schedule ({@code consent.expiry.schedule}, default nightly),
 * one non-persistent timer per server: the sweep's advisory lock lets one server work at a time and
 * the others find nothing left. A server that starts after a missed run (down over its schedule,
 * nothing run for {@code consent.expiry.catch-up-hours}) sweeps a minute after start-up: the sweep
 * expires whatever is due as of now, so catching up is just sweeping.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@PermitAll
public class ExpiryScheduler {

    private static final Logger LOG = Logger.getLogger(ExpiryScheduler.class.getName());

    @Resource
    TimerService timers;

    @EJB
    ExpirySweep sweep;

    @EJB
    SweepSteps steps;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "consent.expiry.schedule", defaultValue = ExpirySchedule.NIGHTLY)
    String schedule;

    @Inject
    @ConfigProperty(name = "consent.expiry.catch-up-hours", defaultValue = "25")
    int catchUpHours;

    /** How long after start-up the catch-up sweep runs (the test domain: 1 s, before its tests move the clock). */
    @Inject
    @ConfigProperty(name = "consent.expiry.catch-up-delay-seconds", defaultValue = "60")
    int catchUpDelaySeconds;

    @PostConstruct
    void schedule() {
        Timer timer = timers.createCalendarTimer(ExpirySchedule.parse(schedule), new TimerConfig(SweepTrigger.TIMER, false));
        LOG.info(() -> "Expiry sweep scheduled (" + schedule + "), next at " + timer.getNextTimeout().toInstant());
        if (ExpirySchedule.catchUpDue(steps.lastRunStart(), clock.instant(), Duration.ofHours(catchUpHours))) {
            timers.createSingleActionTimer(Math.max(1, catchUpDelaySeconds) * 1000L, new TimerConfig(SweepTrigger.STARTUP, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void fire(Timer timer) {
        SweepTrigger trigger = timer.getInfo() instanceof SweepTrigger given ? given : SweepTrigger.TIMER;
        SweepRunView run = sweep.sweep(trigger);
        LOG.info(() -> "Expiry sweep " + run.id() + " (" + trigger + "): " + run.outcome() + ", " + run.counts() + ", "
                + run.durationMs() + " ms");
    }
}
