package com.consentmanager.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A data subject: keyed by external id when given, else by email. Objected (Art. 21): suppressed
 * from every audience. Erased (Art. 17): no identity left but the keyed hash of the email.
 */
@Entity
@Table(name = "profile")
@NamedQuery(name = Profile.BY_EXTERNAL_ID, query = "select p from Profile p where p.externalId = :externalId")
@NamedQuery(name = Profile.BY_EMAIL_KEY, query = "select p from Profile p where p.email = :email and p.externalId is null")
public class Profile {

    public static final String BY_EXTERNAL_ID = "Profile.byExternalId";
    public static final String BY_EMAIL_KEY = "Profile.byEmailKey";
    public static final int EXTERNAL_ID_MAX_LENGTH = 250;
    public static final int EMAIL_MAX_LENGTH = 320;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id", length = EXTERNAL_ID_MAX_LENGTH)
    private String externalId;

    @Column(name = "email", length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "email_hash", length = 64)
    private String emailHash;

    @Column(name = "phone", length = 16)
    private String phone;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "objected_at")
    private Instant objectedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Profile() {
        // for JPA
    }

    public Profile(String externalId, String email, String emailHash, String phone, String language, Instant now) {
        this.externalId = externalId;
        this.email = email;
        this.emailHash = emailHash;
        this.phone = phone;
        this.language = language;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Completes what is known of the person (a later submission may bring the phone). */
    public boolean complete(String newEmail, String newEmailHash, String newPhone, String newLanguage, Instant now) {
        boolean changed = false;
        if (newEmail != null && externalId != null && !newEmail.equals(email)) {
            email = newEmail;
            emailHash = newEmailHash;
            changed = true;
        }
        if (newPhone != null && !newPhone.equals(phone)) {
            phone = newPhone;
            changed = true;
        }
        if (newLanguage != null && !newLanguage.equals(language)) {
            language = newLanguage;
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public void object(Instant now) {
        objectedAt = now;
        updatedAt = now;
    }

    public void liftObjection(Instant now) {
        objectedAt = null;
        updatedAt = now;
    }

    /** Removes the identity; the keyed hash of the email stays. */
    public void erase(Instant now) {
        externalId = null;
        email = null;
        phone = null;
        erasedAt = now;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailHash() {
        return emailHash;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getObjectedAt() {
        return objectedAt;
    }

    public boolean isObjected() {
        return objectedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** The key other applications know the profile by: the external id, else the email. */
    public String getKey() {
        return externalId != null ? externalId : email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
