package com.consentmanager.purpose.boundary;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A purpose's own texts for the double opt-in mail, as callers read and edit them: the sender
 * address and, by language ({@code fr}, {@code en}), the subject and the sentence before the list
 * of purposes. Blank means "the default". When one mail lists several purposes, the first of them
 * (in the order the mail lists them) that has texts of its own supplies them.
 */
public final class DoubleOptInMail implements Serializable {

    private static final long serialVersionUID = 1L;

    private String sender;
    private TreeMap<String, String> subjects = new TreeMap<>();
    private TreeMap<String, String> intros = new TreeMap<>();

    public DoubleOptInMail() {
    }

    public DoubleOptInMail(String sender, Map<String, String> subjects, Map<String, String> intros) {
        this.sender = sender;
        this.subjects = new TreeMap<>(subjects);
        this.intros = new TreeMap<>(intros);
    }

    /** A copy, for a draft to change without touching the view it came from. */
    public DoubleOptInMail copy() {
        return new DoubleOptInMail(sender, subjects, intros);
    }

    /** The sender address, or null for the mail session's. */
    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    /** Subjects by language (editable in place by forms). */
    public Map<String, String> getSubjects() {
        return subjects;
    }

    public void setSubjects(Map<String, String> subjects) {
        this.subjects = subjects == null ? new TreeMap<>() : new TreeMap<>(subjects);
    }

    /** The sentence before the list of purposes, by language (editable in place by forms). */
    public Map<String, String> getIntros() {
        return intros;
    }

    public void setIntros(Map<String, String> intros) {
        this.intros = intros == null ? new TreeMap<>() : new TreeMap<>(intros);
    }

    /** True when every text is the default. */
    public boolean isDefault() {
        return sender == null && subjects.values().stream().allMatch(v -> v == null || v.isBlank())
                && intros.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
