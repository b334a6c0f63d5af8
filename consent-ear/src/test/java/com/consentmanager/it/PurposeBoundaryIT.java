package com.consentmanager.it;

import com.consentmanager.channel.boundary.ChannelManagement;
import com.consentmanager.channel.boundary.NewChannel;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.purpose.boundary.LocalizedPurpose;
import com.consentmanager.purpose.boundary.PartnerDraft;
import com.consentmanager.purpose.boundary.PartnerManagement;
import com.consentmanager.purpose.boundary.PartnerView;
import com.consentmanager.purpose.boundary.PurposeDraft;
import com.consentmanager.purpose.boundary.PurposeFilter;
import com.consentmanager.purpose.boundary.PurposeManagement;
import com.consentmanager.purpose.boundary.PurposeTextView;
import com.consentmanager.purpose.boundary.PurposeVersionView;
import com.consentmanager.purpose.boundary.PurposeView;
import com.consentmanager.purpose.boundary.RemotePartnerManagement;
import com.consentmanager.purpose.boundary.RemotePurposeManagement;
import com.consentmanager.purpose.control.PurposeTexts;
import com.consentmanager.purpose.entity.PurposeKind;
import com.consentmanager.purpose.entity.PurposeText;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Purposes and partners through the local and the remote EJB views, in the server, on PostgreSQL:
 * every rule of issue 4 (kinds, channels, double opt-in, keys, defaults, versions, partners, audit).
 */
@ExtendWith(ArquillianExtension.class)
class PurposeBoundaryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ConsentDeployments.earWithTests(PurposeBoundaryIT.class, AsAdmin.class);
    }

    @EJB
    PurposeManagement purposeBoundary;

    @EJB
    PartnerManagement partnerBoundary;

    @EJB
    ChannelManagement channelBoundary;

    @EJB
    AsAdmin asAdmin;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    @Resource(lookup = "jdbc/consent-owner")
    DataSource owner;

    PurposeManagement purposes;
    PartnerManagement partners;
    ChannelManagement channels;

    @BeforeEach
    void asAdministrator() {
        purposes = AsAdmin.wrap(asAdmin, PurposeManagement.class, purposeBoundary);
        partners = AsAdmin.wrap(asAdmin, PartnerManagement.class, partnerBoundary);
        channels = AsAdmin.wrap(asAdmin, ChannelManagement.class, channelBoundary);
    }

    @Test
    void theThreeDefaultConsentsExistWithTheirChannelsAndAProvableFirstVersion() {
        List<PurposeView> builtIn = purposes.listPurposes(new PurposeFilter(), 0, 100).stream()
                .filter(PurposeView::isBuiltIn).toList();

        assertThat(builtIn).extracting(PurposeView::getKey)
                .containsExactlyInAnyOrder("commercial_phone", "commercial_sms", "commercial_email");
        assertThat(builtIn).allMatch(p -> p.getKind() == PurposeKind.CONSENT && "a".equals(p.getLawfulBasis()) && p.isActive());
        PurposeView email = purposes.getPurpose("commercial_email");
        assertThat(email.getChannels()).containsExactly("email");
        assertThat(purposes.getPurpose("commercial_phone").getChannels()).containsExactly("phone");
        assertThat(purposes.getPurpose("commercial_sms").getChannels()).containsExactly("sms");
        PurposeVersionView first = purposes.getVersion("commercial_email", 1);
        assertThat(first.text("fr").getSubject()).isEqualTo("Informations commerciales par email");
        assertThat(first.text("en").getSubject()).isEqualTo("Commercial information by email");
        assertThat(first.getSha256()).as("the migration hashes as the application does")
                .isEqualTo(PurposeTexts.sha256(entities(first.getTexts())));
    }

    @Test
    void aConsentIsCreatedWithAKeyFromItsFrenchSubjectAndAnAuditedFirstVersion() throws SQLException {
        String suffix = unique();
        PurposeView created = purposes.createPurpose(withDoubleOptIn(consent("Conseils beauté " + suffix, "email", "sms")));

        assertThat(created.getKey()).isEqualTo("conseils_beaute_" + suffix);
        assertThat(created.getKind()).isEqualTo(PurposeKind.CONSENT);
        assertThat(created.getLawfulBasis()).isEqualTo("a");
        assertThat(created.getChannels()).containsExactly("email", "sms");
        assertThat(created.isDoubleOptIn()).isTrue();
        assertThat(created.isKeyLocked()).isFalse();
        assertThat(created.getCurrentVersion().getNumber()).isEqualTo(1);
        assertThat(created.getCurrentVersion().getCreatedBy()).isEqualTo(AsAdmin.PRINCIPAL);
        assertThat(created.getCurrentVersion().getSha256()).hasSize(64);
        assertThat(audit("purpose.created", created.getKey())).singleElement().asString()
                .contains("\"doubleOptIn\":\"true\"").contains("Conseils beauté " + suffix);
    }

    @Test
    void aLegalBasisNeedsAnotherPointThanA() {
        PurposeView order = purposes.createPurpose(legalBasis("Commande " + unique(), "f", "email"));
        assertThat(order.getKind()).isEqualTo(PurposeKind.LEGAL_BASIS);
        assertThat(order.getLawfulBasis()).isEqualTo("f");

        assertThat(violations(() -> purposes.createPurpose(legalBasis("Inscription " + unique(), "a", "email"))))
                .containsExactly("lawfulBasis:purpose.lawful_basis.legal_basis_not_a");
        assertThat(violations(() -> purposes.createPurpose(legalBasis("Inscription " + unique(), null, "email"))))
                .containsExactly("lawfulBasis:purpose.lawful_basis.required");
        PurposeDraft consentOnB = consent("Jeu " + unique(), "email");
        consentOnB.setLawfulBasis("b");
        assertThat(violations(() -> purposes.createPurpose(consentOnB)))
                .containsExactly("lawfulBasis:purpose.lawful_basis.consent_is_a");
        PurposeDraft kindChange = PurposeDraft.of(order);
        kindChange.setKind("CONSENT");
        assertThat(violations(() -> purposes.updatePurpose(order.getKey(), kindChange))).contains("kind:purpose.kind.fixed");
    }

    @Test
    void doubleOptInNeedsEmailAndEmailCannotBeRemovedWhileItIsOn() throws SQLException {
        assertThat(violations(() -> purposes.createPurpose(withDoubleOptIn(consent("SMS only " + unique(), "sms")))))
                .containsExactly("doubleOptIn:purpose.double_opt_in.email_required");
        PurposeView beauty = purposes.createPurpose(withDoubleOptIn(consent("Beauté " + unique(), "email", "sms")));

        PurposeDraft withoutEmail = PurposeDraft.of(beauty);
        withoutEmail.setChannels(List.of("sms"));
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> purposes.updatePurpose(beauty.getKey(), withoutEmail));

        assertThat(refused.getViolations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("channels", "purpose.double_opt_in.email_removed"));
        assertThat(refused.getViolations().get(0).message(java.util.Locale.FRENCH)).contains("désactivez d'abord le double opt-in");
        assertThat(purposes.getPurpose(beauty.getKey()).getChannels()).containsExactly("email", "sms");
        assertThat(audit("purpose.updated", beauty.getKey())).isEmpty();

        withoutEmail.setDoubleOptIn(false);
        assertThat(purposes.updatePurpose(beauty.getKey(), withoutEmail).getChannels()).containsExactly("sms");
        assertThat(audit("purpose.updated", beauty.getKey())).singleElement().asString()
                .contains("\"doubleOptIn\":\"true -> false\"").contains("[email, sms] -> [sms]");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        long before = purposes.countPurposes(new PurposeFilter());
        PurposeDraft bad = consent("x".repeat(251), "fax_that_does_not_exist");
        bad.setKey("bad key");
        bad.text("fr").setInfoUrl("javascript:alert(1)");
        bad.text("en").setSubject("Only a subject");
        bad.text("en").setInfoUrl("/relative.pdf");

        assertThat(violations(() -> purposes.createPurpose(bad))).containsExactlyInAnyOrder(
                "key:purpose.key.white_space",
                "texts.fr.subject:purpose.subject.too_long",
                "texts.fr.infoUrl:url.absolute_http",
                "texts.en.wording:purpose.wording.required",
                "texts.en.infoUrl:url.absolute_http",
                "channels:purpose.channels.unknown");
        PurposeDraft noChannel = consent("Sans canal " + unique());
        assertThat(violations(() -> purposes.createPurpose(noChannel))).containsExactly("channels:purpose.channels.required");
        PurposeDraft noFrench = consent("Rien", "email");
        noFrench.setTexts(Map.of("en", new PurposeTextView("English only", "I agree.", null, null)));
        assertThat(violations(() -> purposes.createPurpose(noFrench)))
                .containsExactlyInAnyOrder("texts.fr.subject:purpose.subject.required", "texts.fr.wording:purpose.wording.required");
        assertThat(purposes.countPurposes(new PurposeFilter())).isEqualTo(before);
    }

    @Test
    void aKeyBelongsToOnePurposeAndLocksOnceAStatusWasRecorded() throws SQLException {
        PurposeView first = purposes.createPurpose(consent("Newsletter " + unique(), "email"));
        PurposeDraft duplicate = consent("Autre", "email");
        duplicate.setKey(first.getKey());
        ConflictException taken = catchThrowableOfType(ConflictException.class, () -> purposes.createPurpose(duplicate));
        assertThat(taken.getViolations()).extracting(FieldViolation::field).containsExactly("key");

        PurposeDraft rekey = PurposeDraft.of(first);
        String newKey = "news_" + unique();
        rekey.setKey(newKey);
        assertThat(purposes.updatePurpose(first.getKey(), rekey).getKey()).isEqualTo(newKey);

        markUsed(newKey);
        PurposeView used = purposes.getPurpose(newKey);
        assertThat(used.isKeyLocked()).isTrue();
        PurposeDraft again = PurposeDraft.of(used);
        again.setKey("other_" + unique());
        assertThat(violations(() -> purposes.updatePurpose(newKey, again))).containsExactly("key:purpose.key.locked");
        assertThat(catchThrowableOfType(ConflictException.class, () -> purposes.deletePurpose(newKey)).getMessageKey())
                .isEqualTo("purpose.delete.used");
        assertThat(purposes.archivePurpose(newKey).isActive()).isFalse();
        assertThat(purposes.listPurposes(new PurposeFilter().setActive(true), 0, 500)).extracting(PurposeView::getKey)
                .doesNotContain(newKey);
        assertThat(purposes.restorePurpose(newKey).isActive()).isTrue();
    }

    @Test
    void aNeverUsedPurposeCanBeDeletedWithItsVersions() throws SQLException {
        PurposeView draft = purposes.createPurpose(consent("Brouillon " + unique(), "email"));

        purposes.deletePurpose(draft.getKey());

        assertThat(catchThrowableOfType(NotFoundException.class, () -> purposes.getPurpose(draft.getKey()))).isNotNull();
        assertThat(audit("purpose.deleted", draft.getKey())).hasSize(1);
    }

    @Test
    void defaultConsentsKeepTheirChannelsAndKeyButTheirWordingIsVersioned() throws SQLException {
        PurposeView phone = purposes.getPurpose("commercial_phone");
        PurposeDraft otherChannels = PurposeDraft.of(phone);
        otherChannels.setChannels(List.of("phone", "sms"));
        assertThat(violations(() -> purposes.updatePurpose("commercial_phone", otherChannels)))
                .containsExactly("channels:purpose.channels.built_in_locked");
        PurposeDraft rekey = PurposeDraft.of(phone);
        rekey.setKey("phone_marketing");
        assertThat(violations(() -> purposes.updatePurpose("commercial_phone", rekey)))
                .containsExactly("key:purpose.key.built_in_locked");
        assertThat(catchThrowableOfType(ConflictException.class, () -> purposes.archivePurpose("commercial_phone"))
                .getMessageKey()).isEqualTo("purpose.archive.built_in");
        assertThat(catchThrowableOfType(ConflictException.class, () -> purposes.deletePurpose("commercial_phone"))
                .getMessageKey()).isEqualTo("purpose.delete.built_in");

        PurposeDraft reworded = PurposeDraft.of(phone);
        String wording = "Nous pouvons vous appeler pour nos offres (" + unique() + ").";
        reworded.text("fr").setWording(wording);
        reworded.setMaterial(true);
        PurposeView changed = purposes.updatePurpose("commercial_phone", reworded);

        int number = phone.getCurrentVersion().getNumber() + 1;
        assertThat(changed.getCurrentVersion().getNumber()).isEqualTo(number);
        assertThat(changed.getCurrentVersion().isMaterial()).isTrue();
        assertThat(changed.getCurrentVersion().text("fr").getWording()).isEqualTo(wording);
        assertThat(changed.getCurrentVersion().getSha256()).isNotEqualTo(phone.getCurrentVersion().getSha256());
        PurposeVersionView previous = purposes.getVersion("commercial_phone", number - 1);
        assertThat(previous.getSha256()).isEqualTo(phone.getCurrentVersion().getSha256());
        assertThat(previous.text("fr").getWording()).isEqualTo(phone.getCurrentVersion().text("fr").getWording());
        assertThat(purposes.listVersions("commercial_phone")).extracting(PurposeVersionView::getNumber)
                .startsWith(number, number - 1);
        assertThat(audit("purpose.updated", "commercial_phone")).last().asString()
                .contains("\"textVersion\":\"" + (number - 1) + " -> " + number + "\"").contains(wording);

        PurposeView unchanged = purposes.updatePurpose("commercial_phone", PurposeDraft.of(changed));
        assertThat(unchanged.getCurrentVersion().getNumber()).as("saving the same texts makes no version").isEqualTo(number);
    }

    /** Two locks: the application's role has no UPDATE on the texts, and even their owner meets the trigger. */
    @Test
    void versionsCannotBeRewrittenEvenInTheDatabase() {
        String forge = "update purpose_version_text set wording = 'forged' where language = 'fr'";
        Throwable refused = catchThrowable(() -> run(database, forge));
        assertThat(refused).isInstanceOf(SQLException.class);
        assertThat(((SQLException) refused).getSQLState()).as("permission denied for the application").isEqualTo("42501");
        assertThat(catchThrowable(() -> run(owner, forge))).as("the owner meets the trigger")
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    private static void run(DataSource source, String sql) throws SQLException {
        try (Connection connection = source.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.executeUpdate();
        }
    }

    @Test
    void aMissingEnglishTextFallsBackToFrenchVisibly() {
        PurposeView french = purposes.createPurpose(consent("Jeux concours " + unique(), "email"));

        LocalizedPurpose english = purposes.describe(french.getKey(), "en");

        assertThat(english.isTranslated()).isFalse();
        assertThat(english.getSubject()).startsWith("Jeux concours");
        assertThat(english.getVersionNumber()).isEqualTo(1);
        assertThat(english.getSha256()).isEqualTo(french.getCurrentVersion().getSha256());
        assertThat(purposes.describe("commercial_sms", "en").isTranslated()).isTrue();
    }

    @Test
    void scriptTagsAreStoredAsTheTextTheyAre() {
        PurposeDraft draft = consent("<script>alert(1)</script>", "email");
        draft.setKey("xss_" + unique());
        PurposeView stored = purposes.createPurpose(draft);
        assertThat(purposes.getPurpose(stored.getKey()).getCurrentVersion().text("fr").getSubject())
                .isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void addingAPartnerCreatesItsConsentAndRemovingItArchivesThem() throws SQLException {
        String suffix = unique();
        PartnerView partner = partners.createPartner(new PartnerDraft(null, "Acme " + suffix, "https://acme.example/privacy"));

        assertThat(partner.getKey()).isEqualTo("acme_" + suffix);
        assertThat(partner.getPurposes()).containsExactly("partner_acme_" + suffix);
        PurposeView consent = purposes.getPurpose("partner_acme_" + suffix);
        assertThat(consent.getKind()).isEqualTo(PurposeKind.CONSENT);
        assertThat(consent.getChannels()).containsExactly("email");
        assertThat(consent.getPartnerName()).isEqualTo("Acme " + suffix);
        assertThat(consent.getCurrentVersion().text("fr").getSubject()).isEqualTo("Offres de nos partenaires : Acme " + suffix);
        assertThat(consent.getCurrentVersion().text("en").getSubject()).isEqualTo("Offers from our partners: Acme " + suffix);
        assertThat(consent.getCurrentVersion().text("fr").getInfoUrl()).isEqualTo("https://acme.example/privacy");
        assertThat(purposes.listPurposes(new PurposeFilter().setPartner(partner.getKey()), 0, 10))
                .extracting(PurposeView::getKey).containsExactly(consent.getKey());
        assertThat(partnerBoundary.listPublicPartners()).as("anyone reads the public list")
                .extracting(PartnerView::getName).contains("Acme " + suffix);

        PartnerView removed = partners.removePartner(partner.getKey());

        assertThat(removed.isActive()).isFalse();
        assertThat(purposes.getPurpose(consent.getKey()).isActive()).isFalse();
        assertThat(partnerBoundary.listPublicPartners()).extracting(PartnerView::getKey).doesNotContain(partner.getKey());
        assertThat(catchThrowableOfType(ConflictException.class, () -> purposes.restorePurpose(consent.getKey()))
                .getMessageKey()).isEqualTo("purpose.restore.partner_removed");
        assertThat(audit("partner.removed", partner.getKey())).singleElement().asString().contains(consent.getKey());
    }

    @Test
    void partnerInputIsChecked() {
        assertThat(violations(() -> partners.createPartner(new PartnerDraft("bad key", " ", "ftp://x"))))
                .containsExactlyInAnyOrder("name:partner.name.required", "key:partner.key.white_space",
                        "privacyUrl:url.absolute_http");
        PartnerView partner = partners.createPartner(new PartnerDraft(null, "Globex " + unique(), "https://globex.example"));
        ConflictException duplicate = catchThrowableOfType(ConflictException.class,
                () -> partners.createPartner(new PartnerDraft(partner.getKey(), "Globex bis", "https://globex.example")));
        assertThat(duplicate.getViolations()).extracting(FieldViolation::field).containsExactly("key");
        assertThat(partners.updatePartner(partner.getKey(), new PartnerDraft(null, "Globex Corp", "http://globex.example/p"))
                .getName()).isEqualTo("Globex Corp");
    }

    @Test
    void aChannelThatAPurposeCoversCannotBeDeleted() {
        String channelKey = channels.createChannel(NewChannel.named("Fax " + unique())).getKey();
        purposes.createPurpose(consent("Par fax " + unique(), channelKey));

        ConflictException refused = catchThrowableOfType(ConflictException.class, () -> channels.deleteChannel(channelKey));

        assertThat(refused.getMessageKey()).isEqualTo("channel.delete.used_by_purpose");
        assertThat(channels.getChannel(channelKey)).isNotNull();
    }

    @Test
    void theListFiltersOnTheServer() {
        String suffix = unique();
        purposes.createPurpose(legalBasis("Satisfaction " + suffix, "b", "phone"));
        purposes.createPurpose(consent("Satisfaction promo " + suffix, "sms"));

        assertThat(purposes.listPurposes(new PurposeFilter().setText("satisfaction " + suffix), 0, 10)).hasSize(1);
        assertThat(purposes.countPurposes(new PurposeFilter().setText(suffix))).isEqualTo(2);
        assertThat(purposes.listPurposes(new PurposeFilter().setText(suffix).setKind(PurposeKind.LEGAL_BASIS), 0, 10))
                .extracting(PurposeView::getLawfulBasis).containsExactly("b");
        assertThat(purposes.listPurposes(new PurposeFilter().setText(suffix).setChannel("sms"), 0, 10))
                .extracting(PurposeView::getKind).containsExactly(PurposeKind.CONSENT);
        assertThat(purposes.listPurposes(new PurposeFilter().setText(suffix), 1, 1)).hasSize(1);
    }

    @Test
    void theRemoteViewsAnswerAtTheirDocumentedNamesAndRefuseAnonymousCallers() throws Exception {
        RemotePurposeManagement remote = (RemotePurposeManagement) new InitialContext().lookup(RemotePurposeManagement.JNDI_NAME);
        RemotePartnerManagement remotePartners = (RemotePartnerManagement) new InitialContext()
                .lookup(RemotePartnerManagement.JNDI_NAME);

        PurposeView created = asAdmin.call(() -> remote.createPurpose(consent("À distance " + unique(), "email")));
        assertThat(asAdmin.call(() -> remote.describe(created.getKey(), "fr")).getSubject()).startsWith("À distance");
        Throwable refused = asAdmin.failure(() -> remote.createPurpose(consent("Sans canal")));
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        assertThat(((BusinessException) refused).getViolations()).extracting(FieldViolation::messageKey)
                .containsExactly("purpose.channels.required");
        assertThat(asAdmin.failure(() -> remote.getPurpose("no_such_purpose"))).isInstanceOf(NotFoundException.class);
        assertThat(asAdmin.call(remotePartners::listPublicPartners)).isNotNull();

        assertThat(catchThrowable(() -> purposeBoundary.listPurposes(new PurposeFilter(), 0, 10)))
                .isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> purposeBoundary.createPurpose(consent("Anonyme", "email"))))
                .isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> remote.getPurpose("commercial_email"))).isNotNull()
                .isNotInstanceOf(BusinessException.class);
    }

    // ---- helpers

    private static PurposeDraft consent(String subject, String... channelKeys) {
        PurposeDraft draft = new PurposeDraft();
        draft.setKind("CONSENT");
        draft.text("fr").setSubject(subject);
        draft.text("fr").setWording("J'accepte : " + subject);
        draft.setChannels(List.of(channelKeys));
        return draft;
    }

    private static PurposeDraft legalBasis(String subject, String point, String... channelKeys) {
        PurposeDraft draft = consent(subject, channelKeys);
        draft.setKind("LEGAL_BASIS");
        draft.setLawfulBasis(point);
        return draft;
    }

    private static PurposeDraft withDoubleOptIn(PurposeDraft draft) {
        draft.setDoubleOptIn(true);
        return draft;
    }

    private static List<String> violations(Runnable call) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, call::run);
        assertThat(refused).as("refused as invalid input").isNotNull();
        return refused.getViolations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    private void markUsed(String key) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update purpose set used_since = now() where purpose_key = ?")) {
            update.setString(1, key);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** The details of each audit row written for this action on this key, oldest first. */
    private List<String> audit(String action, String key) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select details from audit_event where action = ? and target_key = ? order by id")) {
            query.setString(1, action);
            query.setString(2, key);
            List<String> details = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    details.add(rows.getString(1));
                }
            }
            return details;
        }
    }

    private static Map<String, PurposeText> entities(Map<String, PurposeTextView> texts) {
        Map<String, PurposeText> entities = new TreeMap<>();
        texts.forEach((language, text) -> entities.put(language,
                new PurposeText(text.getSubject(), text.getWording(), text.getInfoUrl(), text.getAdditionalText())));
        return entities;
    }


    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
