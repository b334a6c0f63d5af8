package com.consentmanager.operation.boundary;

import com.consentmanager.profile.boundary.Choice;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A filled form: the form version it was shown in, the person's email (and phone when a phone or SMS
 * channel is offered), the language, the answers (purpose × channel → ACCEPTED or REFUSED; a box
 * left blank is no answer), a nonce that makes a double submit harmless, and the person's address
 * and user agent for the evidence.
 */
public final class FormSubmission implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer formVersion;
    private String email;
    private String phone;
    private String language;
    private String nonce;
    private String ipAddress;
    private String userAgent;
    private ArrayList<Choice> answers = new ArrayList<>();

    public Integer getFormVersion() {
        return formVersion;
    }

    public void setFormVersion(Integer formVersion) {
        this.formVersion = formVersion;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getNonce() {
        return nonce;
    }

    public void setNonce(String nonce) {
        this.nonce = nonce;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public List<Choice> getAnswers() {
        return answers;
    }

    public void setAnswers(List<Choice> answers) {
        this.answers = answers == null ? new ArrayList<>() : new ArrayList<>(answers);
    }
}
