/** Console page of the audit trail (ADMIN, AUDITOR). */
package com.consentmanager.web.audit;
