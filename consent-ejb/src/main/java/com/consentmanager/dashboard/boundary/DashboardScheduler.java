package com.consentmanager.dashboard.boundary;

import com.consentmanager.dashboard.control.SummaryRefresh;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Refreshes the dashboard's summary every {@code consent.dashboard.refresh-minutes} (default 10)
 * on each server, the first time {@code consent.dashboard.first-refresh-seconds} (default 30) after
 * start-up; a non-persistent interval timer. Servers that fire together do not count twice: the
 * refresh's advisory lock lets one through.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@PermitAll
public class DashboardScheduler {

    private static final Logger LOG = Logger.getLogger(DashboardScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    SummaryRefresh summary;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "consent.dashboard.refresh-minutes", defaultValue = "10")
    int refreshMinutes;

    @Inject
    @ConfigProperty(name = "consent.dashboard.first-refresh-seconds", defaultValue = "30")
    int firstRefreshSeconds;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(Math.max(1, firstRefreshSeconds) * 1000L, Math.max(1, refreshMinutes) * 60_000L,
                new TimerConfig("dashboard summary", false));
    }

    @Timeout
    public void fire() {
        long start = System.nanoTime();
        boolean done = summary.refresh(clock.instant());
        LOG.fine(() -> "Dashboard summary " + (done ? "refreshed in " + (System.nanoTime() - start) / 1_000_000 + " ms"
                : "left to the refresh already running"));
    }
}
