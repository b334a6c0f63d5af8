package com.consentmanager.web.optin;

import com.consentmanager.mail.boundary.OutboxEntryView;
import com.consentmanager.mail.boundary.OutboxMonitor;
import com.consentmanager.web.KeyedLazyModel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The mail outbox, a page at a time, filtered by delivery state in the database. */
@Dependent
public class OutboxTable extends KeyedLazyModel<OutboxEntryView> {

    private static final long serialVersionUID = 1L;

    @EJB
    private OutboxMonitor outbox;

    private String state;

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return Math.toIntExact(outbox.count(state));
    }

    @Override
    public List<OutboxEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> columnFilters) {
        return outbox.list(state, first, pageSize);
    }

    @Override
    protected Object key(OutboxEntryView row) {
        return row.getId();
    }

    /** PENDING, SENDING, SENT, FAILED, or null for every state. */
    public String getState() { return state; }

    public void setState(String state) { this.state = state; }
}
