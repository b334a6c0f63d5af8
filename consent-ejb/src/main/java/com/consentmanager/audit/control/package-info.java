/** The audit trail of configuration changes: {@code AuditLog} writes it inside the change's transaction. */
package com.consentmanager.audit.control;
