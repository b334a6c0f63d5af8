package com.consentmanager.it;

import com.consentmanager.gate.boundary.AudiencePage;
import com.consentmanager.gate.boundary.Contact;
import com.consentmanager.gate.boundary.Gate;
import com.consentmanager.gate.boundary.GateReason;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.profile.boundary.Choice;
import com.consentmanager.profile.boundary.ConsentRecording;
import com.consentmanager.profile.boundary.EvidenceEntry;
import com.consentmanager.profile.boundary.Origin;
import com.consentmanager.profile.boundary.ProfileDetail;
import com.consentmanager.profile.boundary.ProfileQueries;
import com.consentmanager.profile.boundary.ProfileReference;
import com.consentmanager.profile.boundary.ProfileSummary;
import com.consentmanager.profile.boundary.StatusCell;
import com.consentmanager.profile.boundary.StatusGrid;
import com.consentmanager.profile.boundary.Submission;
import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.SourceType;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The profile directory in the server, on PostgreSQL: search, status grid, evidence timeline, and
 * the GDPR rights (export, erasure) with what an erasure must keep: the evidence, and an objection
 * that the gate still honours through the keyed hash of the email.
 */
@ExtendWith(ArquillianExtension.class)
class ProfileDirectoryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ConsentDeployments.earWithTests(ProfileDirectoryIT.class, AsAdmin.class);
    }

    @EJB
    ProfileQueries directoryBoundary;

    @EJB
    ConsentRecording recorderBoundary;

    @EJB
    Gate gateBoundary;

    @EJB
    AsAdmin asAdmin;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    ProfileQueries directory;
    ConsentRecording recorder;
    Gate gate;

    @BeforeEach
    void asAdministrator() {
        directory = AsAdmin.wrap(asAdmin, ProfileQueries.class, directoryBoundary);
        recorder = AsAdmin.wrap(asAdmin, ConsentRecording.class, recorderBoundary);
        gate = AsAdmin.wrap(asAdmin, Gate.class, gateBoundary);
    }

    @Test
    void searchFindsPartOfEmailPhoneOrExternalIdIgnoringCaseAndPagesInTheDatabase() {
        String suffix = unique();
        record(Submission.byEmail("Search." + suffix + "@Example.com"), "commercial_email", "email");
        Submission byId = new Submission();
        byId.setExternalId("CRM-" + suffix.toUpperCase());
        byId.setEmail("other-" + suffix + "@example.com");
        byId.setPhone("06 12 34 56 78");
        record(byId, "commercial_sms", "sms");

        assertThat(directory.countProfiles("SEARCH." + suffix)).isEqualTo(1);
        assertThat(directory.searchProfiles("search." + suffix.toUpperCase(), 0, 10)).extracting(ProfileSummary::getEmail)
                .containsExactly("search." + suffix + "@example.com");
        assertThat(directory.searchProfiles("crm-" + suffix, 0, 10)).extracting(ProfileSummary::getKey)
                .containsExactly("CRM-" + suffix.toUpperCase());
        assertThat(directory.searchProfiles(suffix, 0, 10)).hasSize(2);
        assertThat(directory.countProfiles(suffix)).isEqualTo(2);
        assertThat(directory.searchProfiles(suffix, 1, 1)).as("second page of one").hasSize(1);
        assertThat(directory.searchProfiles("06 12 34 56", 0, 500)).extracting(ProfileSummary::getPhone).contains("+33612345678");
        assertThat(directory.countProfiles("100%_" + suffix)).as("% and _ are text, not patterns").isZero();
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> directory.searchProfiles(suffix, 0, 501))).isNotNull();
    }

    @Test
    void theGridShowsEveryActivePurposeOnItsChannelsWithUnknownWhereNothingWasRecorded() {
        String email = "grid-" + unique() + "@example.com";
        long id = record(Submission.byEmail(email), "commercial_email", "email");

        StatusGrid grid = directory.statusGrid(id, "en");

        assertThat(grid.getChannels()).contains("email", "sms", "phone");
        StatusCell accepted = grid.row("commercial_email").cell("email");
        assertThat(accepted.isCovered()).isTrue();
        assertThat(accepted.getState()).isEqualTo(ConsentState.ACCEPTED);
        assertThat(accepted.getPurposeVersion()).isPositive();
        assertThat(accepted.getSince()).isNotNull();
        StatusCell unknown = grid.row("commercial_sms").cell("sms");
        assertThat(unknown.getState()).isEqualTo(ConsentState.UNKNOWN);
        assertThat(unknown.getPurposeVersion()).isNull();
        assertThat(grid.row("commercial_email").cell("sms").isCovered()).isFalse();
        assertThat(grid.row("commercial_email").getCells()).extracting(StatusCell::getChannel).isEqualTo(grid.getChannels());
        assertThat(catchThrowableOfType(NotFoundException.class, () -> directory.statusGrid(Long.MAX_VALUE, "en"))).isNotNull();
    }

    @Test
    void theTimelineIsNewestFirstWithWordingVersionSourceAddressAndReason() {
        String email = "timeline-" + unique() + "@example.com";
        long id = record(Submission.byEmail(email), "commercial_email", "email");
        ProfileReference person = ProfileReference.email(email);

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> recorder.withdraw(person, "commercial_email", "email",
                Origin.of(SourceType.ADMIN, null))).getViolations()).extracting(FieldViolation::field)
                .as("an admin acting on the person's behalf gives a reason").containsExactly("origin.reason");
        recorder.withdraw(person, "commercial_email", "email", Origin.of(SourceType.ADMIN, null).because("Appel du client"));

        assertThat(directory.countEvidence(id)).isEqualTo(2);
        List<EvidenceEntry> timeline = directory.evidence(id, 0, 10);
        EvidenceEntry withdrawn = timeline.get(0);
        assertThat(withdrawn.getEventType()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getPreviousState()).isEqualTo(ConsentState.ACCEPTED);
        assertThat(withdrawn.getEventState()).isEqualTo(ConsentState.REFUSED);
        assertThat(withdrawn.getSourceType()).isEqualTo("ADMIN");
        assertThat(withdrawn.getReason()).isEqualTo("Appel du client");
        assertThat(withdrawn.getActor()).isEqualTo(AsAdmin.PRINCIPAL);
        EvidenceEntry given = timeline.get(1);
        assertThat(given.getEventType()).isEqualTo("GIVEN");
        assertThat(given.getPurpose()).isEqualTo("commercial_email");
        assertThat(given.getChannel()).isEqualTo("email");
        assertThat(given.getPurposeVersion()).isPositive();
        assertThat(given.getIpAddress()).isEqualTo("203.0.113.9");
        assertThat(given.getUserAgent()).isEqualTo("Mozilla/5.0 profile-it");
        assertThat(given.getSourceType()).isEqualTo("API_CLIENT");
        assertThat(given.getSourceReference()).isEqualTo("jeu-ete");
        assertThat(given.getRecordedAt()).isNotNull();
        assertThat(directory.evidence(id, 1, 10)).extracting(EvidenceEntry::getEventType).containsExactly("GIVEN");
    }

    @Test
    void anExportHoldsEverythingAboutThePersonAndIsAudited() throws SQLException {
        String email = "export-" + unique() + "@example.com";
        long id = record(Submission.byEmail(email), "commercial_email", "email");
        recorder.object(ProfileReference.email(email), Origin.of(SourceType.API_CLIENT, null));

        JsonObject export = Json.createReader(new StringReader(directory.export(ProfileReference.email(email.toUpperCase()))))
                .readObject();

        assertThat(export.getJsonObject("profile").getString("email")).isEqualTo(email);
        assertThat(export.getJsonObject("profile").getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(export.getJsonObject("profile").containsKey("emailHash")).as("the keyed hash is ours, not theirs").isFalse();
        assertThat(export.getJsonArray("statuses")).isNotEmpty();
        assertThat(export.getJsonArray("evidence").getValuesAs(JsonObject.class))
                .extracting(event -> event.getString("eventType")).startsWith("GIVEN").contains("OBJECTED");
        assertThat(export.getJsonArray("evidence").getJsonObject(0).getString("ipAddress")).isEqualTo("203.0.113.9");
        assertThat(export.getJsonArray("profileEvents").getJsonObject(0).getString("eventType")).isEqualTo("OBJECTED");
        assertThat(export.getJsonArray("wordings").getValuesAs(JsonObject.class))
                .extracting(wording -> wording.getString("purpose")).contains("commercial_email");
        assertThat(export.getString("exportedBy")).isEqualTo(AsAdmin.PRINCIPAL);
        assertThat(auditRows("profile.exported", id)).isEqualTo(1);
        assertThat(catchThrowableOfType(NotFoundException.class,
                () -> directory.export(ProfileReference.email("ghost-" + unique() + "@example.com")))).isNotNull();
    }

    @Test
    void anErasureRemovesTheIdentityKeepsTheEvidenceAndTheObjectionStillHolds() throws SQLException {
        String email = "erase-" + unique() + "@example.com";
        ProfileReference person = ProfileReference.email(email);
        long id = record(Submission.byEmail(email), "commercial_email", "email");
        recorder.object(person, Origin.of(SourceType.API_CLIENT, "nl-1"));
        long evidenceBefore = directory.countEvidence(id);

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> directory.erase(person, " "))).isNotNull();
        ProfileDetail erased = directory.erase(person, "Demande d'effacement du 3 mars");

        assertThat(erased.isErased()).isTrue();
        ProfileDetail stored = directory.getProfile(id);
        assertThat(stored.getEmail()).isNull();
        assertThat(stored.getPhone()).isNull();
        assertThat(stored.getExternalId()).isNull();
        assertThat(stored.isObjected()).isTrue();
        assertThat(directory.countProfiles(email)).as("an erased person is never found").isZero();
        assertThat(directory.countEvidence(id)).as("the evidence stays, plus ERASED").isEqualTo(evidenceBefore + 1);
        EvidenceEntry last = directory.evidence(id, 0, 1).get(0);
        assertThat(last.getKind()).isEqualTo(EvidenceEntry.Kind.PROFILE);
        assertThat(last.getEventType()).isEqualTo("ERASED");
        assertThat(last.getReason()).isEqualTo("Demande d'effacement du 3 mars");
        assertThat(last.getActor()).isEqualTo(AsAdmin.PRINCIPAL);
        assertThat(single("select email_hash is not null from profile where id = " + id)).isEqualTo("t");
        assertThat(auditRows("profile.erased", id)).isEqualTo(1);
        assertThat(single("select count(*) from audit_event where details like '%" + email + "%' or target_key like '%"
                + email + "%'")).as("the audit trail never names the person").isEqualTo("0");

        assertThat(gate.canContact(person, null, "email").getReason()).as("the objection holds through the hash")
                .isEqualTo(GateReason.OBJECTED);
        recorder.record(Submission.byEmail(email).choose(Choice.accept("commercial_email", "email"))
                .from(Origin.of(SourceType.API_CLIENT, "retour")));
        assertThat(gate.canContact(person, "commercial_email", "email").getReason())
                .as("the address comes back: still objected").isEqualTo(GateReason.OBJECTED);
        assertThat(catchThrowableOfType(NotFoundException.class, () -> directory.erase(ProfileReference.email("ghost-" + unique()
                + "@example.com"), "x"))).isNotNull();
    }

    @Test
    void anErasedPersonWhoNeverObjectedNoLongerCountsAtTheGate() {
        String email = "erase-free-" + unique() + "@example.com";
        ProfileReference person = ProfileReference.email(email);
        record(Submission.byEmail(email), "commercial_email", "email");
        recorder.withdraw(person, "commercial_email", "email", Origin.of(SourceType.API_CLIENT, "nl-2"));
        directory.erase(person, "Demande d'effacement");

        assertThat(gate.canContact(person, null, "email").getReason()).isEqualTo(GateReason.UNKNOWN_PROFILE);
        long comeback = record(Submission.byEmail(email), "commercial_email", "email");
        assertThat(gate.canContact(person, "commercial_email", "email").isAllowed()).isTrue();
        assertThat(inAudience(comeback)).as("the audience agrees with the single check").isTrue();
    }

    @Test
    void readingAndErasingNeedTheirRoles() {
        assertThat(catchThrowable(() -> directoryBoundary.countProfiles("x"))).isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> directoryBoundary.erase(ProfileReference.email("x@example.com"), "r")))
                .isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> directoryBoundary.export(ProfileReference.email("x@example.com"))))
                .isInstanceOf(EJBAccessException.class);
    }

    private long record(Submission submission, String purpose, String channel) {
        recorder.record(submission.choose(Choice.accept(purpose, channel))
                .from(Origin.of(SourceType.API_CLIENT, "jeu-ete").from("203.0.113.9", "Mozilla/5.0 profile-it").in("fr")));
        String key = submission.getExternalId() != null ? submission.getExternalId() : submission.getEmail();
        return directory.searchProfiles(key, 0, 500).stream()
                .filter(found -> found.getKey().equalsIgnoreCase(key.strip())).findFirst().orElseThrow().getId();
    }

    private boolean inAudience(long profileId) {
        Long after = null;
        do {
            AudiencePage page = gate.audience("commercial_email", "email", after, 1000);
            if (page.getContacts().stream().map(Contact::getId).anyMatch(id -> id == profileId)) {
                return true;
            }
            after = page.getNextAfter();
        } while (after != null);
        return false;
    }

    private long auditRows(String action, long profileId) throws SQLException {
        return Long.parseLong(single("select count(*) from audit_event where action = '" + action
                + "' and target_type = 'profile' and target_key = '" + profileId + "' and actor = '" + AsAdmin.PRINCIPAL + "'"));
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
