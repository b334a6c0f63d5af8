package com.consentmanager.operation.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** What an admin types for an operation: its name, its key (generated from the name when blank), its dates. */
public final class OperationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;

    public OperationDraft() {
    }

    public OperationDraft(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        this.key = key;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
