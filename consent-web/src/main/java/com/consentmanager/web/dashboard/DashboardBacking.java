package com.consentmanager.web.dashboard;

import com.consentmanager.dashboard.boundary.ChannelReach;
import com.consentmanager.dashboard.boundary.DashboardQueries;
import com.consentmanager.dashboard.boundary.OutboxHealth;
import com.consentmanager.dashboard.boundary.PendingOptIns;
import com.consentmanager.dashboard.boundary.PurposeMix;
import com.consentmanager.expiry.boundary.ExpiryOverview;
import com.consentmanager.expiry.boundary.SweepRunView;
import com.consentmanager.expiry.boundary.UpcomingExpiry;
import com.consentmanager.importing.boundary.ImportJobView;
import com.consentmanager.importing.boundary.ImportManager;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.ConsoleTimes;
import com.consentmanager.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Backs {@code /console/dashboard.xhtml}, the console's home for every role: the counts of
 * {@link DashboardQueries} (live or from its summary, as it says), the latest sweeps, and for ADMIN
 * and OPERATOR the latest imports (the imports boundary is theirs). The decisions chart spans 30
 * days or, on request, 90.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHORT_SPAN = 30;
    static final int LONG_SPAN = 90;
    static final int RECENT = 5;

    @Inject
    ConsoleTimes times;

    @EJB
    DashboardQueries dashboard;

    @EJB
    ExpiryOverview expiry;

    @EJB
    ImportManager imports;

    @Inject
    LocaleBacking locale;

    @Inject
    ConsoleMessages messages;

    private int span = SHORT_SPAN;
    private Instant loadedAt;
    private Instant refreshedAt;
    private List<ChannelReach> reach;
    private List<PurposeMix> mix;
    private List<UpcomingExpiry> expiring;
    private PendingOptIns pending;
    private OutboxHealth outbox;
    private List<SweepRunView> sweeps;
    private List<ImportJobView> lastImports;
    private DecisionSeries decisions;
    private String mixChart;
    private String decisionsChart;

    public void load() {
        String language = locale.getLanguage();
        loadedAt = Instant.now();
        refreshedAt = dashboard.findRefreshedAt().orElse(null);
        reach = dashboard.reach(language);
        mix = dashboard.statusMix(language);
        expiring = dashboard.expiring(language);
        pending = dashboard.pendingOptIns();
        outbox = dashboard.outbox();
        sweeps = expiry.runs(RECENT);
        lastImports = isImportsShown() ? imports.list(null, 0, RECENT) : List.of();
        ResourceBundle texts = texts();
        mixChart = ChartConfigs.statusMix(mix, state -> texts.getString("ConsentState." + state));
        loadDecisions();
    }

    /** Shows the decisions of the last 30 or 90 days (anything else: 30); only they are counted again. */
    public void showSpan(int days) {
        span = days == LONG_SPAN ? LONG_SPAN : SHORT_SPAN;
        loadDecisions();
    }

    private void loadDecisions() {
        decisions = DecisionSeries.of(dashboard.decisions(span), LocalDate.ofInstant(Instant.now(), times.zone()), span);
        decisionsChart = ChartConfigs.decisions(decisions, this::sourceLabel);
    }

    /** Counts the summary again (contactable people, expiry) and shows everything anew. */
    public void refresh() {
        if (dashboard.refresh()) {
            messages.info("dashboard.refreshed");
        } else {
            messages.info("dashboard.refresh.running");
        }
        load();
    }

    public String sourceLabel(String source) {
        String key = "SourceType." + source;
        ResourceBundle texts = texts();
        return texts.containsKey(key) ? texts.getString(key) : source;
    }

    /** The zone whose calendar days the decisions chart counts. */
    public String getTimeZone() {
        return times.zone().getId();
    }

    public String spanLabel(int days) {
        return messages.text("dashboard.decisions.days", days);
    }

    public String when(Instant instant) {
        return times.seconds(instant);
    }

    /** Whole days from {@code instant} to when the page was counted; null for null. */
    public Long daysSince(Instant instant) {
        return instant == null ? null : Duration.between(instant, loadedAt).toDays();
    }

    public boolean isImportsShown() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("ADMIN") || external.isUserInRole("OPERATOR");
    }

    private static ResourceBundle texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "text");
    }

    public int getSpan() { return span; }

    public Instant getRefreshedAt() { return refreshedAt; }

    public List<ChannelReach> getReach() { return reach; }

    public List<PurposeMix> getMix() { return mix; }

    public List<UpcomingExpiry> getExpiring() { return expiring; }

    public PendingOptIns getPending() { return pending; }

    public OutboxHealth getOutbox() { return outbox; }

    public List<SweepRunView> getSweeps() { return sweeps; }

    public List<ImportJobView> getLastImports() { return lastImports; }

    public DecisionSeries getDecisions() { return decisions; }

    public String getMixChart() { return mixChart; }

    public String getDecisionsChart() { return decisionsChart; }
}
