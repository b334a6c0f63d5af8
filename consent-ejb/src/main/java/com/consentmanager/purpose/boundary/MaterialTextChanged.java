package com.consentmanager.purpose.boundary;

/**
 * Fired in the transaction that gives a purpose a new text version marked material: the preference
 * feature invites those who accepted an earlier version when the purpose asks them again.
 *
 * @param policy {@code KEEP}, {@code ASK_AGAIN} or {@code BLOCK}
 */
public record MaterialTextChanged(long purposeId, String purposeKey, int version, String policy) {
}
