package com.consentmanager.operation.boundary;

import com.consentmanager.operation.entity.OperationState;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An operation as the console and the API show it: its settings, the number of its current form
 * version (0 before its form was first configured) and how many submissions it received.
 */
public final class OperationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String name;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final OperationState state;
    private final boolean open;
    private final ArrayList<Offer> offers;
    private final int formVersion;
    private final long submissions;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    public OperationView(String key, String name, LocalDate startsOn, LocalDate endsOn, OperationState state, boolean open,
                         List<Offer> offers, int formVersion, long submissions, Instant createdAt, Instant updatedAt, long version) {
        this.key = key;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.state = state;
        this.open = open;
        this.offers = new ArrayList<>(offers);
        this.formVersion = formVersion;
        this.submissions = submissions;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
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

    /** Live and within its dates today: its public form takes submissions. */
    public boolean isOpen() {
        return open;
    }

    public List<Offer> getOffers() {
        return List.copyOf(offers);
    }

    public int getFormVersion() {
        return formVersion;
    }

    public long getSubmissions() {
        return submissions;
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
