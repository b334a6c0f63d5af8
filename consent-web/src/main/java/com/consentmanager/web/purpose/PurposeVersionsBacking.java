package com.consentmanager.web.purpose;

import com.consentmanager.platform.NotFoundException;
import com.consentmanager.purpose.boundary.PurposeManagement;
import com.consentmanager.purpose.boundary.PurposeVersionView;
import com.consentmanager.purpose.boundary.PurposeView;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.ConsoleTimes;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Backs {@code /console/purpose-versions.xhtml?key=...}: the versions of a purpose's texts, newest
 * first, and what changed between two of them (by default the previous and the current one).
 */
@Named
@ViewScoped
public class PurposeVersionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    ConsoleTimes times;

    @EJB
    private PurposeManagement management;

    @Inject
    private ConsoleMessages messages;

    private String key;
    private PurposeView purpose;
    private List<PurposeVersionView> versions;
    private java.util.HashMap<Integer, Long> people = new java.util.HashMap<>();
    private int from;
    private int to;
    private List<VersionDiff.Change> changes;

    /** On GET: an unknown key answers 404. */
    public void load() throws IOException {
        try {
            purpose = management.getPurpose(key);
            versions = management.listVersions(key);
            people = new java.util.HashMap<>(management.acceptedByVersion(key));
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, e.getMessageKey());
            faces.responseComplete();
            return;
        }
        to = versions.get(0).getNumber();
        from = versions.size() > 1 ? versions.get(1).getNumber() : to;
        compare();
    }

    public void compare() {
        changes = VersionDiff.between(version(from), version(to));
    }

    private PurposeVersionView version(int number) {
        return versions.stream().filter(version -> version.getNumber() == number).findFirst().orElse(versions.get(0));
    }

    public String getTitle() {
        return messages.text("purpose_versions.title", key);
    }

    public String when(Instant instant) {
        return times.minutes(instant);
    }

    public String getKey() { return key; }

    public void setKey(String key) { this.key = key; }

    public PurposeView getPurpose() { return purpose; }

    /** Newest first. */
    public List<PurposeVersionView> getVersions() { return versions; }

    /** How many people stand on this version (an ACCEPTED status given on it). */
    public long people(int number) {
        return people.getOrDefault(number, 0L);
    }

    public int getFrom() { return from; }

    public void setFrom(int from) { this.from = from; }

    public int getTo() { return to; }

    public void setTo(int to) { this.to = to; }

    public List<VersionDiff.Change> getChanges() { return changes; }
}
