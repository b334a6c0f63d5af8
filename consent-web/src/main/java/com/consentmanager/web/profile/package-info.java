/**
 * The profile pages of the console: search ({@code /console/profiles.xhtml}) and one person
 * ({@code /console/profile.xhtml?id=...}: status grid, evidence timeline, export, admin actions).
 * Reading goes through {@code ProfileQueries}, actions through {@code ConsentRecording}.
 */
package com.consentmanager.web.profile;
