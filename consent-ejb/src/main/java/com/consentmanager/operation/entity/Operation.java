package com.consentmanager.operation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A marketing operation (contest, quiz, newsletter form...). What its form offers lives in
 * {@code operation_purpose} rows (see OperationSettings); every rendering of the form that differed
 * from the previous one is kept as a form version.
 */
@Entity
@Table(name = "operation")
@NamedQuery(name = Operation.BY_KEY, query = "select o from Operation o where o.key = :key")
public class Operation {

    public static final String BY_KEY = "Operation.byKey";
    public static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "operation_key", nullable = false, length = 64)
    private String key;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 8)
    private OperationState state = OperationState.DRAFT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Operation() {
        // for JPA
    }

    public Operation(String key, String name, LocalDate startsOn, LocalDate endsOn, Instant now) {
        this.key = key;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(String newKey, String newName, LocalDate newStartsOn, LocalDate newEndsOn, Instant now) {
        this.key = newKey;
        this.name = newName;
        this.startsOn = newStartsOn;
        this.endsOn = newEndsOn;
        this.updatedAt = now;
    }

    public void moveTo(OperationState newState, Instant now) {
        this.state = newState;
        this.updatedAt = now;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Live, and today within its dates (bounds included). */
    public boolean isOpenOn(LocalDate day) {
        return state == OperationState.LIVE && (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public OperationState getState() {
        return state;
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
