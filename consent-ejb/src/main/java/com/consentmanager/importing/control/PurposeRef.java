package com.consentmanager.importing.control;

import com.consentmanager.purpose.entity.PurposeKind;

import java.io.Serializable;
import java.util.Map;

/**
 * What an import needs to know of a purpose: its id, key, kind, the version of its wording in force
 * (the evidence names it), whether it asks for double opt-in, and its channels, key to id, in a
 * stable order.
 */
public record PurposeRef(long id, String key, PurposeKind kind, int version, boolean doubleOptIn, Map<String, Long> channels)
        implements Serializable {
}
