package com.consentmanager.purpose.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One immutable version of a purpose's texts (subject, wording, info link, additional text per
 * language), with the SHA-256 of their canonical form: what a person was shown can be proven years
 * later. The database refuses any update of these rows.
 */
@Entity
@Table(name = "purpose_version")
@NamedQuery(name = PurposeVersion.OF_PURPOSE,
        query = "select v from PurposeVersion v where v.purpose = :purpose order by v.number desc")
@NamedQuery(name = PurposeVersion.BY_NUMBER,
        query = "select v from PurposeVersion v where v.purpose = :purpose and v.number = :number")
public class PurposeVersion {

    public static final String OF_PURPOSE = "PurposeVersion.ofPurpose";
    public static final String BY_NUMBER = "PurposeVersion.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "purpose_id", nullable = false, updatable = false)
    private Purpose purpose;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "material", nullable = false, updatable = false)
    private boolean material;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 250)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purpose_version_text", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "language", length = 8, updatable = false)
    private Map<String, PurposeText> texts = new TreeMap<>();

    protected PurposeVersion() {
        // for JPA
    }

    public PurposeVersion(Purpose purpose, int number, boolean material, Map<String, PurposeText> texts,
                          String sha256, Instant createdAt, String createdBy) {
        this.purpose = purpose;
        this.number = number;
        this.material = material;
        this.texts = new TreeMap<>(texts);
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public int getNumber() {
        return number;
    }

    public boolean isMaterial() {
        return material;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Map<String, PurposeText> getTexts() {
        return Map.copyOf(texts);
    }
}
