package com.consentmanager.web.purpose;

import com.consentmanager.purpose.boundary.PurposeFilter;
import com.consentmanager.purpose.boundary.PurposeManagement;
import com.consentmanager.purpose.boundary.PurposeView;
import com.consentmanager.purpose.entity.PurposeKind;
import com.consentmanager.web.KeyedLazyModel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * The purposes table, one page at a time: paging and the filters above the table (kind, partner,
 * channel, active or archived, text) are applied by the database, never in memory.
 */
@Dependent
public class PurposeTable extends KeyedLazyModel<PurposeView> {

    private static final long serialVersionUID = 1L;

    @EJB
    private PurposeManagement management;

    private PurposeKind kind;
    private String partner;
    private String channel;
    private Boolean active;
    private String text;

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return Math.toIntExact(management.countPurposes(filter()));
    }

    @Override
    public List<PurposeView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> columnFilters) {
        return management.listPurposes(filter(), first, pageSize);
    }

    @Override
    protected Object key(PurposeView purpose) {
        return purpose.getKey();
    }

    private PurposeFilter filter() {
        return new PurposeFilter().setKind(kind).setPartner(partner).setChannel(channel).setActive(active).setText(text);
    }

    public PurposeKind getKind() { return kind; }

    public void setKind(PurposeKind kind) { this.kind = kind; }

    /** A partner key, or null for any. */
    public String getPartner() { return partner; }

    public void setPartner(String partner) { this.partner = partner; }

    /** A channel key, or null for any. */
    public String getChannel() { return channel; }

    public void setChannel(String channel) { this.channel = channel; }

    public Boolean getActive() { return active; }

    public void setActive(Boolean active) { this.active = active; }

    public String getText() { return text; }

    public void setText(String text) { this.text = text; }
}
