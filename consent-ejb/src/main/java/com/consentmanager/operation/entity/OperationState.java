package com.consentmanager.operation.entity;

/** An operation is prepared as a draft, collects submissions while live, and stops when closed. */
public enum OperationState {
    DRAFT,
    LIVE,
    CLOSED
}
