package com.consentmanager.web.audit;

import com.consentmanager.web.audit.AuditDetails.Detail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditDetailsTest {

    @Test
    void recordedDetailsReadAsNameAndValueInTheirOrder() {
        assertThat(AuditDetails.of("{\"key\":\"sms -> texto\",\"publicNames.fr\":\"SMS -> Texto\",\"partner\":null}"))
                .containsExactly(new Detail("key", "sms -> texto"), new Detail("publicNames.fr", "SMS -> Texto"),
                        new Detail("partner", ""));
    }

    @Test
    void valuesAreTheTextsNotTheirJson() {
        assertThat(AuditDetails.of("{\"reason\":\"a \\\"quoted\\\" <b>word</b>\",\"rows\":3}"))
                .containsExactly(new Detail("reason", "a \"quoted\" <b>word</b>"), new Detail("rows", "3"));
    }

    @Test
    void noDetailsAreNoLines() {
        assertThat(AuditDetails.of("{}")).isEmpty();
        assertThat(AuditDetails.of(null)).isEmpty();
    }

    @Test
    void anythingButAJsonObjectIsOneLineOfText() {
        assertThat(AuditDetails.of("not json {")).containsExactly(new Detail("", "not json {"));
        assertThat(AuditDetails.of("[1,2]")).containsExactly(new Detail("", "[1,2]"));
    }
}
