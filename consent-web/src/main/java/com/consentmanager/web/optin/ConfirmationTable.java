package com.consentmanager.web.optin;

import com.consentmanager.optin.boundary.ConfirmationFilter;
import com.consentmanager.optin.boundary.PendingConfirmationView;
import com.consentmanager.optin.boundary.PendingConfirmations;
import com.consentmanager.web.KeyedLazyModel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** Open confirmation requests, a page at a time: the filters above the table are applied by the database. */
@Dependent
public class ConfirmationTable extends KeyedLazyModel<PendingConfirmationView> {

    private static final long serialVersionUID = 1L;

    @EJB
    private PendingConfirmations confirmations;

    private String purpose;
    private Integer olderThanDays;
    private boolean expiredOnly;

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return Math.toIntExact(confirmations.count(filter()));
    }

    @Override
    public List<PendingConfirmationView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                              Map<String, FilterMeta> columnFilters) {
        return confirmations.list(filter(), first, pageSize);
    }

    @Override
    protected Object key(PendingConfirmationView row) {
        return row.getId();
    }

    private ConfirmationFilter filter() {
        return new ConfirmationFilter().setPurpose(purpose).setOlderThanDays(olderThanDays).setExpiredOnly(expiredOnly);
    }

    /** A purpose key, or null for any. */
    public String getPurpose() { return purpose; }

    public void setPurpose(String purpose) { this.purpose = purpose; }

    public Integer getOlderThanDays() { return olderThanDays; }

    public void setOlderThanDays(Integer olderThanDays) { this.olderThanDays = olderThanDays; }

    public boolean isExpiredOnly() { return expiredOnly; }

    public void setExpiredOnly(boolean expiredOnly) { this.expiredOnly = expiredOnly; }
}
