/**
 * Plain Java, no container: file detection ({@link com.consentmanager.importing.control.FileFormat}),
 * the column convention ({@link com.consentmanager.importing.control.Layouts}), values and dates
 * ({@link com.consentmanager.importing.control.Values}), lines ({@link com.consentmanager.importing.control.LineReader})
 * and the import rules (in {@link com.consentmanager.profile.control.Transitions#imported}); and the batch
 * artifacts that use them.
 */
package com.consentmanager.importing.control;
