package com.consentmanager.receipt.boundary;

import com.consentmanager.platform.NotFoundException;
import com.consentmanager.receipt.control.Receipt;
import com.consentmanager.receipt.control.ReceiptJson;
import com.consentmanager.receipt.control.ReceiptReads;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Consent receipts (ISO/IEC TS 27560, W3C DPV): one per decision, by its record id, a random UUID
 * shown only to the person (thank-you page, confirmation, preference centre) and to API callers
 * that recorded it. Whoever holds the id may read the receipt: it names the person only by their
 * masked address.
 */
@Stateless
@PermitAll
public class Receipts {

    @Inject
    ReceiptReads reads;

    public ReceiptView find(String recordId) {
        UUID id = parse(recordId);
        Receipt receipt = reads.find(id).orElseThrow(() -> new NotFoundException("receipt.not_found", recordId));
        return new ReceiptView(id.toString(), receipt.recordedAt(), ReceiptJson.write(receipt));
    }

    private static UUID parse(String recordId) {
        if (recordId == null || !recordId.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw new NotFoundException("receipt.not_found", String.valueOf(recordId));
        }
        return UUID.fromString(recordId);
    }
}
