/** Reading and exporting the audit trail. Entry: {@link com.consentmanager.audit.boundary.AuditTrail}. */
package com.consentmanager.audit.boundary;
