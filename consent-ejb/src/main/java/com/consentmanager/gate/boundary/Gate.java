package com.consentmanager.gate.boundary;

import jakarta.ejb.Local;

import java.io.IOException;

/** The local view of the contact gate, for applications in this server. */
@Local
public interface Gate extends GateOperations {

    /** Receives an audience row by row; may throw when its output fails (the read then stops). */
    @FunctionalInterface
    interface ContactSink {
        void accept(Contact contact) throws IOException;
    }

    /**
     * Checks an audience as the first page of {@link #audience} does (unknown channel or purpose,
     * purpose not covering the channel) and records who reads it, before anything is streamed.
     */
    AudienceQuery openAudience(String purpose, String channel);

    /**
     * The whole audience of {@code query}, in the order of {@link #audience}, from one query read with
     * a server-side cursor: each row goes to {@code sink} as it arrives, nothing is held in memory.
     * Runs outside any transaction of the caller. Returns how many contacts were handed over.
     */
    long streamAudience(AudienceQuery query, ContactSink sink) throws IOException;
}
