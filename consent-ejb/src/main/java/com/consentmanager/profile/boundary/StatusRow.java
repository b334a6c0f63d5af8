package com.consentmanager.profile.boundary;

import com.consentmanager.purpose.entity.PurposeKind;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One purpose of a status grid: its cells in the order of the grid's channels. */
public final class StatusRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String purpose;
    private final String subject;
    private final PurposeKind kind;
    private final int currentVersion;
    private final ArrayList<StatusCell> cells;

    public StatusRow(String purpose, String subject, PurposeKind kind, int currentVersion, List<StatusCell> cells) {
        this.purpose = purpose;
        this.subject = subject;
        this.kind = kind;
        this.currentVersion = currentVersion;
        this.cells = new ArrayList<>(cells);
    }

    public String getPurpose() {
        return purpose;
    }

    /** In the language asked for, else in French. */
    public String getSubject() {
        return subject;
    }

    public PurposeKind getKind() {
        return kind;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public List<StatusCell> getCells() {
        return List.copyOf(cells);
    }

    /** The cell of a channel (not covered when the purpose does not use it). */
    public StatusCell cell(String channel) {
        return cells.stream().filter(cell -> cell.getChannel().equals(channel)).findFirst()
                .orElse(new StatusCell(channel, false, null, null, null));
    }
}
