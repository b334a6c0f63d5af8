package com.consentmanager.web.profile;

import com.consentmanager.web.ConsoleTimes;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.time.Instant;

/** Backs {@code /console/profiles.xhtml}: search people by email, phone or external id (ADMIN, OPERATOR, AUDITOR). */
@Named
@ViewScoped
public class ProfilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "search:profiles";

    @Inject
    private ProfileTable profiles;

    @Inject
    private ConsoleTimes times;

    /** The text changed: back to the first page. */
    public void search() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public String when(Instant instant) {
        return times.seconds(instant);
    }

    public ProfileTable getProfiles() { return profiles; }
}
