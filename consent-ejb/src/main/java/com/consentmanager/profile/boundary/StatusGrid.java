package com.consentmanager.profile.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A person's statuses: every active purpose (rows) × the channels any of them uses (columns). */
public final class StatusGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ArrayList<String> channels;
    private final ArrayList<StatusRow> rows;

    public StatusGrid(List<String> channels, List<StatusRow> rows) {
        this.channels = new ArrayList<>(channels);
        this.rows = new ArrayList<>(rows);
    }

    public List<String> getChannels() {
        return List.copyOf(channels);
    }

    public List<StatusRow> getRows() {
        return List.copyOf(rows);
    }

    /** The row of a purpose, if it is active. */
    public StatusRow row(String purpose) {
        return rows.stream().filter(row -> row.getPurpose().equals(purpose)).findFirst().orElse(null);
    }
}
