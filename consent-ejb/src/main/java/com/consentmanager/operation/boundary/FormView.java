package com.consentmanager.operation.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an operation's form shows in one language, in the form version it was rendered from: the
 * consents to answer, the legal-basis notices, the partner consents (in their own section, with the
 * link to the partner list), and whether a phone number is asked (a phone or SMS channel is
 * offered). {@link #getFormVersion()} is 0 for a console preview of settings not yet saved.
 */
public final class FormView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The channels on which a person is reached by phone number. */
    static final Set<String> PHONE_CHANNELS = Set.of("phone", "sms");

    private final String operationKey;
    private final String operationName;
    private final int formVersion;
    private final String language;
    private final String sha256;
    private final boolean open;
    private final ArrayList<FormPurpose> purposes;

    public FormView(String operationKey, String operationName, int formVersion, String language, String sha256, boolean open,
                    List<FormPurpose> purposes) {
        this.operationKey = operationKey;
        this.operationName = operationName;
        this.formVersion = formVersion;
        this.language = language;
        this.sha256 = sha256;
        this.open = open;
        this.purposes = new ArrayList<>(purposes);
    }

    public String getOperationKey() {
        return operationKey;
    }

    public String getOperationName() {
        return operationName;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public String getLanguage() {
        return language;
    }

    /** The SHA-256 of this form version's rendered content in this language. */
    public String getSha256() {
        return sha256;
    }

    /** The operation takes submissions now. */
    public boolean isOpen() {
        return open;
    }

    /** Every purpose, in the form's order. */
    public List<FormPurpose> getPurposes() {
        return List.copyOf(purposes);
    }

    public List<FormPurpose> getConsents() {
        return purposes.stream().filter(purpose -> !purpose.isNotice() && purpose.getPartnerName() == null).toList();
    }

    public List<FormPurpose> getNotices() {
        return purposes.stream().filter(FormPurpose::isNotice).toList();
    }

    public List<FormPurpose> getPartnerConsents() {
        return purposes.stream().filter(purpose -> !purpose.isNotice() && purpose.getPartnerName() != null).toList();
    }

    public boolean isPhoneAsked() {
        return purposes.stream().flatMap(purpose -> purpose.getChannels().stream())
                .anyMatch(channel -> PHONE_CHANNELS.contains(channel.getKey()));
    }
}
