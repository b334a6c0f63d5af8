package com.consentmanager.profile.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.profile.boundary.ProfileReference;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * How a caller names a person, checked by one rule per kind wherever a reference enters (decisions,
 * withdrawals, objections, resets, activities, export, erasure): an email is an address by
 * {@link Identities}' rule, a phone a number of {@link PhoneNumbers}' plan, an external id at most 250
 * characters without control characters. A malformed reference is a 400 naming it, never a look-up
 * that answers "not found".
 */
@Dependent
public class ProfileReferences {

    @Inject
    PhoneNumbers phones;

    /** The reference's value as stored (lower-cased email, E.164 phone, trimmed external id). */
    public String normalised(ProfileReference reference) {
        return switch (reference.getKind()) {
            case EMAIL -> Identities.email(reference.getValue());
            case PHONE -> phones.normalise(reference.getValue());
            case EXTERNAL_ID -> Identities.externalId(reference.getValue());
        };
    }

    /** Adds what is wrong with the reference, under {@code field} ({@code profile}, {@code activities[2].profile}...). */
    public void check(String field, ProfileReference reference, List<FieldViolation> violations) {
        if (reference == null || reference.getValue() == null || reference.getValue().isBlank()) {
            violations.add(new FieldViolation(field, "profile.reference.required"));
            return;
        }
        String value = normalised(reference);
        switch (reference.getKind()) {
            case EMAIL -> Identities.checkEmail(field + ".email", value, violations);
            case PHONE -> phones.check(field + ".phone", value, violations);
            case EXTERNAL_ID -> Identities.checkExternalId(field + ".externalId", value, violations);
        }
    }

    /** The normalised value of a well-formed reference; an {@link InvalidInputException} otherwise. */
    public String checked(String field, ProfileReference reference) {
        List<FieldViolation> violations = new ArrayList<>();
        check(field, reference, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return normalised(reference);
    }
}
