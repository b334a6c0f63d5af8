package com.consentmanager.web.operation;

import com.consentmanager.operation.entity.OperationState;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /console/operations.xhtml}: the lazy operations table (name, key, state, dates,
 * submissions, form version) and its filters. Creating and editing happen in the editor.
 */
@Named
@ViewScoped
public class OperationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "list:operations";

    @Inject
    private OperationTable operations;

    /** The filters changed: back to the first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** Operators run the marketing operations; admins do everything; the boundary refuses the others anyway. */
    public boolean isEditable() {
        return OperationBacking.mayChange();
    }

    public OperationTable getOperations() { return operations; }

    public List<OperationState> getStates() { return List.of(OperationState.values()); }
}
