package com.consentmanager.api.purpose;

import java.util.List;

/** One page of a purpose list: the items, and how many match in all. */
public record PurposePage(List<PurposeRepresentation> items, long total, int offset, int limit) {
}
