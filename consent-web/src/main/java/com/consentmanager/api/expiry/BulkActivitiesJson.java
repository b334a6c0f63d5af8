package com.consentmanager.api.expiry;

import java.util.List;

/** A batch of activities: {@code {"activities": [...]}}, recorded all or nothing. */
public record BulkActivitiesJson(List<ActivityJson> activities) {
}
