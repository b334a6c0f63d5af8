package com.consentmanager.profile.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The choices a person made at once (one form submission, one API call): recorded all together or
 * not at all. The person is named by external id when given (then it is the key), else by email;
 * a phone (any common notation, stored in E.164) and a language complete the profile.
 */
public final class Submission implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String externalId;
    private String phone;
    private String language;
    private ArrayList<Choice> choices = new ArrayList<>();
    private Origin origin;

    public Submission() {
    }

    public static Submission byEmail(String email) {
        Submission submission = new Submission();
        submission.email = email;
        return submission;
    }

    public Submission choose(Choice... more) {
        choices.addAll(List.of(more));
        return this;
    }

    public Submission from(Origin from) {
        this.origin = from;
        return this;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
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

    public List<Choice> getChoices() {
        return choices;
    }

    public void setChoices(List<Choice> choices) {
        this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
    }

    public Origin getOrigin() {
        return origin;
    }

    public void setOrigin(Origin origin) {
        this.origin = origin;
    }
}
