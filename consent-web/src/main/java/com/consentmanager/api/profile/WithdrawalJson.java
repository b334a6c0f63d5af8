package com.consentmanager.api.profile;

/**
 * The body of {@code POST /api/v1/profiles/withdrawals}: the person, and optionally the purpose and
 * the channel (both absent: everything accepted or pending is withdrawn).
 */
public record WithdrawalJson(ProfileJson profile, String purpose, String channel, OriginJson origin) {
}
