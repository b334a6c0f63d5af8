package com.consentmanager.it;

import com.consentmanager.expiry.boundary.ActivityRecording;
import com.consentmanager.expiry.boundary.ExpiryPolicies;
import com.consentmanager.expiry.boundary.ExpiryPolicy;
import com.consentmanager.expiry.boundary.ExpirySweep;
import com.consentmanager.expiry.boundary.Renewals;
import com.consentmanager.expiry.boundary.RenewalView;
import com.consentmanager.expiry.boundary.SweepRunView;
import com.consentmanager.expiry.boundary.SweepTrigger;
import com.consentmanager.expiry.boundary.UpcomingExpiry;
import com.consentmanager.expiry.boundary.ExpiryOverview;
import com.consentmanager.platform.ClockProducer;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.profile.boundary.Choice;
import com.consentmanager.profile.boundary.ConsentRecording;
import com.consentmanager.profile.boundary.Origin;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Expiry in the server, on PostgreSQL, with the application's clock moved forward (the test domain
 * allows it) instead of waiting: the sweep is called as its timer calls it. Each test makes its own
 * purposes and people; the clock is put back after each.
 */
@ExtendWith(ArquillianExtension.class)
class ExpiryIT {

    private static final Pattern RENEWAL_LINK = Pattern.compile("/public/renew\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    @Deployment
    static EnterpriseArchive deployment() {
        return ConsentDeployments.earWithTests(List.of(GreenMail.class, org.slf4j.Logger.class), ExpiryIT.class, AsAdmin.class);
    }

    @Inject
    ClockProducer clocks;

    @EJB
    PurposeManagement purposeBoundary;

    @EJB
    ConsentRecording recorderBoundary;

    @EJB
    ActivityRecording activityBoundary;

    @EJB
    ExpiryPolicies policies;

    @EJB
    ExpirySweep sweep;

    @EJB
    ExpiryOverview overview;

    @EJB
    Renewals renewals;

    @EJB
    AsAdmin asAdmin;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    @Resource(lookup = "mail/consent")
    Session mailSession;

    PurposeManagement purposes;
    ConsentRecording recorder;
    ActivityRecording activities;

    @BeforeEach
    void asAdministrator() {
        purposes = AsAdmin.wrap(asAdmin, PurposeManagement.class, purposeBoundary);
        recorder = AsAdmin.wrap(asAdmin, ConsentRecording.class, recorderBoundary);
        activities = AsAdmin.wrap(asAdmin, ActivityRecording.class, activityBoundary);
    }

    @AfterEach
    void clockBack() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    void anAcceptedStatusExpiresAfterItsDaysWithEvidenceAndOnlyOnce() throws Exception {
        String purpose = purpose("Expire " + unique(), false, "email", "sms");
        policy(purpose, 30, null);
        String email = person();
        accept(email, purpose, "email", "sms");

        sweepAfterDays(29);
        assertThat(state(email, purpose, "email")).isEqualTo("ACCEPTED");

        SweepRunView run = sweepAfterDays(31);
        assertThat(run.outcome()).isEqualTo(SweepRunView.Outcome.DONE);
        assertThat(run.counts().expired()).isGreaterThanOrEqualTo(2);
        assertThat(state(email, purpose, "email")).isEqualTo("UNKNOWN");
        assertThat(state(email, purpose, "sms")).isEqualTo("UNKNOWN");
        assertThat(evidence(email, purpose)).contains("email ACCEPTED->UNKNOWN EXPIRED EXPIRY expiry-run:" + run.id(),
                "sms ACCEPTED->UNKNOWN EXPIRED EXPIRY expiry-run:" + run.id());

        sweepAfterDays(400);
        assertThat(count(email, purpose, "EXPIRED")).as("idempotent").isEqualTo(2);
        assertThat(asAdmin.call(() -> overview.runs(200))).as("listed (tests move the clock: newest first is by shifted time)")
                .extracting(SweepRunView::id).contains(run.id());
    }

    @Test
    void eachConfiguredActivityTypeProlongsAndNoOtherDoes() throws Exception {
        String custom = asAdmin.call(() -> policies.declareType("shop_visit")).key();
        String purpose = purpose("Maintien " + unique(), false, "email");
        List<String> prolonging = List.of("PARTICIPATION", "DOUBLE_OPT_IN_CONFIRMED", "ORDER", "CLICK", "LOGIN", custom);
        asAdmin.call(() -> policies.update(purpose, new ExpiryPolicy(true, 30, prolonging, null)));
        List<String> others = List.of("EMAIL_OPEN", "RENEWAL");
        List<String> people = new ArrayList<>();
        for (int i = 0; i < prolonging.size() + others.size(); i++) {
            String email = person();
            accept(email, purpose, "email");
            people.add(email);
        }
        clocks.shift(Duration.ofDays(20));
        for (int i = 0; i < people.size(); i++) {
            String type = i < prolonging.size() ? prolonging.get(i) : others.get(i - prolonging.size());
            activities.recordActivity(ProfileReference.email(people.get(i)), type, null, SourceType.API_CLIENT, "it");
        }

        sweepAfterDays(40);

        for (int i = 0; i < people.size(); i++) {
            String type = i < prolonging.size() ? prolonging.get(i) : others.get(i - prolonging.size());
            assertThat(state(people.get(i), purpose, "email")).as(type).isEqualTo(i < prolonging.size() ? "ACCEPTED" : "UNKNOWN");
        }
        sweepAfterDays(51);
        assertThat(state(people.get(0), purpose, "email")).as("30 days after the activity").isEqualTo("UNKNOWN");
    }

    @Test
    void anEmailOpenNeverProlongsAndBadActivitiesAreRefused() throws Exception {
        String purpose = purpose("Ouverture " + unique(), false, "email");
        Throwable refused = asAdmin.failure(() -> policies.update(purpose, new ExpiryPolicy(true, 30, List.of("EMAIL_OPEN"), null)));
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused).getViolations()).extracting(FieldViolation::messageKey).containsExactly("expiry.type.never_prolongs");
        String email = person();
        accept(email, purpose, "email");
        ProfileReference person = ProfileReference.email(email);

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> activities.recordActivity(person, "NO_SUCH_TYPE", null,
                SourceType.API_CLIENT, null)).getViolations()).extracting(FieldViolation::field).containsExactly("type");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> activities.recordActivity(person, "ORDER",
                java.time.Instant.now().plus(Duration.ofDays(1)), SourceType.API_CLIENT, null)).getViolations())
                .extracting(FieldViolation::field).containsExactly("occurredAt");
        assertThat(catchThrowableOfType(NotFoundException.class, () -> activities.recordActivity(ProfileReference.email(person() ),
                "ORDER", null, SourceType.API_CLIENT, null))).isNotNull();
        assertThat(activities.recordActivities(List.of(
                new com.consentmanager.expiry.boundary.ActivityReport(person, "EMAIL_OPEN", null, SourceType.API_CLIENT, "m-1"),
                new com.consentmanager.expiry.boundary.ActivityReport(person, "CLICK", null, SourceType.API_CLIENT, "m-1")))).isEqualTo(2);
    }

    @Test
    void turningExpiryOnAppliesToThePeopleAlreadyThere() throws Exception {
        String purpose = purpose("Rétroactif " + unique(), false, "email");
        String acceptedOnly = person();
        String withOrder = person();
        accept(acceptedOnly, purpose, "email");
        accept(withOrder, purpose, "email");
        clocks.shift(Duration.ofDays(20));
        activities.recordActivity(ProfileReference.email(withOrder), "ORDER", null, SourceType.API_CLIENT, "order-1");

        sweepAfterDays(40);
        assertThat(state(acceptedOnly, purpose, "email")).as("expiry off").isEqualTo("ACCEPTED");

        asAdmin.call(() -> policies.update(purpose, new ExpiryPolicy(true, 30, List.of("ORDER"), null)));
        sweepAfterDays(40);
        assertThat(state(acceptedOnly, purpose, "email")).as("its acceptance date").isEqualTo("UNKNOWN");
        assertThat(state(withOrder, purpose, "email")).as("its last order, before expiry was on").isEqualTo("ACCEPTED");
        sweepAfterDays(51);
        assertThat(state(withOrder, purpose, "email")).isEqualTo("UNKNOWN");
    }

    @Test
    void aSweepAfterDowntimeCatchesUpEverythingDue() throws Exception {
        String purpose = purpose("Rattrapage " + unique(), false, "email");
        policy(purpose, 10, null);
        List<String> people = new ArrayList<>();
        for (int day = 0; day < 60; day += 15) {
            clocks.shift(Duration.ofDays(day));
            String email = person();
            accept(email, purpose, "email");
            people.add(email);
        }
        clocks.shift(Duration.ZERO);
        UpcomingExpiry upcoming = asAdmin.call(() -> overview.upcoming("fr")).stream().filter(row -> row.purposeKey().equals(purpose)).findFirst().orElseThrow();
        assertThat(upcoming.within90()).isEqualTo(4);

        sweepAfterDays(200);

        for (String email : people) {
            assertThat(state(email, purpose, "email")).isEqualTo("UNKNOWN");
        }
    }

    @Test
    void twoConcurrentSweepsExpireEachStatusOnce() throws Exception {
        String purpose = purpose("Concurrence " + unique(), false, "email", "sms");
        policy(purpose, 5, null);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String email = person();
            accept(email, purpose, "email", "sms");
            people.add(email);
        }
        clocks.shift(Duration.ofDays(6));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<SweepRunView>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(threads.submit(() -> {
                    start.await();
                    return sweep.sweep(SweepTrigger.TIMER);
                }));
            }
            start.countDown();
            List<SweepRunView> done = new ArrayList<>();
            for (Future<SweepRunView> run : runs) {
                done.add(run.get());
            }
            assertThat(done).extracting(SweepRunView::outcome).doesNotContain(SweepRunView.Outcome.FAILED);
        } finally {
            threads.shutdown();
        }
        for (String email : people) {
            assertThat(count(email, purpose, "EXPIRED")).as(email).isEqualTo(2);
            assertThat(state(email, purpose, "sms")).isEqualTo("UNKNOWN");
        }
    }

    @Test
    void anExpiredDoubleOptInLeavesPendingForUnknownWithEvidence() throws Exception {
        String purpose = purpose("Double " + unique(), true, "email");
        String email = person();
        accept(email, purpose, "email");
        assertThat(state(email, purpose, "email")).isEqualTo("PENDING");

        sweepAfterDays(13);
        assertThat(state(email, purpose, "email")).as("link still valid").isEqualTo("PENDING");
        SweepRunView run = sweepAfterDays(15);

        assertThat(run.counts().pendingExpired()).isPositive();
        assertThat(state(email, purpose, "email")).isEqualTo("UNKNOWN");
        assertThat(evidence(email, purpose)).contains("email PENDING->UNKNOWN EXPIRED EXPIRY expiry-run:" + run.id());
    }

    @Test
    void theRePermissionMailRenewsTheStatus() throws Exception {
        String purpose = purpose("Renouvellement " + unique(), false, "email", "sms");
        policy(purpose, 30, 7);
        String email = person();
        accept(email, purpose, "email", "sms");
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(mailSession.getProperty("mail.smtp.port")), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String token;
        try {
            sweepAfterDays(20);
            assertThat(scalar("select count(*) from renewal_request r join profile p on p.id = r.profile_id where p.email = ?", email))
                    .as("not yet within 7 days").isZero();
            SweepRunView run = sweepAfterDays(24);
            assertThat(run.counts().invitations()).isPositive();
            sweepAfterDays(25);
            assertThat(scalar("select count(*) from mail_outbox o join renewal_request r on r.id = o.reference_id and o.kind = 'RENEWAL'"
                    + " join profile p on p.id = r.profile_id where p.email = ?", email)).as("one invitation per cycle").isEqualTo(1);
            token = awaitRenewalToken(smtp, email);
        } finally {
            smtp.stop();
        }

        assertThat(renewals.inspect(token, "fr").state()).isEqualTo(RenewalView.State.VALID);
        RenewalView renewed = renewals.renew(token, "fr", "203.0.113.7", "Mozilla/5.0 expiry-it");
        assertThat(renewed.state()).isEqualTo(RenewalView.State.RENEWED);
        assertThat(renewals.renew(token, "fr", null, null).state()).as("once").isEqualTo(RenewalView.State.USED);
        assertThat(evidence(email, purpose)).contains("email ACCEPTED->ACCEPTED RENEWED EXPIRY renewal:", "sms ACCEPTED->ACCEPTED RENEWED EXPIRY renewal:");
        assertThat(scalar("select count(*) from profile_activity a join profile p on p.id = a.profile_id where p.email = ?"
                + " and a.activity_type = 'RENEWAL'", email)).isEqualTo(1);

        sweepAfterDays(40);
        assertThat(state(email, purpose, "email")).as("expiry pushed back to day 55").isEqualTo("ACCEPTED");
        sweepAfterDays(56);
        assertThat(state(email, purpose, "email")).isEqualTo("UNKNOWN");
    }

    private String awaitRenewalToken(GreenMail smtp, String email) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(email)) {
                    MimeMultipart parts = (MimeMultipart) message.getContent();
                    assertThat(parts.getCount()).isEqualTo(2);
                    Matcher link = RENEWAL_LINK.matcher((String) parts.getBodyPart(0).getContent());
                    assertThat(link.find()).isTrue();
                    assertThat(message.getSubject()).isEqualTo("Souhaitez-vous continuer à recevoir nos messages\u00a0?");
                    return link.group(1);
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no re-permission mail for " + email);
    }

    private SweepRunView sweepAfterDays(int days) {
        clocks.shift(Duration.ofDays(days));
        return sweep.sweep(SweepTrigger.TIMER);
    }

    private String purpose(String subject, boolean doubleOptIn, String... channels) {
        PurposeDraft draft = new PurposeDraft();
        draft.setKind("CONSENT");
        draft.text("fr").setSubject(subject);
        draft.text("fr").setWording("J'accepte : " + subject);
        draft.setChannels(List.of(channels));
        draft.setDoubleOptIn(doubleOptIn);
        return purposes.createPurpose(draft).getKey();
    }

    private void policy(String purpose, int days, Integer repermissionDays) throws Exception {
        asAdmin.call(() -> policies.update(purpose, new ExpiryPolicy(true, days, List.of("ORDER"), repermissionDays)));
    }

    private void accept(String email, String purpose, String... channels) {
        Submission submission = Submission.byEmail(email);
        for (String channel : channels) {
            submission.choose(Choice.accept(purpose, channel));
        }
        recorder.record(submission.from(Origin.of(SourceType.API_CLIENT, "expiry-it")));
    }

    private String state(String email, String purpose, String channel) throws SQLException {
        List<String> rows = rows("select s.state from consent_status s join profile p on p.id = s.profile_id"
                + " join purpose u on u.id = s.purpose_id join channel c on c.id = s.channel_id"
                + " where p.email = ? and u.purpose_key = ? and c.channel_key = ?", email, purpose, channel);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private List<String> evidence(String email, String purpose) throws SQLException {
        return rows("select c.channel_key || ' ' || e.previous_state || '->' || e.event_state || ' ' || e.event_type || ' '"
                + " || e.source_type || ' ' || coalesce(e.source_reference, '') from consent_event e join profile p on p.id = e.profile_id"
                + " join purpose u on u.id = e.purpose_id join channel c on c.id = e.channel_id"
                + " where p.email = ? and u.purpose_key = ? order by e.id", email, purpose).stream()
                .map(row -> row.replaceAll("renewal:\\d+$", "renewal:")).toList();
    }

    private long count(String email, String purpose, String eventType) throws SQLException {
        return scalar("select count(*) from consent_event e join profile p on p.id = e.profile_id join purpose u on u.id = e.purpose_id"
                + " where p.email = ? and u.purpose_key = ? and e.event_type = '" + eventType + "'", email, purpose);
    }

    private long scalar(String sql, String... parameters) throws SQLException {
        return Long.parseLong(rows(sql, parameters).get(0));
    }

    private List<String> rows(String sql, String... parameters) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    private static String person() {
        return "expiry-" + unique() + "@example.com";
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
