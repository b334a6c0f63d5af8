package com.consentmanager.api.gate;

import com.consentmanager.gate.boundary.GateAnswer;

/** The gate's answer for one person. */
public record AnswerJson(String profile, String channel, String purpose, boolean allowed, String reason) {

    static AnswerJson of(GateAnswer answer) {
        return new AnswerJson(answer.getProfile().getValue(), answer.getChannel(), answer.getPurpose(), answer.isAllowed(),
                answer.getReason().name());
    }
}
