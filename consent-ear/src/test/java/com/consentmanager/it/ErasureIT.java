package com.consentmanager.it;

import com.consentmanager.expiry.boundary.ActivityRecording;
import com.consentmanager.expiry.boundary.ExpiryPolicies;
import com.consentmanager.expiry.boundary.ExpiryPolicy;
import com.consentmanager.expiry.boundary.ExpirySweep;
import com.consentmanager.expiry.boundary.RenewalView;
import com.consentmanager.expiry.boundary.Renewals;
import com.consentmanager.expiry.boundary.SweepTrigger;
import com.consentmanager.importing.boundary.ImportJobView;
import com.consentmanager.importing.boundary.ImportManager;
import com.consentmanager.importing.boundary.ImportOptions;
import com.consentmanager.operation.boundary.FormSubmission;
import com.consentmanager.operation.boundary.Offer;
import com.consentmanager.operation.boundary.OperationDraft;
import com.consentmanager.operation.boundary.OperationManagement;
import com.consentmanager.operation.boundary.ParticipantForms;
import com.consentmanager.operation.entity.OperationState;
import com.consentmanager.optin.boundary.ConfirmationView;
import com.consentmanager.optin.boundary.Confirmations;
import com.consentmanager.platform.ClockProducer;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.profile.boundary.Choice;
import com.consentmanager.profile.boundary.ConsentRecording;
import com.consentmanager.profile.boundary.Origin;
import com.consentmanager.profile.boundary.ProfileQueries;
import com.consentmanager.profile.boundary.ProfileReference;
import com.consentmanager.profile.boundary.Submission;
import com.consentmanager.profile.entity.SourceType;
import com.consentmanager.purpose.boundary.PurposeDraft;
import com.consentmanager.purpose.boundary.PurposeManagement;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An erasure leaves the person's address and phone nowhere (GDPR Art. 17): the person goes through
 * every path that records something about them (a form with double opt-in and its mail, the
 * confirmation link, an import with a line in error, a re-permission mail and its link, the API, an
 * activity, an admin action), is erased, and then every text, JSON and binary column of every table
 * of the schema is searched for the address (any case) and the phone's digits: nothing is found. What
 * is kept is the keyed hash of the address (so that an objection still holds) and the evidence rows,
 * which name no address.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/public/confirm\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final Pattern RENEWAL_LINK = Pattern.compile("/public/renew\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    @Deployment
    static EnterpriseArchive deployment() {
        return ConsentDeployments.earWithTests(List.of(GreenMail.class, org.slf4j.Logger.class), ErasureIT.class, AsAdmin.class);
    }

    @Inject
    ClockProducer clocks;

    @EJB
    PurposeManagement purposeBoundary;

    @EJB
    OperationManagement operationBoundary;

    @EJB
    ConsentRecording recorderBoundary;

    @EJB
    ActivityRecording activityBoundary;

    @EJB
    ProfileQueries directoryBoundary;

    @EJB
    ParticipantForms forms;

    @EJB
    Confirmations confirmations;

    @EJB
    Renewals renewals;

    @EJB
    ExpiryPolicies policies;

    @EJB
    ExpirySweep sweep;

    @EJB
    ImportManager imports;

    @EJB
    AsAdmin asAdmin;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    @Resource(lookup = "mail/consent")
    Session mailSession;

    private GreenMail smtp;

    @BeforeEach
    void mailServer() {
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(mailSession.getProperty("mail.smtp.port")), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void cleanUp() {
        clocks.shift(Duration.ZERO);
        smtp.stop();
    }

    @Test
    void anErasedPersonsAddressAndPhoneAreNowhereInTheDatabase() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "Effacee." + suffix + "@Example.org";
        String phoneDigits = "6" + String.format("%08d", new Random().nextInt(100_000_000));
        String phone = "+33" + phoneDigits;
        PurposeManagement purposes = AsAdmin.wrap(asAdmin, PurposeManagement.class, purposeBoundary);
        OperationManagement operations = AsAdmin.wrap(asAdmin, OperationManagement.class, operationBoundary);
        ConsentRecording recorder = AsAdmin.wrap(asAdmin, ConsentRecording.class, recorderBoundary);
        ActivityRecording activities = AsAdmin.wrap(asAdmin, ActivityRecording.class, activityBoundary);
        ProfileQueries directory = AsAdmin.wrap(asAdmin, ProfileQueries.class, directoryBoundary);

        // A form with a double opt-in consent, its mail and its confirmation link.
        String newsletter = purposes.createPurpose(purpose("Lettre " + suffix, true, "email", "sms")).getKey();
        String operation = operations.createOperation(new OperationDraft(null, "Jeu " + suffix, null, null)).getKey();
        operations.configureForm(operation, List.of(new Offer(newsletter, List.of("email", "sms"), false)));
        int formVersion = operations.changeState(operation, OperationState.LIVE).getFormVersion();
        FormSubmission submission = new FormSubmission();
        submission.setFormVersion(formVersion);
        submission.setEmail(email);
        submission.setPhone("06 " + phoneDigits.substring(1, 3) + " " + phoneDigits.substring(3, 5) + " " + phoneDigits.substring(5, 7)
                + " " + phoneDigits.substring(7));
        submission.setLanguage("fr");
        submission.setIpAddress("203.0.113.50");
        submission.setUserAgent("Mozilla/5.0 erasure-it");
        submission.setAnswers(List.of(Choice.accept(newsletter, "email"), Choice.accept(newsletter, "sms")));
        forms.submit(operation, submission);
        String confirmToken = token(CONFIRM_LINK, email.toLowerCase());
        assertThat(confirmations.confirm(confirmToken, "fr", "203.0.113.51", "Mozilla/5.0 erasure-it").getState())
                .isEqualTo(ConfirmationView.State.CONFIRMED);

        // The API, an activity and an admin action.
        recorder.record(Submission.byEmail(email).choose(Choice.accept("commercial_email", "email"))
                .from(Origin.of(SourceType.API_CLIENT, "shop").from("198.51.100.9", "Shop/1.0")));
        activities.recordActivity(ProfileReference.email(email), "ORDER", null, null, "order-" + suffix);
        recorder.withdraw(ProfileReference.email(email), newsletter, "sms", Origin.of(SourceType.ADMIN, null).because("Appel du client"));

        // An import that names the person, with a line in error holding the address; and a dry run that
        // awaits its real run, its file still held.
        String imported = purposes.createPurpose(purpose("Import " + suffix, false, "email")).getKey();
        String file = "email;" + imported + "\n" + email + ";oui\n" + email.toUpperCase() + " (bureau);oui\n";
        long ended = asAdmin.call(() -> imports.submit("people.csv", file.getBytes(StandardCharsets.UTF_8),
                new ImportOptions(false, false, false, null, "UTC", null)));
        assertThat(finished(ended).state()).isEqualTo("COMPLETED");
        assertThat(count("select count(*) from import_error where job_id = " + ended + " and cell_value ilike '%" + email + "%'"))
                .as("the line in error holds the address").isEqualTo(1);
        long waiting = asAdmin.call(() -> imports.submit("people-again.csv", file.getBytes(StandardCharsets.UTF_8),
                new ImportOptions(true, false, false, null, "UTC", null)));
        assertThat(finished(waiting).state()).isEqualTo("VALIDATED");

        // A re-permission mail and its link.
        asAdmin.call(() -> policies.update(newsletter, new ExpiryPolicy(true, 30, List.of("ORDER"), 7)));
        clocks.shift(Duration.ofDays(24));
        sweep.sweep(SweepTrigger.TIMER);
        String renewToken = token(RENEWAL_LINK, email.toLowerCase());
        assertThat(renewals.renew(renewToken, "fr", "203.0.113.52", "Mozilla/5.0 erasure-it").state())
                .isEqualTo(RenewalView.State.RENEWED);
        clocks.shift(Duration.ZERO);
        assertThat(hits(email, phoneDigits)).as("before the erasure, the address is found").isNotEmpty();

        directory.erase(ProfileReference.email(email), "Demande d'effacement reçue par courrier");

        assertThat(hits(email, phoneDigits)).as("columns still holding the address or the phone").isEmpty();
        assertThat(count("select count(*) from profile where email_hash is not null and erased_at is not null"
                + " and id = (select profile_id from profile_event where reason = 'Demande d''effacement reçue par courrier')"))
                .as("the keyed hash stays").isEqualTo(1);
        assertThat(count("select count(*) from import_file where job_id = " + waiting)).as("the waiting import's file").isZero();
        Throwable gone = asAdmin.failure(() -> {
            imports.restart(waiting);
            return null;
        });
        assertThat(gone).as("that import can no longer run").isInstanceOf(ConflictException.class);
        assertThat(((ConflictException) gone).getMessageKey()).isEqualTo("import.file.gone");
        assertThat(asAdmin.call(() -> imports.get(waiting)).fileSha256()).as("its SHA-256 is kept").hasSize(64);
    }

    /** "table.column" of every text, JSON or binary column holding the address (any case) or the phone's digits. */
    private List<String> hits(String email, String phoneDigits) throws SQLException {
        List<String> hits = new ArrayList<>();
        List<String[]> columns = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement("""
                select c.table_name, c.column_name, c.data_type from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')
                order by c.table_name, c.column_name""")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
        }
        assertThat(columns).as("the search sees the schema").hasSizeGreaterThan(50);
        for (String[] column : columns) {
            if (column[0].equalsIgnoreCase("ejb__timer__tbl")) {
                continue; // the server's own timer table: serialized timers, no person
            }
            String text = "bytea".equals(column[2]) ? "encode(\"" + column[1] + "\", 'escape')" : "\"" + column[1] + "\"::text";
            String sql = "select count(*) from \"" + column[0] + "\" where lower(" + text + ") like ? or regexp_replace(" + text
                    + ", '[^0-9]', '', 'g') like ?";
            try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, "%" + email.toLowerCase() + "%");
                query.setString(2, "%" + phoneDigits + "%");
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        hits.add(column[0] + "." + column[1]);
                    }
                }
            }
        }
        return hits;
    }

    private String token(Pattern link, String recipient) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
                    Matcher found = link.matcher((String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent());
                    if (found.find()) {
                        return found.group(1);
                    }
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no mail with " + link.pattern() + " to " + recipient);
    }

    private ImportJobView finished(long id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        ImportJobView job;
        do {
            Thread.sleep(250);
            job = asAdmin.call(() -> imports.get(id));
        } while (List.of("QUEUED", "RUNNING").contains(job.state()) && Instant.now().isBefore(deadline));
        return job;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static PurposeDraft purpose(String subject, boolean doubleOptIn, String... channels) {
        PurposeDraft draft = new PurposeDraft();
        draft.setKind("CONSENT");
        draft.text("fr").setSubject(subject);
        draft.text("fr").setWording("J'accepte : " + subject);
        draft.setChannels(List.of(channels));
        draft.setDoubleOptIn(doubleOptIn);
        return draft;
    }
}
