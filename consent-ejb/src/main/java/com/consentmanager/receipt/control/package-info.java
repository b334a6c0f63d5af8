/**
 * Consent receipts without the database: the receipt's model (plain records the boundary fills from
 * the ledger), the W3C DPV codes of the Art. 6(1) points, the masking of the person's address, and
 * {@link com.consentmanager.receipt.control.ReceiptJson}, which writes a receipt as the JSON the
 * schema {@code receipt/consent-receipt.schema.json} describes (ISO/IEC TS 27560, Kantara).
 */
package com.consentmanager.receipt.control;
