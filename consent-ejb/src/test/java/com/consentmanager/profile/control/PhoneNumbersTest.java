package com.consentmanager.profile.control;

import com.consentmanager.platform.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTest {

    private final PhoneNumbers france = new PhoneNumbers(PhoneNumbers.DEFAULT_REGION);

    /** The violations {@link PhoneNumbers#check} finds in what {@link PhoneNumbers#normalise} made of {@code typed}. */
    private static List<String> problems(PhoneNumbers phones, String typed) {
        List<FieldViolation> violations = new ArrayList<>();
        phones.check("phone", phones.normalise(typed), violations);
        return violations.stream().map(violation -> violation.field() + " " + violation.messageKey()).toList();
    }

    @Test
    void aNumberWrittenTheFrenchWayBecomesE164() {
        assertThat(france.normalise("06 12 34 56 78")).isEqualTo("+33612345678");
        assertThat(france.normalise("06.12.34.56.78")).isEqualTo("+33612345678");
        assertThat(france.normalise("0033 6 12 34 56 78")).isEqualTo("+33612345678");
        assertThat(france.normalise(" +33 (0)6 12 34 56 78 ")).isEqualTo("+33612345678");
        assertThat(france.normalise("01 23 45 67 89")).isEqualTo("+33123456789");
        assertThat(problems(france, "06 12 34 56 78")).isEmpty();
    }

    @Test
    void foreignNumbersWithTheirCountryCodeAreValid() {
        assertThat(france.normalise("+44 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(problems(france, "+44 20 7946 0958")).isEmpty();
        assertThat(france.normalise("+49 30 12345678")).isEqualTo("+493012345678");
        assertThat(problems(france, "+1 202-555-0147")).isEmpty();
    }

    @Test
    void whatIsNoNumberIsRefusedAsTyped() {
        assertThat(france.normalise("12")).isEqualTo("12");
        assertThat(problems(france, "12")).containsExactly("phone profile.phone.invalid");
        assertThat(problems(france, "abc")).containsExactly("phone profile.phone.invalid");
        assertThat(problems(france, "+33 1")).containsExactly("phone profile.phone.invalid");
        assertThat(problems(france, "06 12 34 56 7")).as("a digit short").containsExactly("phone profile.phone.invalid");
        assertThat(problems(france, "+33 6 12 34 56 78 90 12")).as("too many digits").containsExactly("phone profile.phone.invalid");
        assertThat(problems(france, "+33 6 12 34 56 78 " + "9".repeat(300))).containsExactly("phone profile.phone.invalid");
        assertThat(problems(france, "06 12 34 56 78 ext. 12")).as("an extension E.164 cannot keep")
                .containsExactly("phone profile.phone.invalid");
        List<FieldViolation> violations = new ArrayList<>();
        france.check("phone", france.normalise("abc"), violations);
        assertThat(violations).extracting(FieldViolation::arguments).containsExactly(new Object[]{"abc"});
    }

    @Test
    void blankIsNoPhone() {
        assertThat(france.normalise("  ")).isNull();
        assertThat(france.normalise(null)).isNull();
        assertThat(problems(france, " ")).isEmpty();
    }

    @Test
    void theDefaultRegionDecidesWhatANationalNumberMeans() {
        PhoneNumbers britain = new PhoneNumbers("gb");
        assertThat(britain.normalise("020 7946 0958")).isEqualTo("+442079460958");
        assertThat(britain.normalise("06 12 34 56 78")).as("no British number").isEqualTo("06 12 34 56 78");
        assertThat(problems(britain, "06 12 34 56 78")).containsExactly("phone profile.phone.invalid");
        assertThat(britain.normalise("+33 6 12 34 56 78")).isEqualTo("+33612345678");
        assertThatThrownBy(() -> new PhoneNumbers("XX")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(PhoneNumbers.REGION_SETTING);
    }
}
