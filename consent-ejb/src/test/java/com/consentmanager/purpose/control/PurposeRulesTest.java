package com.consentmanager.purpose.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.purpose.entity.LawfulBasis;
import com.consentmanager.purpose.entity.PurposeKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PurposeRulesTest {

    @Test
    void theKindIsRequiredAndNamedExactly() {
        List<FieldViolation> violations = new ArrayList<>();
        assertThat(PurposeRules.kind(" LEGAL_BASIS ", violations)).isEqualTo(PurposeKind.LEGAL_BASIS);
        assertThat(violations).isEmpty();
        PurposeRules.kind(" ", violations);
        PurposeRules.kind("consent", violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey).containsExactly(
                tuple("kind", "purpose.kind.required"), tuple("kind", "purpose.kind.unknown"));
        assertThat(violations.get(1).arguments()).containsExactly("consent");
    }

    @Test
    void aConsentIsPointAAndALegalBasisAnotherPoint() {
        List<FieldViolation> violations = new ArrayList<>();
        assertThat(PurposeRules.basis(PurposeKind.CONSENT, null, violations)).isEqualTo(LawfulBasis.A);
        assertThat(PurposeRules.basis(PurposeKind.LEGAL_BASIS, " B ", violations)).isEqualTo(LawfulBasis.B);
        assertThat(violations).isEmpty();
        PurposeRules.basis(PurposeKind.CONSENT, "f", violations);
        PurposeRules.basis(PurposeKind.LEGAL_BASIS, "a", violations);
        PurposeRules.basis(PurposeKind.LEGAL_BASIS, "", violations);
        PurposeRules.basis(PurposeKind.LEGAL_BASIS, "g", violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey).containsExactly(
                tuple("lawfulBasis", "purpose.lawful_basis.consent_is_a"),
                tuple("lawfulBasis", "purpose.lawful_basis.legal_basis_not_a"),
                tuple("lawfulBasis", "purpose.lawful_basis.required"),
                tuple("lawfulBasis", "purpose.lawful_basis.unknown"));
    }
}
