package com.consentmanager.api.purpose;

import com.consentmanager.purpose.boundary.PurposeDraft;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The body of {@code POST /api/v1/purposes} and {@code PUT /api/v1/purposes/{key}} (which replaces
 * the whole configuration): {@code kind} CONSENT or LEGAL_BASIS (fixed after creation),
 * {@code lawfulBasis} a–f (a consent is a), {@code key} (generated from the French subject when
 * absent), {@code texts} per language ({@code fr} required), {@code channels} (keys, at least one),
 * {@code doubleOptIn} (only with email), {@code partner} (a partner key), {@code material} (the new
 * text version, if any, is a material change), {@code onMaterialChange} (KEEP, ASK_AGAIN or BLOCK:
 * what a material change does to earlier acceptances; ASK_AGAIN for a new purpose, kept when absent).
 */
public record PurposeInput(String kind, String lawfulBasis, String key, Map<String, PurposeTextJson> texts,
                           List<String> channels, Boolean doubleOptIn, String partner, Boolean material,
                           String onMaterialChange) {

    PurposeDraft draft() {
        PurposeDraft draft = new PurposeDraft();
        draft.setKind(kind);
        draft.setLawfulBasis(lawfulBasis);
        draft.setKey(key);
        Map<String, com.consentmanager.purpose.boundary.PurposeTextView> views = new TreeMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> views.put(language, text == null ? null : text.view()));
        }
        draft.setTexts(views);
        draft.setChannels(channels);
        draft.setDoubleOptIn(Boolean.TRUE.equals(doubleOptIn));
        draft.setPartner(partner);
        draft.setMaterial(Boolean.TRUE.equals(material));
        draft.setOnMaterialChange(onMaterialChange);
        return draft;
    }
}
