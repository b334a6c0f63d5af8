package com.consentmanager.dashboard.boundary;

import com.consentmanager.dashboard.control.DashboardReads;
import com.consentmanager.dashboard.control.SummaryRefresh;
import com.consentmanager.expiry.boundary.UpcomingExpiry;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.TimeZoneSetting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the console's dashboard counts, for every console role (a local view only: the console is
 * its one caller). Each number is counted by the database, never by loading rows.
 * <p>
 * <b>Live</b> (exact as of the call): statuses by state per purpose, evidence events per day and
 * source, open double opt-in requests and their age, the outbox's queued and failed mails.
 * <b>From the summary</b> (as of {@link #findRefreshedAt()}, refreshed every few minutes by the
 * {@link DashboardScheduler} or by {@link #refresh()}): contactable people per channel and their
 * trend over 30 days, and statuses expiring within 7, 30 and 90 days. Those read every accepted
 * status (about a second each on a million statuses), which a page that opens in under a second
 * cannot afford.
 */
@Stateless
@LocalBean
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME})
public class DashboardQueries {

    /** The longest span of the decisions chart. */
    static final int MAX_DAYS = 366;

    @Inject
    DashboardReads reads;

    @Inject
    SummaryRefresh summary;

    @Inject
    Clock clock;

    @Inject
    TimeZoneSetting timeZone;

    /** Contactable people per channel with the count 30 days earlier (summary); empty before the first refresh. */
    public List<ChannelReach> reach(String language) {
        return reads.reach(language(language), SummaryRefresh.TREND_DAYS);
    }

    /** Statuses by state for each active purpose, own purposes first (live). */
    public List<PurposeMix> statusMix(String language) {
        return reads.statusMix(language(language));
    }

    /** Accepted statuses expiring within 7, 30 and 90 days per purpose with expiry on (summary). */
    public List<UpcomingExpiry> expiring(String language) {
        return reads.expiring(language(language));
    }

    /** Open double opt-in requests (live). */
    public PendingOptIns pendingOptIns() {
        return reads.pendingOptIns(clock.instant());
    }

    /** The mail outbox (live). */
    public OutboxHealth outbox() {
        return reads.outbox();
    }

    /** Evidence events per day (in the company's time zone) and source over the last {@code days} days, today included (live); days with none are absent. */
    public List<DecisionCount> decisions(int days) {
        LocalDate today = timeZone.day(clock.instant());
        return reads.decisions(today.minusDays(Math.max(1, Math.min(days, MAX_DAYS)) - 1L), timeZone.zone());
    }

    /** When the summary numbers were counted; empty before the first refresh. */
    public Optional<java.time.Instant> findRefreshedAt() {
        return reads.findRefreshedAt();
    }

    /** Counts the summary again now; false when a refresh was already running (its numbers come shortly). */
    public boolean refresh() {
        return summary.refresh(clock.instant());
    }

    private static String language(String language) {
        return Languages.isSupported(language) ? language : Languages.DEFAULT;
    }
}
