package com.consentmanager.gate.boundary;

import java.io.Serializable;

/** One person of an audience: their key and the addresses to contact them. */
public final class Contact implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String key;
    private final String email;
    private final String phone;
    private final String language;

    public Contact(long id, String key, String email, String phone, String language) {
        this.id = id;
        this.key = key;
        this.email = email;
        this.phone = phone;
        this.language = language;
    }

    /** The profile's internal id: the cursor of audience pages. */
    public long getId() {
        return id;
    }

    /** External id, else email. */
    public String getKey() {
        return key;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }
}
