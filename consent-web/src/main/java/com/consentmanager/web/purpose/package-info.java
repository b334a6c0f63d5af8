/**
 * The console's purpose pages ("CRM > RGPD"): the lazy list {@code /console/purposes.xhtml}
 * ({@link com.consentmanager.web.purpose.PurposesBacking}, {@link com.consentmanager.web.purpose.PurposeTable}),
 * the editor {@code /console/purpose.xhtml} with its tabs Configuration, Channels (and the "manage
 * channels" dialog) and Double opt-in ({@link com.consentmanager.web.purpose.PurposeBacking},
 * {@link com.consentmanager.web.purpose.PurposeChannelsBacking}), and the version history with its
 * diff {@code /console/purpose-versions.xhtml} ({@link com.consentmanager.web.purpose.PurposeVersionsBacking},
 * {@link com.consentmanager.web.purpose.VersionDiff}). They call {@code PurposeManagement} and show
 * its refusals next to the fields they name.
 */
package com.consentmanager.web.purpose;
