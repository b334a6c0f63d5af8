package com.consentmanager.purpose.entity;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PurposeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);
    private static final Channel EMAIL = channel("email");
    private static final Channel SMS = channel("sms");
    private static final Channel PHONE = channel("phone");

    @Test
    void aNewPurposeWithDoubleOptInButNoEmailIsRefusedOnTheDoubleOptInField() {
        List<FieldViolation> violations = new ArrayList<>();
        Purpose.checkNew(Set.of(SMS), true, violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("doubleOptIn", "purpose.double_opt_in.email_required"));
        assertThatThrownBy(() -> new Purpose("tips", PurposeKind.CONSENT, LawfulBasis.A, Set.of(SMS), true, null, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::messageKey).containsExactly("purpose.double_opt_in.email_required"));
    }

    @Test
    void aNewPurposeWithDoubleOptInAndEmailIsAccepted() {
        List<FieldViolation> violations = new ArrayList<>();
        Purpose.checkNew(Set.of(SMS, EMAIL), true, violations);
        assertThat(violations).isEmpty();
        Purpose purpose = new Purpose("tips", PurposeKind.CONSENT, LawfulBasis.A, Set.of(SMS, EMAIL), true, null, NOW);
        assertThat(purpose.isDoubleOptIn()).isTrue();
        assertThat(purpose.getChannelKeys()).containsExactly("email", "sms");
    }

    @Test
    void turningDoubleOptInOnWithoutEmailIsRefusedAsEmailRequired() {
        Purpose purpose = consent("tips", SMS);
        List<FieldViolation> violations = new ArrayList<>();
        purpose.checkChannels(Set.of(SMS), true, violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("doubleOptIn", "purpose.double_opt_in.email_required"));
    }

    @Test
    void removingEmailWhileDoubleOptInStaysOnIsRefusedOnTheChannelsAndChangesNothing() {
        Purpose purpose = new Purpose("tips", PurposeKind.CONSENT, LawfulBasis.A, Set.of(EMAIL, SMS), true, null, NOW);
        List<FieldViolation> violations = new ArrayList<>();
        purpose.checkChannels(Set.of(SMS), true, violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("channels", "purpose.double_opt_in.email_removed"));
        assertThatThrownBy(() -> purpose.changeChannels(Set.of(SMS), true, LATER)).isInstanceOf(InvalidInputException.class);
        assertThat(purpose.getChannelKeys()).containsExactly("email", "sms");
        assertThat(purpose.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void removingEmailAndDoubleOptInTogetherIsAccepted() {
        Purpose purpose = new Purpose("tips", PurposeKind.CONSENT, LawfulBasis.A, Set.of(EMAIL, SMS), true, null, NOW);
        purpose.changeChannels(Set.of(SMS), false, LATER);
        assertThat(purpose.getChannelKeys()).containsExactly("sms");
        assertThat(purpose.isDoubleOptIn()).isFalse();
        assertThat(purpose.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void emptyChannelsAreLeftToWhoeverLookedThemUp() {
        List<FieldViolation> violations = new ArrayList<>();
        Purpose.checkNew(Set.of(), true, violations);
        builtIn(consent("commercial_email", EMAIL)).checkChannels(Set.of(), true, violations);
        assertThat(violations).isEmpty();
    }

    @Test
    void aDefaultConsentKeepsItsChannelsButMayListThemInAnotherOrder() {
        Purpose purpose = builtIn(consent("commercial_sms", SMS, PHONE));
        List<FieldViolation> violations = new ArrayList<>();
        purpose.checkChannels(new LinkedHashSet<>(List.of(PHONE, SMS)), false, violations);
        assertThat(violations).isEmpty();
        purpose.checkChannels(Set.of(SMS, EMAIL), false, violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("channels", "purpose.channels.built_in_locked"));
        assertThatThrownBy(() -> purpose.changeChannels(Set.of(SMS), false, LATER)).isInstanceOf(InvalidInputException.class);
        assertThat(purpose.getChannelKeys()).containsExactly("phone", "sms");
    }

    @Test
    void aDefaultConsentMayTurnDoubleOptInOnWithItsEmailChannel() {
        Purpose purpose = builtIn(consent("commercial_email", EMAIL));
        purpose.changeChannels(Set.of(EMAIL), true, LATER);
        assertThat(purpose.isDoubleOptIn()).isTrue();
        assertThat(purpose.getChannelKeys()).containsExactly("email");
    }

    @Test
    void aDefaultConsentKeepsItsKeyAndTakesNoPartner() {
        Purpose purpose = builtIn(consent("commercial_email", EMAIL));
        List<FieldViolation> violations = new ArrayList<>();
        purpose.checkKey("commercial_email", violations);
        assertThat(violations).isEmpty();
        purpose.checkKey("newsletter", violations);
        purpose.checkPartner(new Partner("acme", "Acme", "https://acme.example/privacy", NOW), violations);
        purpose.checkPartner(null, violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey).containsExactly(
                tuple("key", "purpose.key.built_in_locked"), tuple("partner", "purpose.partner.built_in"));
        assertThatThrownBy(() -> purpose.changeKey("newsletter", LATER)).isInstanceOf(InvalidInputException.class);
        assertThat(purpose.getKey()).isEqualTo("commercial_email");
    }

    @Test
    void aKeyIsLockedOnceAStatusWasRecordedAndFollowsTheKeyRulesBefore() {
        Purpose used = set(consent("tips", EMAIL), "usedSince", NOW);
        List<FieldViolation> violations = new ArrayList<>();
        used.checkKey("beauty_tips", violations);
        Purpose fresh = consent("tips", EMAIL);
        fresh.checkKey("beauty tips", violations);
        fresh.checkKey("Beauty", violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey).containsExactly(
                tuple("key", "purpose.key.locked"), tuple("key", "purpose.key.white_space"), tuple("key", "purpose.key.characters"));
        fresh.changeKey("beauty_tips", LATER);
        assertThat(fresh.getKey()).isEqualTo("beauty_tips");
    }

    @Test
    void theKindIsChosenOnce() {
        Purpose purpose = consent("tips", EMAIL);
        List<FieldViolation> violations = new ArrayList<>();
        purpose.checkKind("CONSENT", violations);
        purpose.checkKind(" ", violations);
        purpose.checkKind(null, violations);
        assertThat(violations).isEmpty();
        purpose.checkKind("LEGAL_BASIS", violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("kind", "purpose.kind.fixed"));
    }

    @Test
    void aDefaultConsentIsNeverArchivedOrDeleted() {
        Purpose purpose = builtIn(consent("commercial_phone", PHONE));
        assertThatThrownBy(() -> purpose.archive(LATER)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("purpose.archive.built_in"));
        assertThatThrownBy(purpose::requireDeletable).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("purpose.delete.built_in"));
        assertThat(purpose.isActive()).isTrue();
    }

    @Test
    void aPurposeEverUsedIsArchivedNeverDeleted() {
        Purpose purpose = set(consent("tips", EMAIL), "usedSince", NOW);
        assertThatThrownBy(purpose::requireDeletable).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("purpose.delete.used"));
        purpose.archive(LATER);
        assertThat(purpose.isActive()).isFalse();
        assertThat(purpose.getArchivedAt()).isEqualTo(LATER);
        consent("fresh", EMAIL).requireDeletable();
    }

    @Test
    void aPartnerConsentComesBackOnlyWhileItsPartnerIsThere() {
        Partner partner = new Partner("acme", "Acme", "https://acme.example/privacy", NOW);
        Purpose purpose = new Purpose("partner_acme", PurposeKind.CONSENT, LawfulBasis.A, Set.of(EMAIL), false, partner, NOW);
        purpose.archive(NOW);
        partner.remove(NOW);
        assertThatThrownBy(() -> purpose.restore(LATER)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("purpose.restore.partner_removed");
            assertThat(e.getArguments()).containsExactly("partner_acme", "Acme");
        });
        assertThat(purpose.isActive()).isFalse();
    }

    private static Purpose consent(String key, Channel... channels) {
        return new Purpose(key, PurposeKind.CONSENT, LawfulBasis.A, new LinkedHashSet<>(List.of(channels)), false, null, NOW);
    }

    /** A purpose as the migration's default consents are read from the database. */
    private static Purpose builtIn(Purpose purpose) {
        return set(purpose, "builtIn", true);
    }

    private static Purpose set(Purpose purpose, String field, Object value) {
        try {
            Field column = Purpose.class.getDeclaredField(field);
            column.setAccessible(true);
            column.set(purpose, value);
            return purpose;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Channel channel(String key) {
        return new Channel(key, Map.of("en", key), NOW);
    }
}
