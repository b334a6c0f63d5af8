package com.consentmanager.web.dashboard;

import com.consentmanager.dashboard.boundary.DecisionCount;
import com.consentmanager.dashboard.boundary.PurposeMix;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartConfigsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void theStatusMixDrawsOneBarPerPurposeAndOneLabelledDatasetPerState() {
        String config = ChartConfigs.statusMix(List.of(
                new PurposeMix("newsletter", "Newsletter", false, 3, 2, 1, 0),
                new PurposeMix("partners", "Partners", true, 7, 0, 0, 4)), state -> "label " + state);

        JsonObject chart = parse(config);
        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(s -> s.toString()))
                .containsExactly("\"Newsletter\"", "\"Partners\"");
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets.getValuesAs(JsonObject.class)).extracting(set -> set.getString("label"))
                .containsExactly("label ACCEPTED", "label REFUSED", "label UNKNOWN", "label PENDING");
        assertThat(numbers(datasets.getJsonObject(0))).containsExactly(3L, 7L);
        assertThat(numbers(datasets.getJsonObject(3))).containsExactly(0L, 4L);
    }

    @Test
    void theDecisionsDrawOneStackedBarPerDayAndOneDatasetPerSource() {
        DecisionSeries series = DecisionSeries.of(List.of(new DecisionCount(TODAY, "IMPORT", 5),
                new DecisionCount(TODAY.minusDays(2), "API_CLIENT", 2)), TODAY, 3);

        JsonObject chart = parse(ChartConfigs.decisions(series, source -> "from " + source));

        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(2)).isEqualTo("2026-12-07");
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets.getValuesAs(JsonObject.class)).extracting(set -> set.getString("label"))
                .containsExactly("from IMPORT", "from API_CLIENT");
        assertThat(numbers(datasets.getJsonObject(0))).containsExactly(0L, 0L, 5L);
        assertThat(numbers(datasets.getJsonObject(1))).containsExactly(2L, 0L, 0L);
        assertThat(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked")).isTrue();
    }

    @Test
    void aSubjectCannotCloseTheScriptThatHoldsTheConfiguration() {
        String config = ChartConfigs.statusMix(List.of(
                new PurposeMix("x", "</script><script>alert(1)</script> & co", false, 1, 0, 0, 0)), state -> state);

        assertThat(config).doesNotContain("<", ">", "&");
        assertThat(parse(config).getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("</script><script>alert(1)</script> & co");
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static List<Long> numbers(JsonObject dataset) {
        return dataset.getJsonArray("data").getValuesAs(value -> ((jakarta.json.JsonNumber) value).longValue());
    }
}
