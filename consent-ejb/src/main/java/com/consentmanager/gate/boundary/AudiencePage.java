package com.consentmanager.gate.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One page of an audience; ask for the next one with {@link #getNextAfter()} until it is null. */
public final class AudiencePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ArrayList<Contact> contacts;
    private final Long nextAfter;

    public AudiencePage(List<Contact> contacts, Long nextAfter) {
        this.contacts = new ArrayList<>(contacts);
        this.nextAfter = nextAfter;
    }

    public List<Contact> getContacts() {
        return List.copyOf(contacts);
    }

    /** The cursor of the next page, or null when this page is the last. */
    public Long getNextAfter() {
        return nextAfter;
    }
}
