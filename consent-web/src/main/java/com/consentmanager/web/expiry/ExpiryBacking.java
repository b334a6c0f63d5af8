package com.consentmanager.web.expiry;

import com.consentmanager.expiry.boundary.ExpiryOverview;
import com.consentmanager.expiry.boundary.ExpirySweep;
import com.consentmanager.expiry.boundary.SweepRunView;
import com.consentmanager.expiry.boundary.UpcomingExpiry;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.ConsoleTimes;
import com.consentmanager.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The expiry page: upcoming expirations per purpose (7/30/90 days), the latest sweeps, and "run now" (admin). */
@Named
@ViewScoped
public class ExpiryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RUNS_SHOWN = 20;

    @Inject
    ConsoleTimes times;

    @EJB
    ExpiryOverview overview;

    @EJB
    ExpirySweep sweep;

    @Inject
    ConsoleMessages messages;

    @Inject
    LocaleBacking locale;

    private List<UpcomingExpiry> upcoming;
    private List<SweepRunView> runs;

    public void load() {
        upcoming = overview.upcoming(locale.getLocale().getLanguage());
        runs = overview.runs(RUNS_SHOWN);
    }

    public void runNow() {
        SweepRunView run = sweep.runNow();
        messages.info("expiry.run.done", run.counts().expired(), run.counts().pendingExpired(), run.counts().invitations(),
                run.durationMs());
        load();
    }

    /** A time as the console shows it (to the second, in the company's time zone). */
    public String when(Instant instant) {
        return times.seconds(instant);
    }

    public List<UpcomingExpiry> getUpcoming() {
        return upcoming;
    }

    public List<SweepRunView> getRuns() {
        return runs;
    }
}
