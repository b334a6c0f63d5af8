package com.consentmanager.web.audit;

import com.consentmanager.audit.boundary.AuditEventView;
import com.consentmanager.audit.boundary.AuditTrail;
import com.consentmanager.web.ConsoleTimes;
import com.consentmanager.web.KeyedLazyModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /console/audit.xhtml} (ADMIN, AUDITOR): the audit trail, a page at a time from the
 * database, filtered by action, actor and target, and its CSV export (which is audited too). The
 * page shows each action by its label ({@link com.consentmanager.web.CodeLabels}); the filter and the
 * CSV keep the codes.
 */
@Named
@ViewScoped
public class AuditBacking extends KeyedLazyModel<AuditEventView> {

    private static final long serialVersionUID = 1L;
    /** The export's file name: when, in the company's time zone, digits only. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Inject
    ConsoleTimes times;

    @EJB
    private AuditTrail trail;

    private String action;
    private String actor;
    private String target;

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return Math.toIntExact(trail.count(action, actor, target));
    }

    @Override
    public List<AuditEventView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> columnFilters) {
        return trail.list(action, actor, target, first, pageSize);
    }

    @Override
    protected Object key(AuditEventView event) {
        return event.getId();
    }

    public StreamedContent getExport() {
        byte[] csv = trail.exportCsv(action, actor, target).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("audit-" + STAMP.withZone(times.zone()).format(Instant.now()) + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public String when(Instant instant) {
        return times.seconds(instant);
    }

    /** The event's details as "name: value" lines rather than its stored JSON. */
    public List<AuditDetails.Detail> details(AuditEventView event) {
        return AuditDetails.of(event.getDetails());
    }

    public String getAction() { return action; }

    public void setAction(String action) { this.action = action; }

    public String getActor() { return actor; }

    public void setActor(String actor) { this.actor = actor; }

    public String getTarget() { return target; }

    public void setTarget(String target) { this.target = target; }
}
