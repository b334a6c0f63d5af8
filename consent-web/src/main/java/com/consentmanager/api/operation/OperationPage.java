package com.consentmanager.api.operation;

import com.consentmanager.operation.boundary.OperationView;

import java.util.List;

/** One page of an operation list: the items, and how many match in all. */
public record OperationPage(List<OperationView> items, long total, int offset, int limit) {
}
