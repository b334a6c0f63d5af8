package com.consentmanager.api.profile;

import com.consentmanager.profile.boundary.Choice;
import com.consentmanager.profile.boundary.Submission;

import java.util.List;

/** The body of {@code POST /api/v1/submissions}. */
public record SubmissionJson(String email, String externalId, String phone, String language, List<ChoiceJson> choices,
                             OriginJson origin) {

    /** One choice: {@code purpose}, {@code channel}, {@code state} (ACCEPTED or REFUSED), {@code purposeVersion} shown. */
    public record ChoiceJson(String purpose, String channel, String state, Integer purposeVersion) {
    }

    Submission submission(String caller) {
        Submission submission = new Submission();
        submission.setEmail(email);
        submission.setExternalId(externalId);
        submission.setPhone(phone);
        submission.setLanguage(language);
        submission.setChoices(choices == null ? List.of() : choices.stream().map(choice -> {
            if (choice == null) {
                return null;
            }
            Choice converted = new Choice(choice.purpose(), choice.channel(), choice.state());
            converted.setPurposeVersion(choice.purposeVersion());
            return converted;
        }).toList());
        submission.setOrigin(OriginJson.of(origin, caller));
        return submission;
    }
}
