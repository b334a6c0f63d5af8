/** Consent receipts over REST: {@code GET /api/v1/receipts/{id}}, open to whoever holds the receipt's id. */
package com.consentmanager.api.receipt;
