package com.consentmanager.purpose.entity;

/**
 * What a material change of a purpose's text does to the people who accepted an earlier version
 * (EDPB Guidelines 05/2020 on consent, §104-105: a consent stays tied to the information given).
 */
public enum MaterialChange {
    /** Nothing: their acceptance stands as it is. */
    KEEP,
    /** Their acceptance stands; each gets one mail inviting them to read the new text and choose again. */
    ASK_AGAIN,
    /** The gate answers RECONSENT_REQUIRED for them until they accept the new text. */
    BLOCK;

    public static final MaterialChange DEFAULT = ASK_AGAIN;
}
