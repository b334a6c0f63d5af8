/**
 * Expiry and automatic maintenance (DOMAIN.md rule 9): activities ({@code ActivityRecorder}, local and
 * remote), per-purpose policies ({@code ExpiryPolicies}), the sweep ({@code ExpirySweep}, run by the
 * {@code ExpiryScheduler} timer or by an admin) and re-permission links ({@code Renewals}).
 */
package com.consentmanager.expiry.boundary;
