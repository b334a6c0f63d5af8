/**
 * The console's operation pages: the lazy list {@code /console/operations.xhtml}
 * ({@link com.consentmanager.web.operation.OperationsBacking}, {@link com.consentmanager.web.operation.OperationTable})
 * and the editor {@code /console/operation.xhtml} with its tabs General (name, key, dates, state
 * actions: {@link com.consentmanager.web.operation.OperationBacking}) and Data acquisition (the
 * purposes the form offers, their order, channels and required answers, with a live preview of the
 * form in French and English: {@link com.consentmanager.web.operation.AcquisitionBacking}). They call
 * {@code OperationManagement} and show its refusals next to the fields they name.
 */
package com.consentmanager.web.operation;
