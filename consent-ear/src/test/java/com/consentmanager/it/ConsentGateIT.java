package com.consentmanager.it;

import com.consentmanager.gate.boundary.AudiencePage;
import com.consentmanager.gate.boundary.AudienceQuery;
import com.consentmanager.gate.boundary.Contact;
import com.consentmanager.gate.boundary.Gate;
import com.consentmanager.gate.boundary.GateAnswer;
import com.consentmanager.gate.boundary.GateReason;
import com.consentmanager.gate.boundary.RemoteGate;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.profile.boundary.Choice;
import com.consentmanager.profile.boundary.ConsentRecording;
import com.consentmanager.profile.boundary.DecisionResult;
import com.consentmanager.profile.boundary.Origin;
import com.consentmanager.profile.boundary.ProfileReference;
import com.consentmanager.profile.boundary.StatusChange;
import com.consentmanager.profile.boundary.Submission;
import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.EventType;
import com.consentmanager.profile.entity.SourceType;
import com.consentmanager.purpose.boundary.PurposeDraft;
import com.consentmanager.purpose.boundary.PurposeManagement;
import com.consentmanager.purpose.boundary.PurposeView;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Decisions, evidence and the contact gate through the EJB views, in the server, on PostgreSQL:
 * DOMAIN.md rules 7, 8 and 11.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentGateIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ConsentDeployments.earWithTests(ConsentGateIT.class, AsAdmin.class);
    }

    @EJB
    ConsentRecording recorderBoundary;

    @EJB
    Gate gateBoundary;

    @EJB
    PurposeManagement purposeBoundary;

    @EJB
    AsAdmin asAdmin;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    ConsentRecording recorder;
    Gate gate;
    PurposeManagement purposes;

    @BeforeEach
    void asAdministrator() {
        recorder = AsAdmin.wrap(asAdmin, ConsentRecording.class, recorderBoundary);
        gate = AsAdmin.wrap(asAdmin, Gate.class, gateBoundary);
        purposes = AsAdmin.wrap(asAdmin, PurposeManagement.class, purposeBoundary);
    }

    @Test
    void aSubmissionIsRecordedWithItsEvidenceAndTheGateAnswersFromIt() throws SQLException {
        String email = "Marie." + unique() + "@Example.com";
        DecisionResult result = recorder.record(Submission.byEmail(email)
                .choose(Choice.accept("commercial_email", "email"), Choice.accept("commercial_sms", "sms"))
                .from(site("jeu-noel").from("203.0.113.7", "Mozilla/5.0 test").in("fr")));

        assertThat(result.isProfileCreated()).isTrue();
        assertThat(result.getProfileKey()).isEqualTo(email.toLowerCase());
        assertThat(result.getChanges()).extracting(StatusChange::getTo).containsOnly(ConsentState.ACCEPTED);
        ProfileReference marie = ProfileReference.email(email);
        assertThat(gate.canContact(marie, "commercial_email", "email").getReason()).isEqualTo(GateReason.ACCEPTED);
        assertThat(gate.canContact(marie, null, "email").isAllowed()).isTrue();
        assertThat(gate.canContact(marie, null, "sms").isAllowed()).isTrue();
        assertThat(gate.canContact(marie, null, "phone").getReason()).isEqualTo(GateReason.NO_ACCEPTED_PURPOSE);
        assertThat(gate.canContact(marie, "commercial_phone", "phone").getReason()).isEqualTo(GateReason.NOT_ACCEPTED);
        assertThat(gate.canContact(marie, "commercial_email", "sms").getReason()).isEqualTo(GateReason.CHANNEL_NOT_COVERED);
        assertThat(gate.canContact(ProfileReference.email("nobody-" + unique() + "@example.com"), null, "email").getReason())
                .isEqualTo(GateReason.UNKNOWN_PROFILE);

        Map<String, String> evidence = lastEvidence(email.toLowerCase(), "commercial_email");
        assertThat(evidence).containsEntry("event_type", "GIVEN").containsEntry("previous_state", "UNKNOWN")
                .containsEntry("event_state", "ACCEPTED").containsEntry("source_type", "API_CLIENT")
                .containsEntry("source_reference", "jeu-noel").containsEntry("ip_address", "203.0.113.7")
                .containsEntry("user_agent", "Mozilla/5.0 test").containsEntry("language", "fr")
                .containsEntry("actor", AsAdmin.PRINCIPAL)
                .containsEntry("purpose_version", String.valueOf(purposes.getPurpose("commercial_email").getCurrentVersion().getNumber()));

        DecisionResult again = recorder.record(Submission.byEmail(email).choose(Choice.accept("commercial_email", "email"))
                .from(site("jeu-noel")));
        assertThat(again.getChanges()).as("repeating a decision writes nothing").isEmpty();
        assertThat(purposes.getPurpose("commercial_email").isKeyLocked()).isTrue();
    }

    @Test
    void aSubmissionIsAllOrNothing() throws SQLException {
        String email = "atomic-" + unique() + "@example.com";
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> recorder.record(
                Submission.byEmail(email).choose(Choice.accept("commercial_email", "email"),
                        Choice.accept("no_such_purpose", "email"), Choice.accept("commercial_sms", "email"),
                        new Choice("commercial_phone", "phone", "MAYBE")).from(site("f"))));

        assertThat(refused.getViolations()).extracting(FieldViolation::field, FieldViolation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("choices[1].purpose", "purpose.not_found"),
                org.assertj.core.groups.Tuple.tuple("choices[2].channel", "choice.channel.not_covered"),
                org.assertj.core.groups.Tuple.tuple("choices[3].state", "choice.state.invalid"));
        assertThat(count("select count(*) from profile where email = '" + email + "'")).isZero();
        assertThat(gate.canContact(ProfileReference.email(email), null, "email").getReason()).isEqualTo(GateReason.UNKNOWN_PROFILE);
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> recorder.record(Submission.byEmail("not an email").choose(Choice.accept("commercial_email", "email"))
                        .from(site("f")))).getViolations()).extracting(FieldViolation::field).containsExactly("email");
    }

    @Test
    void doubleOptInKeepsEmailPendingWhileOtherChannelsCount() {
        PurposeView beauty = purposes.createPurpose(purpose("CONSENT", "Conseils beauté " + unique(), true, "email", "sms"));
        String email = "dopt-" + unique() + "@example.com";

        DecisionResult result = recorder.record(Submission.byEmail(email)
                .choose(Choice.accept(beauty.getKey(), "email"), Choice.accept(beauty.getKey(), "sms")).from(site("f")));

        assertThat(result.getChanges()).extracting(StatusChange::getChannel, StatusChange::getTo).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("email", ConsentState.PENDING),
                org.assertj.core.groups.Tuple.tuple("sms", ConsentState.ACCEPTED));
        assertThat(result.getPendingPurposes()).containsExactly(beauty.getKey());
        ProfileReference person = ProfileReference.email(email);
        assertThat(gate.canContact(person, beauty.getKey(), "email").getReason()).isEqualTo(GateReason.PENDING_DOUBLE_OPT_IN);
        assertThat(gate.canContact(person, null, "email").getReason()).isEqualTo(GateReason.PENDING_DOUBLE_OPT_IN);
        assertThat(gate.canContact(person, beauty.getKey(), "sms").isAllowed()).isTrue();
    }

    @Test
    void aRefusedLegalBasisStaysRefusedUntilAnAdminResetsItWithAReason() throws SQLException {
        PurposeView order = purposes.createPurpose(purpose("LEGAL_BASIS", "Commande " + unique(), false, "email"));
        String email = "order-" + unique() + "@example.com";
        ProfileReference person = ProfileReference.email(email);
        recorder.record(Submission.byEmail(email).choose(Choice.accept(order.getKey(), "email")).from(api()));
        recorder.record(Submission.byEmail(email).choose(Choice.refuse(order.getKey(), "email")).from(api()));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> recorder.record(
                Submission.byEmail(email).choose(Choice.accept(order.getKey(), "email")).from(api())));
        assertThat(refused.getViolations()).extracting(FieldViolation::messageKey).containsExactly("status.legal_basis.refused");
        assertThat(gate.canContact(person, order.getKey(), "email").getReason()).isEqualTo(GateReason.REFUSED);

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> recorder.reset(person, order.getKey(), "email", " ")))
                .isNotNull();
        DecisionResult reset = recorder.reset(person, order.getKey(), "email", "Le client a passé une nouvelle commande");
        assertThat(reset.getChanges()).extracting(StatusChange::getEventType, StatusChange::getTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.RESET, ConsentState.UNKNOWN));
        assertThat(lastEvidence(email, order.getKey())).containsEntry("reason", "Le client a passé une nouvelle commande")
                .containsEntry("source_type", "ADMIN");
        assertThat(gate.canContact(person, order.getKey(), "email").getReason()).isEqualTo(GateReason.NOT_ACCEPTED);
        recorder.record(Submission.byEmail(email).choose(Choice.accept(order.getKey(), "email")).from(api()));
        assertThat(gate.canContact(person, order.getKey(), "email").isAllowed()).isTrue();
        assertThat(catchThrowableOfType(ConflictException.class, () -> recorder.reset(person, "commercial_email", "email", "x"))
                .getMessageKey()).isEqualTo("status.reset.legal_basis_only");
    }

    @Test
    void aCallerOfTheViewsRecordsAsItselfNeverAsAnotherEntryPoint() throws SQLException {
        String email = "claims-" + unique() + "@example.com";
        for (SourceType claimed : List.of(SourceType.OPERATION_FORM, SourceType.IMPORT, SourceType.PREFERENCE_CENTRE,
                SourceType.UNSUBSCRIBE_LINK, SourceType.DOUBLE_OPT_IN, SourceType.EXPIRY)) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> recorder.record(
                    Submission.byEmail(email).choose(Choice.accept("commercial_email", "email")).from(Origin.of(claimed, "x"))));
            assertThat(refused).as(claimed.name()).isNotNull();
            assertThat(refused.getViolations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                    .containsExactly(tuple("origin.source", "origin.source.not_allowed"));
            assertThat(catchThrowableOfType(InvalidInputException.class,
                    () -> recorder.object(ProfileReference.email(email), Origin.of(claimed, "x")))).as(claimed.name()).isNotNull();
        }
        assertThat(gate.canContact(ProfileReference.email(email), null, "email").getReason())
                .as("nothing was written").isEqualTo(GateReason.UNKNOWN_PROFILE);

        recorder.record(Submission.byEmail(email).choose(Choice.accept("commercial_email", "email")).from(new Origin()));
        assertThat(lastEvidence(email, "commercial_email")).containsEntry("source_type", "API_CLIENT")
                .containsEntry("actor", AsAdmin.PRINCIPAL);
    }

    @Test
    void theViewsAnswerMissingArgumentsAsBusinessErrorsNamingThem() throws NamingException {
        ProfileReference someone = ProfileReference.email("someone-" + unique() + "@example.com");
        assertThat(fields(() -> gate.canContact(null, null, "email"))).containsExactly("profile");
        assertThat(fields(() -> gate.canContact(someone, "commercial_email", null))).containsExactly("channel");
        assertThat(fields(() -> gate.canContact(someone, null, " "))).containsExactly("channel");
        assertThat(fields(() -> gate.filter(null, null, "email"))).containsExactly("profiles");
        assertThat(fields(() -> gate.audience(null, "email", null, 10))).containsExactly("purpose");
        assertThat(fields(() -> recorder.record(null))).containsExactly("submission");
        assertThat(fields(() -> recorder.withdraw(null, null, null, null))).containsExactly("profile");
        assertThat(fields(() -> recorder.object(null, null))).containsExactly("profile");
        assertThat(fields(() -> recorder.reset(null, "commercial_email", null, "Le client a appelé"))).containsExactly("profile");
        RemoteGate remote = (RemoteGate) new InitialContext().lookup(RemoteGate.JNDI_NAME);
        assertThat(asAdmin.failure(() -> remote.canContact(null, null, "email")))
                .as("the remote view too: a business error, not an EJBException").isInstanceOf(InvalidInputException.class);
    }

    private static List<String> fields(ThrowingCallable call) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(refused).as("an InvalidInputException").isNotNull();
        return refused.getViolations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void withdrawingIsAsEasyAsGiving() {
        String email = "withdraw-" + unique() + "@example.com";
        ProfileReference person = ProfileReference.email(email);
        recorder.record(Submission.byEmail(email).choose(Choice.accept("commercial_email", "email"),
                Choice.accept("commercial_sms", "sms")).from(site("f")));

        DecisionResult one = recorder.withdraw(person, "commercial_sms", "sms", site("sms-stop"));
        assertThat(one.getChanges()).extracting(StatusChange::getEventType).containsExactly(EventType.WITHDRAWN);
        assertThat(gate.canContact(person, null, "sms").getReason()).isEqualTo(GateReason.REFUSED);
        assertThat(gate.canContact(person, null, "email").isAllowed()).isTrue();

        DecisionResult all = recorder.withdraw(person, null, null, api());
        assertThat(all.getChanges()).extracting(StatusChange::getPurpose).containsExactly("commercial_email");
        assertThat(gate.canContact(person, null, "email").isAllowed()).isFalse();
        assertThat(catchThrowableOfType(NotFoundException.class,
                () -> recorder.withdraw(ProfileReference.email("ghost-" + unique() + "@example.com"), null, null, api())))
                .isNotNull();
    }

    @Test
    void anObjectionRefusesEverythingAndSuppressesTheProfile() throws SQLException {
        String email = "object-" + unique() + "@example.com";
        ProfileReference person = ProfileReference.email(email);
        recorder.record(Submission.byEmail(email).choose(Choice.accept("commercial_email", "email")).from(site("f")));

        DecisionResult objection = recorder.object(person, api().from("198.51.100.1", "UA"));

        assertThat(objection.getChanges()).extracting(StatusChange::getEventType).containsOnly(EventType.OBJECTED);
        assertThat(objection.getChanges()).extracting(StatusChange::getPurpose)
                .contains("commercial_email", "commercial_sms", "commercial_phone");
        assertThat(gate.canContact(person, "commercial_email", "email").getReason()).isEqualTo(GateReason.OBJECTED);
        assertThat(count("select count(*) from profile_event e join profile p on p.id = e.profile_id where p.email = '"
                + email + "' and e.event_type = 'OBJECTED'")).isEqualTo(1);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> recorder.record(Submission.byEmail(email)
                .choose(Choice.accept("commercial_email", "email")).from(site("f")))).getViolations())
                .extracting(FieldViolation::messageKey).containsExactly("status.profile.objected");

        String stranger = "never-seen-" + unique() + "@example.com";
        recorder.object(ProfileReference.email(stranger), api());
        assertThat(gate.canContact(ProfileReference.email(stranger), null, "email").getReason()).isEqualTo(GateReason.OBJECTED);

        recorder.liftObjection(person, "La personne a demandé par écrit à recevoir à nouveau nos offres");
        assertThat(gate.canContact(person, "commercial_email", "email").getReason()).isEqualTo(GateReason.REFUSED);
    }

    @Test
    void whenTheSamePersonHasSeveralRecordsTheLeastPermissiveAnswerWins() throws IOException {
        String email = "twin-" + unique() + "@example.com";
        String externalId = "crm-" + unique();
        Submission crm = new Submission();
        crm.setExternalId(externalId);
        crm.setEmail(email);
        crm.setPhone("06 12 34 56 78");
        recorder.record(crm.choose(Choice.accept("commercial_email", "email")).from(api()));
        assertThat(gate.canContact(ProfileReference.externalId(externalId), "commercial_email", "email").isAllowed()).isTrue();

        recorder.record(Submission.byEmail(email).choose(Choice.refuse("commercial_email", "email")).from(site("f")));

        assertThat(gate.canContact(ProfileReference.email(email), "commercial_email", "email").getReason()).isEqualTo(GateReason.REFUSED);
        assertThat(gate.canContact(ProfileReference.externalId(externalId), "commercial_email", "email").getReason())
                .isEqualTo(GateReason.REFUSED);
        assertThat(streamedEmails("commercial_email")).as("the streamed audience is as strict").doesNotContain(email);
    }

    @Test
    void anAudienceStreamsEveryContactablePersonPageByPage() throws IOException {
        PurposeView news = purposes.createPurpose(purpose("CONSENT", "Newsletter " + unique(), false, "email"));
        String suffix = unique();
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String email = "aud" + i + "-" + suffix + "@example.com";
            recorder.record(Submission.byEmail(email).choose(Choice.accept(news.getKey(), "email")).from(site("f")));
            accepted.add(email);
        }
        recorder.record(Submission.byEmail("refuser-" + suffix + "@example.com").choose(Choice.refuse(news.getKey(), "email"))
                .from(site("f")));
        recorder.object(ProfileReference.email(accepted.remove(4)), api());

        List<String> audience = new ArrayList<>();
        Long after = null;
        int pages = 0;
        do {
            AudiencePage page = gate.audience(news.getKey(), "email", after, 3);
            page.getContacts().stream().map(Contact::getEmail).forEach(audience::add);
            after = page.getNextAfter();
            pages++;
        } while (after != null);

        assertThat(audience).containsExactlyElementsOf(accepted);
        assertThat(pages).isEqualTo(2);
        assertThat(streamedEmails(news.getKey())).as("one query with a cursor gives the same people in the same order")
                .containsExactlyElementsOf(accepted);
        List<GateAnswer> answers = gate.filter(List.of(ProfileReference.email(accepted.get(0)),
                ProfileReference.email("refuser-" + suffix + "@example.com"), ProfileReference.email("x-" + suffix + "@example.com")),
                news.getKey(), "email");
        assertThat(answers).extracting(GateAnswer::getReason)
                .containsExactly(GateReason.ACCEPTED, GateReason.REFUSED, GateReason.UNKNOWN_PROFILE);
    }

    @Test
    void badQuestionsGetTypedRefusals() {
        assertThat(catchThrowable(() -> gate.canContact(ProfileReference.email("a@b.c"), null, "pigeon")))
                .isInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> gate.canContact(ProfileReference.email("a@b.c"), "no_such_purpose", "email")))
                .isInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> gate.canContact(ProfileReference.email("not-an-email"), null, "email")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(catchThrowable(() -> gate.canContact(ProfileReference.phone("12"), null, "sms")))
                .isInstanceOf(InvalidInputException.class);
    }

    /**
     * The application's own pool signs in as the runtime role: it owns nothing, so it can neither
     * change nor delete evidence and the texts evidence points to, nor disable or drop their triggers.
     */
    @Test
    void evidenceCannotBeRewrittenByTheApplicationsOwnDatabaseRole() throws SQLException {
        recorder.record(Submission.byEmail("ledger-" + unique() + "@example.com")
                .choose(Choice.accept("commercial_email", "email")).from(site("f")));
        List<String> guarded = List.of("consent_event", "profile_event", "audit_event", "purpose_version", "purpose_version_text",
                "operation_form_version", "operation_form_item");
        for (String table : guarded) {
            for (String sql : List.of("update " + table + " set " + anyColumn(table) + " = " + anyColumn(table),
                    "delete from " + table, "truncate " + table, "alter table " + table + " disable trigger all",
                    "alter table " + table + " add column x integer", "drop table " + table)) {
                Throwable refused = catchThrowable(() -> {
                    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                        statement.executeUpdate(sql);
                    }
                });
                assertThat(refused).as(sql).isInstanceOf(SQLException.class);
                assertThat(((SQLException) refused).getSQLState()).as(sql + ": " + refused.getMessage())
                        .isEqualTo("42501");
            }
        }
        assertThat(count("select count(*) from consent_event")).as("the ledger is still there").isPositive();
        assertThat(count("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user""")).as("it owns nothing").isZero();
        assertThat(count("select count(*) from pg_roles where rolname = current_user and (rolsuper or rolcreaterole or rolcreatedb)"))
                .isZero();
    }

    private String anyColumn(String table) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select column_name from information_schema.columns where table_name = ? order by ordinal_position limit 1")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as(table).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    void statusesAndEvidenceKeepTheirProfilePurposeAndChannel() throws SQLException {
        String email = "parents-" + unique() + "@example.com";
        recorder.record(Submission.byEmail(email).choose(Choice.accept("commercial_email", "email")).from(api()));
        long profile;
        long purpose;
        long channel;
        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select s.profile_id, s.purpose_id, s.channel_id from consent_status s join profile p on p.id = s.profile_id where p.email = ?")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                profile = row.getLong(1);
                purpose = row.getLong(2);
                channel = row.getLong(3);
            }
        }
        String event = "insert into consent_event (profile_id, purpose_id, purpose_version, channel_id, previous_state, event_state,"
                + " event_type, event_time, recorded_at, source_type, actor) values (%d, %d, 1, %d, 'UNKNOWN', 'ACCEPTED',"
                + " 'GIVEN', now(), now(), 'ADMIN', 'test')";
        String status = "insert into consent_status (profile_id, purpose_id, channel_id, state, purpose_version, event_time,"
                + " last_event_id) values (%d, %d, %d, 'ACCEPTED', 1, now(), 0)";
        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put(event.formatted(-1L, purpose, channel), "profile -1 does not exist");
        refusals.put(event.formatted(profile, -2L, channel), "purpose -2 does not exist");
        refusals.put(status.formatted(profile, purpose, -3L), "channel -3 does not exist");
        refusals.put("delete from profile where id = " + profile, "has statuses or evidence");
        refusals.put("update consent_status set profile_id = -1 where profile_id = " + profile, "keys cannot change");
        refusals.forEach((sql, message) -> {
            Throwable refused = catchThrowable(() -> {
                try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                    statement.executeUpdate(sql);
                }
            });
            assertThat(refused).as(sql).isInstanceOf(SQLException.class).hasMessageContaining(message);
        });
        assertThat(gate.canContact(ProfileReference.email(email), "commercial_email", "email").isAllowed()).isTrue();
    }

    @Test
    void theRemoteGateAnswersAtItsDocumentedNameAndRefusesAnonymousCallers() throws Exception {
        RemoteGate remote = (RemoteGate) new InitialContext().lookup(RemoteGate.JNDI_NAME);
        String email = "remote-" + unique() + "@example.com";
        recorder.record(Submission.byEmail(email).choose(Choice.accept("commercial_email", "email")).from(api()));

        GateAnswer answer = asAdmin.call(() -> remote.canContact(ProfileReference.email(email), "commercial_email", "email"));

        assertThat(answer.isAllowed()).isTrue();
        assertThat(asAdmin.failure(() -> remote.canContact(ProfileReference.email(email), null, "nope")))
                .isInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> gateBoundary.canContact(ProfileReference.email(email), null, "email")))
                .isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> recorderBoundary.record(Submission.byEmail(email)
                .choose(Choice.accept("commercial_sms", "sms")).from(api())))).isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> remote.canContact(ProfileReference.email(email), null, "email"))).isNotNull()
                .isNotInstanceOf(BusinessException.class);
    }

    @Test
    void concurrentChangesOnTheSameProfilesLoseNoEvidence() throws Exception {
        String suffix = unique();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            emails.add("race" + i + "-" + suffix + "@example.com");
        }
        String[][] keys = {{"commercial_email", "email"}, {"commercial_sms", "sms"}, {"commercial_phone", "phone"}};
        AtomicInteger changes = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            long seed = t;
            done.add(threads.submit(() -> {
                Random random = new Random(seed);
                for (int n = 0; n < 40; n++) {
                    String[] key = keys[random.nextInt(keys.length)];
                    Choice choice = random.nextBoolean() ? Choice.accept(key[0], key[1]) : Choice.refuse(key[0], key[1]);
                    DecisionResult result = recorder.record(Submission.byEmail(emails.get(random.nextInt(emails.size())))
                            .choose(choice).from(api()));
                    changes.addAndGet(result.getChanges().size());
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();

        String ours = "(select id from profile where email like 'race%-" + suffix + "@example.com')";
        assertThat(count("select count(*) from consent_event where profile_id in " + ours)).isEqualTo(changes.get());
        assertThat(count("""
                select count(*) from consent_status s
                where s.profile_id in %s
                  and s.state <> (select e.event_state from consent_event e where e.profile_id = s.profile_id
                                  and e.purpose_id = s.purpose_id and e.channel_id = s.channel_id order by e.id desc limit 1)"""
                .formatted(ours))).isZero();
        assertThat(count("""
                select count(*) from consent_event e
                where e.profile_id in %s and e.previous_state = e.event_state""".formatted(ours))).isZero();
        assertThat(count("select count(*) from consent_status where profile_id in " + ours)).isPositive();
    }

    // ---- helpers

    /** What a calling site (a shop, a partner application) records through the views: an API client. */
    private static Origin site(String reference) {
        return Origin.of(SourceType.API_CLIENT, reference);
    }

    private static Origin api() {
        return Origin.of(SourceType.API_CLIENT, "it");
    }

    private static PurposeDraft purpose(String kind, String subject, boolean doubleOptIn, String... channels) {
        PurposeDraft draft = new PurposeDraft();
        draft.setKind(kind);
        if ("LEGAL_BASIS".equals(kind)) {
            draft.setLawfulBasis("b");
        }
        draft.text("fr").setSubject(subject);
        draft.text("fr").setWording("J'accepte : " + subject);
        draft.setChannels(List.of(channels));
        draft.setDoubleOptIn(doubleOptIn);
        return draft;
    }

    private Map<String, String> lastEvidence(String email, String purposeKey) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select e.* from consent_event e join profile p on p.id = e.profile_id join purpose u on u.id = e.purpose_id
                     where p.email = ? and u.purpose_key = ? order by e.id desc limit 1""")) {
            query.setString(1, email);
            query.setString(2, purposeKey);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("evidence for " + email + " / " + purposeKey).isTrue();
                Map<String, String> columns = new java.util.HashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.put(row.getMetaData().getColumnName(i), row.getString(i));
                }
                return columns;
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }


    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The audience as the REST stream reads it: checked and audited, then one query with a cursor. */
    private List<String> streamedEmails(String purpose) throws IOException {
        List<String> emails = new ArrayList<>();
        AudienceQuery query = gate.openAudience(purpose, "email");
        long count = gate.streamAudience(query, contact -> emails.add(contact.getEmail()));
        assertThat(count).isEqualTo(emails.size());
        return emails;
    }
}
