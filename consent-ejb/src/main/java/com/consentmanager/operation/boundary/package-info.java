/**
 * Operations for the console and the API ({@link com.consentmanager.operation.boundary.OperationManager}),
 * and their public forms for participants ({@link com.consentmanager.operation.boundary.ParticipantForms}).
 */
package com.consentmanager.operation.boundary;
