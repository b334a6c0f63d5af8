package com.consentmanager.web.dashboard;

import com.consentmanager.dashboard.boundary.DecisionCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionSeriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void everyDayOfTheSpanIsListedUpToTodayEvenWithoutDecisions() {
        DecisionSeries series = DecisionSeries.of(List.of(), TODAY, 30);

        assertThat(series.getDays()).hasSize(30).startsWith(LocalDate.of(2026, 11, 8)).endsWith(TODAY);
        assertThat(series.getSources()).isEmpty();
        assertThat(series.total()).isZero();
    }

    @Test
    void countsLandOnTheirDayAndSourceAndAddUpPerDayAndPerSource() {
        DecisionSeries series = DecisionSeries.of(List.of(
                new DecisionCount(TODAY, "IMPORT", 5),
                new DecisionCount(TODAY, "API_CLIENT", 2),
                new DecisionCount(TODAY.minusDays(1), "API_CLIENT", 3)), TODAY, 30);

        assertThat(series.count(TODAY, "IMPORT")).isEqualTo(5);
        assertThat(series.count(TODAY.minusDays(1), "IMPORT")).isZero();
        assertThat(series.dayTotal(TODAY)).isEqualTo(7);
        assertThat(series.sourceTotal("API_CLIENT")).isEqualTo(5);
        assertThat(series.total()).isEqualTo(10);
    }

    @Test
    void sourcesFollowTheOrderOfTheirTypeNotOfTheRows() {
        DecisionSeries series = DecisionSeries.of(List.of(
                new DecisionCount(TODAY, "EXPIRY", 1),
                new DecisionCount(TODAY, "OPERATION_FORM", 1),
                new DecisionCount(TODAY, "ADMIN", 1)), TODAY, 7);

        assertThat(series.getSources()).containsExactly("OPERATION_FORM", "ADMIN", "EXPIRY");
    }

    @Test
    void daysOutsideTheSpanAreLeftOut() {
        DecisionSeries series = DecisionSeries.of(List.of(
                new DecisionCount(TODAY.minusDays(30), "IMPORT", 4),
                new DecisionCount(TODAY.plusDays(1), "IMPORT", 4),
                new DecisionCount(TODAY.minusDays(29), "IMPORT", 1)), TODAY, 30);

        assertThat(series.total()).isEqualTo(1);
        assertThat(series.count(TODAY.minusDays(29), "IMPORT")).isEqualTo(1);
    }
}
