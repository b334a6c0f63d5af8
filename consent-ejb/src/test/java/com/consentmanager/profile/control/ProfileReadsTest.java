package com.consentmanager.profile.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileReadsTest {

    private static final PhoneNumbers FRANCE = new PhoneNumbers("FR");

    @Test
    void aPhoneTypedTheFrenchWayIsLookedForInE164() {
        assertThat(ProfileReads.phonePattern(FRANCE, "06 12 34")).isEqualTo("%+3361234%");
        assertThat(ProfileReads.phonePattern(FRANCE, "0033 6 12")).isEqualTo("%+33612%");
        assertThat(ProfileReads.phonePattern(FRANCE, "+33 6.12")).isEqualTo("%+33612%");
        assertThat(ProfileReads.phonePattern(FRANCE, "12-34")).isEqualTo("%1234%");
    }

    @Test
    void otherTextIsLookedForAsTyped() {
        assertThat(ProfileReads.phonePattern(FRANCE, "marie")).isEqualTo("%marie%");
        assertThat(ProfileReads.phonePattern(FRANCE, "50%")).isEqualTo("%50\\%%");
    }

    @Test
    void theNationalPrefixIsTheDefaultRegions() {
        assertThat(ProfileReads.phonePattern(new PhoneNumbers("GB"), "020 79")).isEqualTo("%+442079%");
        assertThat(ProfileReads.phonePattern(new PhoneNumbers("US"), "1 202 55")).isEqualTo("%+120255%");
    }
}
