package com.consentmanager.importing.control;

import com.consentmanager.importing.control.ImportRules.Change;
import com.consentmanager.importing.control.ImportRules.Forbidden;
import com.consentmanager.importing.control.ImportRules.NoChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.consentmanager.profile.entity.ConsentState.ACCEPTED;
import static com.consentmanager.profile.entity.ConsentState.PENDING;
import static com.consentmanager.profile.entity.ConsentState.REFUSED;
import static com.consentmanager.profile.entity.ConsentState.UNKNOWN;
import static com.consentmanager.purpose.entity.PurposeKind.CONSENT;
import static com.consentmanager.purpose.entity.PurposeKind.LEGAL_BASIS;
import static org.assertj.core.api.Assertions.assertThat;

class ImportRulesTest {

    private static final Instant T1 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2024-06-01T00:00:00Z");

    @Test
    void anEmptyCellNeverChangesAStatus() {
        assertThat(ImportRules.decide(CONSENT, ACCEPTED, T1, null, null, false, false)).isEqualTo(new NoChange(false));
        assertThat(ImportRules.decide(LEGAL_BASIS, REFUSED, T1, null, null, false, false)).isEqualTo(new NoChange(false));
    }

    @Test
    void emptyFieldsDeleteDataResetsToUnknownEvenARefusedLegalBasis() {
        assertThat(ImportRules.decide(CONSENT, ACCEPTED, T1, null, null, true, false)).isEqualTo(new Change(UNKNOWN));
        assertThat(ImportRules.decide(LEGAL_BASIS, REFUSED, T1, null, null, true, false)).isEqualTo(new Change(UNKNOWN));
        assertThat(ImportRules.decide(CONSENT, UNKNOWN, null, null, null, true, false)).isEqualTo(new NoChange(false));
    }

    @Test
    void refusedLegalBasisNeverReturnsToAcceptedByImport() {
        assertThat(ImportRules.decide(LEGAL_BASIS, REFUSED, T1, ACCEPTED, T2, false, false))
                .isEqualTo(new Forbidden("import.rule.legal_basis_refused"));
        assertThat(ImportRules.decide(LEGAL_BASIS, REFUSED, T1, ACCEPTED, T2, true, false))
                .isEqualTo(new Forbidden("import.rule.legal_basis_refused"));
        assertThat(ImportRules.decide(LEGAL_BASIS, REFUSED, T1, UNKNOWN, T2, false, false))
                .isEqualTo(new Forbidden("import.rule.legal_basis_refused"));
        assertThat(ImportRules.decide(LEGAL_BASIS, REFUSED, T1, UNKNOWN, T2, true, false)).isEqualTo(new Change(UNKNOWN));
    }

    @Test
    void aConsentMovesFreely() {
        assertThat(ImportRules.decide(CONSENT, REFUSED, T1, ACCEPTED, T2, false, false)).isEqualTo(new Change(ACCEPTED));
        assertThat(ImportRules.decide(CONSENT, ACCEPTED, T1, REFUSED, T2, false, false)).isEqualTo(new Change(REFUSED));
        assertThat(ImportRules.decide(CONSENT, ACCEPTED, T1, UNKNOWN, T2, false, false)).isEqualTo(new Change(UNKNOWN));
    }

    @Test
    void anImportedAcceptanceNeverWaitsForDoubleOptIn() {
        assertThat(ImportRules.decide(CONSENT, UNKNOWN, null, ACCEPTED, T1, false, false)).isEqualTo(new Change(ACCEPTED));
        assertThat(ImportRules.decide(CONSENT, PENDING, T1, ACCEPTED, T2, false, false)).isEqualTo(new Change(ACCEPTED));
    }

    @Test
    void theSameStateOrAnOlderDateChangesNothing() {
        assertThat(ImportRules.decide(CONSENT, ACCEPTED, T1, ACCEPTED, T2, false, false)).isEqualTo(new NoChange(true));
        assertThat(ImportRules.decide(CONSENT, ACCEPTED, T2, REFUSED, T1, false, false)).isEqualTo(new NoChange(true));
    }

    @Test
    void aProfileThatObjectedIsNeverAccepted() {
        assertThat(ImportRules.decide(CONSENT, REFUSED, T1, ACCEPTED, T2, false, true))
                .isEqualTo(new Forbidden("import.rule.profile_objected"));
        assertThat(ImportRules.decide(CONSENT, ACCEPTED, T1, REFUSED, T2, false, true)).isEqualTo(new Change(REFUSED));
    }
}
