package com.consentmanager.web.operation;

import com.consentmanager.operation.boundary.OperationFilter;
import com.consentmanager.operation.boundary.OperationManagement;
import com.consentmanager.operation.boundary.OperationView;
import com.consentmanager.operation.entity.OperationState;
import com.consentmanager.web.KeyedLazyModel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The operations table, one page at a time: paging and the filters (text, state) are applied by the database. */
@Dependent
public class OperationTable extends KeyedLazyModel<OperationView> {

    private static final long serialVersionUID = 1L;

    @EJB
    private OperationManagement management;

    private String text;
    private OperationState state;

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return Math.toIntExact(management.countOperations(filter()));
    }

    @Override
    public List<OperationView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> columnFilters) {
        return management.listOperations(filter(), first, pageSize);
    }

    @Override
    protected Object key(OperationView operation) {
        return operation.getKey();
    }

    private OperationFilter filter() {
        return new OperationFilter(text, state);
    }

    public String getText() { return text; }

    public void setText(String text) { this.text = text; }

    public OperationState getState() { return state; }

    public void setState(OperationState state) { this.state = state; }
}
