/**
 * Consent import at scale (DOMAIN.md rule 10): files as people have them (SPREAD's CSV format,
 * French Excel exports), a dry run, then a Jakarta Batch job that writes statuses and IMPORTED
 * evidence set-based, restartable and queued. Entry: {@link com.consentmanager.importing.boundary.ImportManager}.
 */
package com.consentmanager.importing;
