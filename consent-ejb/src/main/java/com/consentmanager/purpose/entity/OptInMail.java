package com.consentmanager.purpose.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Map;
import java.util.Objects;

/**
 * A purpose's own texts for the double opt-in mail, each optional: the sender address and, in
 * French and English, the subject and the sentence before the list of purposes. An empty one
 * leaves the mail's default (its bundle, the mail session's sender). Plain text, escaped in HTML.
 */
@Embeddable
public class OptInMail {

    public static final int SENDER_MAX_LENGTH = 320;
    public static final int SUBJECT_MAX_LENGTH = 200;
    public static final int INTRO_MAX_LENGTH = 1000;

    @Column(name = "opt_in_sender", length = SENDER_MAX_LENGTH)
    private String sender;

    @Column(name = "opt_in_subject_fr", length = SUBJECT_MAX_LENGTH)
    private String subjectFr;

    @Column(name = "opt_in_intro_fr", length = INTRO_MAX_LENGTH)
    private String introFr;

    @Column(name = "opt_in_subject_en", length = SUBJECT_MAX_LENGTH)
    private String subjectEn;

    @Column(name = "opt_in_intro_en", length = INTRO_MAX_LENGTH)
    private String introEn;

    protected OptInMail() {
        // for JPA
    }

    /** Texts by language ({@code fr}, {@code en}); other languages have no column and are ignored. */
    public OptInMail(String sender, Map<String, String> subjects, Map<String, String> intros) {
        this.sender = sender;
        this.subjectFr = subjects.get("fr");
        this.introFr = intros.get("fr");
        this.subjectEn = subjects.get("en");
        this.introEn = intros.get("en");
    }

    public static OptInMail none() {
        return new OptInMail();
    }

    public String getSender() {
        return sender;
    }

    /** The subject in this language, or null for the default. */
    public String subject(String language) {
        return "en".equals(language) ? subjectEn : "fr".equals(language) ? subjectFr : null;
    }

    /** The sentence before the list of purposes in this language, or null for the default. */
    public String intro(String language) {
        return "en".equals(language) ? introEn : "fr".equals(language) ? introFr : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OptInMail that && Objects.equals(sender, that.sender)
                && Objects.equals(subjectFr, that.subjectFr) && Objects.equals(introFr, that.introFr)
                && Objects.equals(subjectEn, that.subjectEn) && Objects.equals(introEn, that.introEn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sender, subjectFr, introFr, subjectEn, introEn);
    }
}
