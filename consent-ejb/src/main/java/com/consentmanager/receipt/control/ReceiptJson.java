package com.consentmanager.receipt.control;

import com.consentmanager.platform.Masking;
import com.consentmanager.platform.Messages;
import com.consentmanager.purpose.entity.PurposeKind;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Locale;

/**
 * Writes a receipt as the JSON document that {@value #SCHEMA} describes: the person's address
 * masked, each purpose with its DPV legal basis and article, the notice with its SHA-256, and the
 * collection method in the receipt's language. The same receipt always gives the same text.
 */
public final class ReceiptJson {

    /** The schema the documents follow, on the class path. */
    public static final String SCHEMA = "receipt/consent-receipt.schema.json";
    public static final String SCHEMA_VERSION = "1.0";

    private ReceiptJson() {
    }

    public static String write(Receipt receipt) {
        return object(receipt).toString();
    }

    static JsonObject object(Receipt receipt) {
        JsonObjectBuilder subject = Json.createObjectBuilder();
        String masked = Masking.email(receipt.subjectEmail());
        if (masked == null) {
            subject.addNull("email");
        } else {
            subject.add("email", masked);
        }
        JsonArrayBuilder purposes = Json.createArrayBuilder();
        receipt.purposes().forEach(purpose -> purposes.add(purpose(purpose)));
        return Json.createObjectBuilder()
                .add("schemaVersion", SCHEMA_VERSION)
                .add("recordId", receipt.recordId().toString())
                .add("eventTime", receipt.eventTime().toString())
                .add("recordedAt", receipt.recordedAt().toString())
                .add("language", receipt.language())
                .add("controller", Json.createObjectBuilder()
                        .add("name", receipt.controller().name())
                        .add("contact", receipt.controller().contact()))
                .add("subject", subject)
                .add("purposes", purposes)
                .add("provenance", provenance(receipt.provenance(), receipt.language()))
                .build();
    }

    private static JsonObjectBuilder purpose(ReceiptPurpose purpose) {
        JsonArrayBuilder channels = Json.createArrayBuilder();
        purpose.channels().forEach(channel -> channels.add(Json.createObjectBuilder()
                .add("key", channel.key())
                .add("name", channel.name())
                .add("state", channel.state().name())
                .add("previousState", channel.previousState().name())
                .add("eventType", channel.eventType().name())
                .add("evidenceId", channel.evidenceId())));
        return Json.createObjectBuilder()
                .add("key", purpose.key())
                .add("name", purpose.name())
                .add("kind", purpose.kind() == PurposeKind.CONSENT ? "consent" : "legal_basis")
                .add("legalBasis", DpvCodes.code(purpose.basis()))
                .add("gdprArticle", DpvCodes.gdprArticle(purpose.basis()))
                .add("version", purpose.version())
                .add("notice", Json.createObjectBuilder()
                        .add("text", purpose.notice().text())
                        .add("language", purpose.notice().language())
                        .add("sha256", purpose.notice().sha256()))
                .add("channels", channels);
    }

    private static JsonObjectBuilder provenance(ReceiptProvenance provenance, String language) {
        JsonObjectBuilder object = Json.createObjectBuilder().add("source", provenance.source().name());
        if (provenance.reference() == null) {
            object.addNull("reference");
        } else {
            object.add("reference", provenance.reference());
        }
        return object.add("collectionMethod", Messages.format(Locale.forLanguageTag(language),
                "receipt.collection_method." + provenance.source().name()));
    }
}
