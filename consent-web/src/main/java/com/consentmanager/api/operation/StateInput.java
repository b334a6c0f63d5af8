package com.consentmanager.api.operation;

/** The state an operation should move to: LIVE or CLOSED. */
public class StateInput {

    private String state;

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
