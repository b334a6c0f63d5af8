package com.consentmanager.web.gate;

import com.consentmanager.profile.boundary.EvidenceEntry;
import com.consentmanager.profile.boundary.ProfileQueries;
import com.consentmanager.profile.boundary.ProfileReference;
import com.consentmanager.profile.boundary.ProfileSummary;
import com.consentmanager.profile.boundary.StatusGrid;
import com.consentmanager.profile.boundary.StatusRow;
import com.consentmanager.profile.control.ProfileReferences;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What stands behind a gate answer: the person named by the reference (found as the profile search
 * finds people, then kept only on an exact match of the stored value), their statuses on the channel
 * and the latest evidence there, with their objections. Reads through {@link ProfileQueries}, as the
 * profile pages do; an erased person is never found (the search does not know them).
 */
@ApplicationScoped
public class GateEvidence {

    /** How many evidence entries are shown: the newest; the whole history is on the person's page. */
    static final int SHOWN = 20;
    /** How many of the newest entries are read to find them. */
    static final int SCANNED = ProfileQueries.MAX_PAGE;
    /** Pages of search results looked through for the exact match of a short value. */
    private static final int SEARCH_PAGES = 10;
    /** Profile events that bear on every answer. */
    private static final Set<String> PROFILE_EVENTS = Set.of("OBJECTED", "OBJECTION_LIFTED", "ERASED");

    @EJB
    private ProfileQueries profiles;

    @Inject
    private ProfileReferences references;

    /** The person, statuses and evidence behind an answer for {@code purpose} (null: any) on {@code channel}. */
    public GateFindings behind(ProfileReference reference, String channel, String purpose, String language) {
        Optional<ProfileSummary> person = find(reference);
        if (person.isEmpty()) {
            return GateFindings.NOBODY;
        }
        long id = person.get().getId();
        StatusGrid grid = profiles.statusGrid(id, language);
        return new GateFindings(person.get(), statusesOn(grid, channel, purpose),
                evidenceOn(profiles.evidence(id, 0, SCANNED), channel, purpose, SHOWN));
    }

    private Optional<ProfileSummary> find(ProfileReference reference) {
        String stored = references.normalised(reference);
        for (int page = 0; page < SEARCH_PAGES; page++) {
            List<ProfileSummary> found = profiles.searchProfiles(stored, page * ProfileQueries.MAX_PAGE, ProfileQueries.MAX_PAGE);
            Optional<ProfileSummary> exact = found.stream().filter(summary -> matches(summary, reference.getKind(), stored)).findFirst();
            if (exact.isPresent() || found.size() < ProfileQueries.MAX_PAGE) {
                return exact;
            }
        }
        return Optional.empty();
    }

    /** Whether a search result is the person the stored value names (the search finds parts of values). */
    static boolean matches(ProfileSummary summary, ProfileReference.Kind kind, String stored) {
        return switch (kind) {
            case EMAIL -> summary.getEmail() != null && summary.getEmail().equalsIgnoreCase(stored);
            case PHONE -> stored.equals(summary.getPhone());
            case EXTERNAL_ID -> stored.equals(summary.getExternalId());
        };
    }

    /** The grid's rows that use the channel: the purpose asked about, or every one when none was. */
    static List<StatusRow> statusesOn(StatusGrid grid, String channel, String purpose) {
        return grid.getRows().stream()
                .filter(row -> purpose == null || row.getPurpose().equals(purpose))
                .filter(row -> row.cell(channel).isCovered())
                .toList();
    }

    /** The newest entries about the channel (and the purpose, when one was asked about), and objections. */
    static List<EvidenceEntry> evidenceOn(List<EvidenceEntry> newestFirst, String channel, String purpose, int max) {
        return newestFirst.stream()
                .filter(entry -> entry.getKind() == EvidenceEntry.Kind.PROFILE
                        ? PROFILE_EVENTS.contains(entry.getEventType())
                        : channel.equals(entry.getChannel()) && (purpose == null || purpose.equals(entry.getPurpose())))
                .limit(max)
                .toList();
    }
}
