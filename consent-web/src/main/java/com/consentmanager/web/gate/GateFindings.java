package com.consentmanager.web.gate;

import com.consentmanager.profile.boundary.EvidenceEntry;
import com.consentmanager.profile.boundary.ProfileSummary;
import com.consentmanager.profile.boundary.StatusRow;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The person behind a gate answer (none when nobody is found), their statuses on the channel and the evidence there. */
public final class GateFindings implements Serializable {

    private static final long serialVersionUID = 1L;

    static final GateFindings NOBODY = new GateFindings(null, List.of(), List.of());

    private final ProfileSummary person;
    private final ArrayList<StatusRow> statuses;
    private final ArrayList<EvidenceEntry> evidence;

    GateFindings(ProfileSummary person, List<StatusRow> statuses, List<EvidenceEntry> evidence) {
        this.person = person;
        this.statuses = new ArrayList<>(statuses);
        this.evidence = new ArrayList<>(evidence);
    }

    /** The person, or null when the reference names nobody the console can show. */
    public ProfileSummary getPerson() {
        return person;
    }

    public List<StatusRow> getStatuses() {
        return List.copyOf(statuses);
    }

    public List<EvidenceEntry> getEvidence() {
        return List.copyOf(evidence);
    }
}
