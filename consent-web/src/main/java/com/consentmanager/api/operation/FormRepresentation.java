package com.consentmanager.api.operation;

import com.consentmanager.operation.boundary.FormChannel;
import com.consentmanager.operation.boundary.FormPurpose;
import com.consentmanager.operation.boundary.FormView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What a site renders for an operation's form: the form version to send back with the submission,
 * and each purpose with the wording version shown, its texts, the channels offered and whether an
 * answer is required. {@code notice} purposes (legal bases) are shown as information, without a box;
 * {@code partner} ones go in their own section with the partner list.
 */
public record FormRepresentation(String operation, String name, int formVersion, String language, String sha256, boolean open,
                                 boolean phoneAsked, List<Purpose> purposes) {

    @Schema(name = "FormPurpose")
    public record Purpose(String key, String kind, String lawfulBasis, int version, String subject, String wording, String infoUrl,
                          String additionalText, boolean required, boolean notice, boolean doubleOptIn, String partner,
                          List<Channel> channels) {
    }

    @Schema(name = "FormChannel")
    public record Channel(String key, String label) {
    }

    public static FormRepresentation of(FormView form) {
        return new FormRepresentation(form.getOperationKey(), form.getOperationName(), form.getFormVersion(), form.getLanguage(),
                form.getSha256(), form.isOpen(), form.isPhoneAsked(), form.getPurposes().stream().map(FormRepresentation::purpose).toList());
    }

    private static Purpose purpose(FormPurpose purpose) {
        return new Purpose(purpose.getKey(), purpose.getKind().name(), purpose.getLawfulBasis(), purpose.getVersion(), purpose.getSubject(),
                purpose.getWording(), purpose.getInfoUrl(), purpose.getAdditionalText(), purpose.isRequired(), purpose.isNotice(),
                purpose.isDoubleOptIn(), purpose.getPartnerName(), purpose.getChannels().stream().map(FormRepresentation::channel).toList());
    }

    private static Channel channel(FormChannel channel) {
        return new Channel(channel.getKey(), channel.getLabel());
    }
}
