package com.consentmanager.importing.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.profile.control.Identities;
import com.consentmanager.profile.entity.ConsentState;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the cells of one line through a {@link Layout}: the key normalised and checked as
 * everywhere else ({@link Identities}), values and dates per {@link Values}. A date in the future
 * (beyond a few minutes of clock skew) is an error: evidence cannot predate itself.
 * <p>
 * A line shorter than the header reads its missing cells as blank (Excel drops trailing
 * separators); a line with more cells than the header is an error: its cells were shifted (a
 * separator inside a cell that is not between quotes), so none of them can be trusted. Cells are
 * counted as the header's are: a trailing separator is an empty last cell, so a file whose header
 * and lines all end with one reads as usual, and a blank extra cell counts (a shifted line whose
 * last cell was empty ends with one).
 */
public final class LineReader {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Layout layout;
    private final DateOrder order;
    private final ZoneId zone;
    private final Instant now;

    public LineReader(Layout layout, DateOrder order, ZoneId zone, Instant now) {
        this.layout = layout;
        this.order = order;
        this.zone = zone;
        this.now = now;
    }

    public ParsedLine read(long line, List<String> fields) {
        List<LineProblem> errors = new ArrayList<>();
        beyondHeader(fields).ifPresent(extra -> errors.add(new LineProblem(line, "", extra, "import.line.too_many_cells")));
        String externalId = Identities.externalId(cell(fields, layout.externalIdColumn()));
        String email = Identities.email(cell(fields, layout.emailColumn()));
        List<FieldViolation> violations = new ArrayList<>();
        Identities.checkExternalId("external_id", externalId, violations);
        Identities.checkEmail("email", email, violations);
        for (FieldViolation violation : violations) {
            int column = "email".equals(violation.field()) ? layout.emailColumn() : layout.externalIdColumn();
            errors.add(problem(line, column, fields, violation.messageKey()));
        }
        if (externalId == null && email == null) {
            errors.add(new LineProblem(line, header(Math.max(layout.emailColumn(), layout.externalIdColumn())), "", "import.line.key_missing"));
        }
        Map<Integer, Optional<Instant>> dates = new HashMap<>();
        List<ParsedLine.Cell> cells = new ArrayList<>();
        for (Layout.Target target : layout.targets()) {
            String raw = cell(fields, target.valueColumn());
            ConsentState requested = Values.state(raw).orElse(null);
            Instant time = date(line, fields, target.dateColumn(), dates, errors);
            Instant confirmed = date(line, fields, target.doubleOptInColumn(), dates, errors);
            cells.add(new ParsedLine.Cell(target, requested, time, confirmed, header(target.valueColumn()), raw == null ? "" : raw.strip()));
        }
        return new ParsedLine(line, externalId, email, List.copyOf(cells), List.copyOf(errors));
    }

    /** Each date column is read (and reported) once per line, though several targets share it. */
    private Instant date(long line, List<String> fields, int column, Map<Integer, Optional<Instant>> dates, List<LineProblem> errors) {
        if (column < 0) {
            return null;
        }
        return dates.computeIfAbsent(column, c -> {
            try {
                Optional<Instant> date = Values.date(cell(fields, c), order, zone);
                if (date.isPresent() && date.get().isAfter(now.plus(CLOCK_SKEW))) {
                    errors.add(problem(line, c, fields, "import.line.date_future"));
                    return Optional.empty();
                }
                return date;
            } catch (DateTimeException e) {
                errors.add(problem(line, c, fields, "import.line.date_invalid"));
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** The first cell past the header's last column (its first non-blank one if any), when there is one. */
    private Optional<String> beyondHeader(List<String> fields) {
        int width = layout.headers().size();
        if (fields.size() <= width) {
            return Optional.empty();
        }
        List<String> extra = fields.subList(width, fields.size());
        return Optional.of(extra.stream().filter(field -> field != null && !field.isBlank()).findFirst().orElse(extra.get(0)));
    }

    private LineProblem problem(long line, int column, List<String> fields, String reason) {
        return new LineProblem(line, header(column), cell(fields, column), reason);
    }

    private String header(int column) {
        return column >= 0 && column < layout.headers().size() ? layout.headers().get(column) : "";
    }

    private static String cell(List<String> fields, int column) {
        return column >= 0 && column < fields.size() ? fields.get(column) : null;
    }
}
