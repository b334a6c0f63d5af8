package com.consentmanager.web.profile;

import com.consentmanager.platform.NotFoundException;
import com.consentmanager.profile.boundary.ProfileDetail;
import com.consentmanager.profile.boundary.ProfileQueries;
import com.consentmanager.profile.boundary.StatusCell;
import com.consentmanager.profile.boundary.StatusGrid;
import com.consentmanager.web.ConsoleTimes;
import com.consentmanager.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * Backs {@code /console/profile.xhtml?id=...}: one person's identity, status grid (active purposes ×
 * channels) and evidence timeline, for ADMIN, OPERATOR and AUDITOR; the JSON export for ADMIN and
 * OPERATOR (audited by the boundary). Unknown ids answer 404. Admin actions: {@link ProfileActionsBacking}.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleTimes times;

    @EJB
    private ProfileQueries profiles;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private EvidenceTable evidence;

    private String id;
    private ProfileDetail profile;
    private StatusGrid grid;

    /** On GET: the person, or 404 when the id names nobody. */
    public void load() throws IOException {
        try {
            profile = profiles.getProfile(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        evidence.of(profile.getId());
        grid = profiles.statusGrid(profile.getId(), localeBacking.getLanguage());
    }

    /** After an action: the person, their grid and their timeline as they are now. */
    void reload() {
        profile = profiles.getProfile(profile.getId());
        grid = profiles.statusGrid(profile.getId(), localeBacking.getLanguage());
    }

    public StreamedContent getExport() {
        byte[] json = profiles.export(profile.reference()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("profile-" + profile.getId() + ".json")
                .contentType("application/json; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    /** The CSS class of a cell: its state, or "not covered". */
    public String stateClass(StatusCell cell) {
        return cell.isCovered() ? "state state-" + cell.getState().name().toLowerCase(Locale.ROOT) : "state state-none";
    }

    public String when(Instant instant) {
        return times.seconds(instant);
    }

    public boolean isExportable() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return !profile.isErased() && (faces.getExternalContext().isUserInRole("ADMIN")
                || faces.getExternalContext().isUserInRole("OPERATOR"));
    }

    public String getId() { return id; }

    public void setId(String id) { this.id = id; }

    public ProfileDetail getProfile() { return profile; }

    public StatusGrid getGrid() { return grid; }

    public EvidenceTable getEvidence() { return evidence; }
}
