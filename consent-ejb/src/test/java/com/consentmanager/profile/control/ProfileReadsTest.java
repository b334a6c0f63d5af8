package com.consentmanager.profile.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileReadsTest {

    @Test
    void aPhoneTypedTheFrenchWayIsLookedForInE164() {
        assertThat(ProfileReads.phonePattern("06 12 34")).isEqualTo("%+3361234%");
        assertThat(ProfileReads.phonePattern("0033 6 12")).isEqualTo("%+33612%");
        assertThat(ProfileReads.phonePattern("+33 6.12")).isEqualTo("%+33612%");
        assertThat(ProfileReads.phonePattern("12-34")).isEqualTo("%1234%");
    }

    @Test
    void otherTextIsLookedForAsTyped() {
        assertThat(ProfileReads.phonePattern("marie")).isEqualTo("%marie%");
        assertThat(ProfileReads.phonePattern("50%")).isEqualTo("%50\\%%");
    }
}
