package com.consentmanager.web.dashboard;

import com.consentmanager.dashboard.boundary.PurposeMix;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The Chart.js configurations that {@code p:chart} draws (PrimeFaces 15 takes the configuration as
 * JSON), built with JSON-P. The JSON lands inside a script: {@code <}, {@code >} and {@code &} are
 * written as Unicode escapes so that no text (a purpose's subject) can close the script element.
 * Every colour keeps a 3:1 contrast with white (WCAG 1.4.11); the numbers are in a table beside
 * each chart too.
 */
public final class ChartConfigs {

    static final String ACCEPTED = "#15803d";
    static final String REFUSED = "#b91c1c";
    static final String UNKNOWN = "#64748b";
    static final String PENDING = "#b45309";
    /** One colour per source, in {@link DecisionSeries#SOURCE_ORDER}; others take the last. */
    static final List<String> SOURCE_COLOURS = List.of("#1d4ed8", "#7c3aed", "#0f766e", "#be185d", "#15803d", "#b91c1c",
            "#64748b", "#b45309", "#334155");

    private ChartConfigs() {
    }

    /** Stacked bars: one bar per day, one colour per source. */
    public static String decisions(DecisionSeries series, Function<String, String> sourceLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (LocalDate day : series.getDays()) {
            labels.add(day.toString());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (String source : series.getSources()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (long count : series.series(source)) {
                data.add(count);
            }
            int colour = DecisionSeries.SOURCE_ORDER.indexOf(source);
            datasets.add(Json.createObjectBuilder().add("label", sourceLabel.apply(source)).add("data", data)
                    .add("backgroundColor", SOURCE_COLOURS.get(colour < 0 ? SOURCE_COLOURS.size() - 1 : colour)));
        }
        return write(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options(false)).build());
    }

    /** Stacked horizontal bars: one bar per consent or legal basis, one colour per state. */
    public static String statusMix(List<PurposeMix> mix, Function<String, String> stateLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        mix.forEach(row -> labels.add(row.subject()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(mix, stateLabel.apply("ACCEPTED"), ACCEPTED, PurposeMix::accepted))
                .add(dataset(mix, stateLabel.apply("REFUSED"), REFUSED, PurposeMix::refused))
                .add(dataset(mix, stateLabel.apply("UNKNOWN"), UNKNOWN, PurposeMix::unknown))
                .add(dataset(mix, stateLabel.apply("PENDING"), PENDING, PurposeMix::pending));
        return write(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options(true)).build());
    }

    private static JsonObjectBuilder dataset(List<PurposeMix> mix, String label, String colour, ToLongFunction<PurposeMix> state) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        mix.forEach(row -> data.add(state.applyAsLong(row)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static JsonObjectBuilder options(boolean horizontal) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))
                        .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)))
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return options;
    }

    static String write(JsonObject config) {
        return config.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
