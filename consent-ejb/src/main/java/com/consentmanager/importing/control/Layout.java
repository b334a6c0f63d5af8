package com.consentmanager.importing.control;

import java.io.Serializable;
import java.util.List;

/**
 * Where things are in a file: the key columns (-1 when absent), one target per purpose and channel
 * that some column speaks of, the columns nothing matched (ignored, shown to the person so that
 * they can map them) and the problems that make the file unusable.
 */
public record Layout(List<String> headers, int emailColumn, int externalIdColumn, List<Target> targets,
                     List<String> unmatched, List<String> problems) implements Serializable {

    /**
     * A status the file may set: which purpose and channel, and the columns of its value, its date
     * and its "double opt-in already confirmed on" date (-1 when absent).
     */
    public record Target(PurposeRef purpose, String channel, long channelId, int valueColumn, int dateColumn,
                         int doubleOptInColumn) implements Serializable {
    }

    public boolean usable() {
        return problems.isEmpty();
    }
}
