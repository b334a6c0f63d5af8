package com.consentmanager.web.importing;

import com.consentmanager.importing.boundary.ImportJobView;
import com.consentmanager.importing.boundary.ImportManager;
import com.consentmanager.web.KeyedLazyModel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** Imports, newest first, a page at a time, filtered by state in the database. */
@Dependent
public class ImportTable extends KeyedLazyModel<ImportJobView> {

    private static final long serialVersionUID = 1L;

    @EJB
    private ImportManager imports;

    private String state;

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return Math.toIntExact(imports.count(state));
    }

    @Override
    public List<ImportJobView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> columnFilters) {
        return imports.list(state, first, pageSize);
    }

    @Override
    protected Object key(ImportJobView row) {
        return row.id();
    }

    /** QUEUED, RUNNING, VALIDATED, REJECTED, COMPLETED, FAILED, STOPPED; null for all. */
    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null || state.isBlank() ? null : state;
    }
}
