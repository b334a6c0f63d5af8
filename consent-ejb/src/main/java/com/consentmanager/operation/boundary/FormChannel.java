package com.consentmanager.operation.boundary;

import java.io.Serializable;

/** A channel a purpose is offered on, with its public name in the form's language. */
public final class FormChannel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String label;

    public FormChannel(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }
}
