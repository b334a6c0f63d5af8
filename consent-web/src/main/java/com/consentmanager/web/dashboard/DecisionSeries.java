package com.consentmanager.web.dashboard;

import com.consentmanager.dashboard.boundary.DecisionCount;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence events per day and source over a span of days, every day present (zero when nothing
 * happened), sources in the order of {@code SourceType}: what the decisions chart draws and the
 * table beside it lists.
 */
public final class DecisionSeries implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The sources in their enum order ({@code com.consentmanager.profile.entity.SourceType}). */
    static final List<String> SOURCE_ORDER = List.of("OPERATION_FORM", "IMPORT", "API_CLIENT", "ADMIN", "PREFERENCE_CENTRE",
            "UNSUBSCRIBE_LINK", "EXPIRY", "DOUBLE_OPT_IN");

    private final List<LocalDate> days;
    private final List<String> sources;
    private final Map<String, long[]> counts;

    private DecisionSeries(List<LocalDate> days, List<String> sources, Map<String, long[]> counts) {
        this.days = days;
        this.sources = sources;
        this.counts = counts;
    }

    /** The last {@code span} days up to {@code today}; counts outside them are left out. */
    public static DecisionSeries of(Collection<DecisionCount> found, LocalDate today, int span) {
        List<LocalDate> days = new ArrayList<>(span);
        LocalDate first = today.minusDays(span - 1L);
        for (int i = 0; i < span; i++) {
            days.add(first.plusDays(i));
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (DecisionCount count : found) {
            int index = (int) (count.day().toEpochDay() - first.toEpochDay());
            if (index >= 0 && index < span && count.decisions() > 0) {
                counts.computeIfAbsent(count.source(), source -> new long[span])[index] += count.decisions();
            }
        }
        List<String> sources = new ArrayList<>(counts.keySet());
        sources.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return new DecisionSeries(Collections.unmodifiableList(days), Collections.unmodifiableList(sources), counts);
    }

    private static int rank(String source) {
        int index = SOURCE_ORDER.indexOf(source);
        return index < 0 ? SOURCE_ORDER.size() : index;
    }

    public List<LocalDate> getDays() {
        return days;
    }

    /** The sources with at least one event in the span. */
    public List<String> getSources() {
        return sources;
    }

    public long count(LocalDate day, String source) {
        long[] perDay = counts.get(source);
        int index = days.indexOf(day);
        return perDay == null || index < 0 ? 0 : perDay[index];
    }

    /** The counts of one source, day by day. */
    long[] series(String source) {
        return counts.getOrDefault(source, new long[days.size()]).clone();
    }

    public long dayTotal(LocalDate day) {
        return sources.stream().mapToLong(source -> count(day, source)).sum();
    }

    public long sourceTotal(String source) {
        long total = 0;
        for (long count : series(source)) {
            total += count;
        }
        return total;
    }

    public long total() {
        return sources.stream().mapToLong(this::sourceTotal).sum();
    }
}
