package com.consentmanager.operation.boundary;

import com.consentmanager.operation.entity.OperationState;
import jakarta.ejb.Local;

import java.util.List;

/**
 * Marketing operations and their data-acquisition settings, for the console and the API. Reading
 * needs a console role or {@code config:read}; changing needs the admin or operator role (marketing
 * runs its operations) or {@code operations:write}.
 */
@Local
public interface OperationManagement {

    List<OperationView> listOperations(OperationFilter filter, int first, int max);

    long countOperations(OperationFilter filter);

    OperationView getOperation(String key);

    String suggestKey(String name);

    OperationView createOperation(OperationDraft draft);

    /** Name, dates, and the key while the operation has no submission. */
    OperationView updateOperation(String key, OperationDraft draft);

    /**
     * The data-acquisition tab: the offers in form order. Every purpose must be active, every channel
     * one of the purpose's; a consent needs at least one channel. Saving makes a new form version when
     * what the form shows changes. A live operation keeps at least one offer (close it first).
     */
    OperationView configureForm(String key, List<Offer> offers);

    /** DRAFT → LIVE (needs at least one offer), LIVE ⇄ CLOSED. */
    OperationView changeState(String key, OperationState state);

    /** The form the settings would show now, in a language, without keeping a version (the console preview). */
    FormView preview(String key, List<Offer> offers, String language);

    /** A kept form version as rendered then, in a language. */
    String formContent(String key, int formVersion, String language);
}
