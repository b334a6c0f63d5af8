package com.consentmanager.purpose.entity;

/**
 * The two kinds of purposes of the seed: a consent ("consentement", GDPR Art. 6(1)(a)) the person
 * gave, or a legal basis ("base légale", another point of Art. 6(1)) the company relies on.
 */
public enum PurposeKind {
    CONSENT,
    LEGAL_BASIS
}
