package com.consentmanager.operation.boundary;

import com.consentmanager.operation.entity.OperationState;

import java.io.Serializable;

/** Operations whose key or name contains a text, in a state. Blank criteria are ignored. */
public final class OperationFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private OperationState state;

    public OperationFilter() {
    }

    public OperationFilter(String text, OperationState state) {
        this.text = text;
        this.state = state;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OperationState getState() {
        return state;
    }

    public void setState(OperationState state) {
        this.state = state;
    }
}
