package com.consentmanager.expiry.control;

import com.consentmanager.expiry.boundary.ExpiryPolicy;
import com.consentmanager.platform.FieldViolation;
import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpiryRulesTest {

    private static final Map<String, Boolean> TYPES = Map.of("ORDER", true, "CLICK", true, "EMAIL_OPEN", false);

    @Test
    void anEmailOpenCanNeverProlong() {
        assertThat(codes(new ExpiryPolicy(true, 30, List.of("ORDER", "EMAIL_OPEN"), null))).containsExactly("expiry.type.never_prolongs");
    }

    @Test
    void undeclaredTypesDurationsAndRepermissionAfterExpiryAreRefused() {
        assertThat(codes(new ExpiryPolicy(true, 0, List.of("VISIT"), 5)))
                .containsExactly("expiry.days.range", "activity.type.unknown", "expiry.repermission.range");
        assertThat(codes(new ExpiryPolicy(true, 30, List.of("CLICK"), 30))).containsExactly("expiry.repermission.range");
        assertThat(codes(new ExpiryPolicy(true, 1095, List.of("ORDER", "CLICK"), 30))).isEmpty();
    }

    @Test
    void activityTypesAreUpperCaseKeys() {
        assertThat(PolicyRules.wellFormedType("SHOP_VISIT")).isTrue();
        assertThat(PolicyRules.wellFormedType("shop visit")).isFalse();
        assertThat(PolicyRules.wellFormedType("X")).isFalse();
    }

    @Test
    void theScheduleIsNightlyByDefaultAndReadsSixFields() {
        ScheduleExpression nightly = ExpirySchedule.parse(null);
        assertThat(nightly.getHour()).isEqualTo("3");
        assertThat(nightly.getMinute()).isEqualTo("0");
        ScheduleExpression custom = ExpirySchedule.parse("0 15 1 * * Mon-Fri");
        assertThat(custom.getDayOfWeek()).isEqualTo("Mon-Fri");
        assertThatThrownBy(() -> ExpirySchedule.parse("0 3 * *")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStartUpCatchesUpWhenTheLastRunIsOlderThanTheLongestGap() {
        Instant now = Instant.parse("2025-06-10T12:00:00Z");
        Duration gap = Duration.ofHours(25);
        assertThat(ExpirySchedule.catchUpDue(Optional.empty(), now, gap)).as("never ran").isTrue();
        assertThat(ExpirySchedule.catchUpDue(Optional.of(now.minus(Duration.ofDays(3))), now, gap)).as("down over the schedule").isTrue();
        assertThat(ExpirySchedule.catchUpDue(Optional.of(now.minus(Duration.ofHours(10))), now, gap)).isFalse();
    }

    private static List<String> codes(ExpiryPolicy policy) {
        return PolicyRules.check(policy, TYPES).stream().map(FieldViolation::messageKey).toList();
    }
}
