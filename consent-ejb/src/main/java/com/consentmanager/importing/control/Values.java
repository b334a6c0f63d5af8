package com.consentmanager.importing.control;

import com.consentmanager.profile.entity.ConsentState;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values and dates of an import file (DOMAIN.md rule 10). {@code 1, oui, yes, accepted, accepté,
 * accepte} are ACCEPTED; {@code 0, non, no, refused, refusé, refuse} are REFUSED; any other text is
 * UNKNOWN; an empty cell is no value at all (it never changes a status by itself). Dates are
 * {@code yyyy-mm-dd[ hh:mm[:ss]]}, {@code dd/mm/yyyy[ hh:mm[:ss]]} or {@code mm/dd/yyyy[ hh:mm[:ss]]}
 * as the person chose, read in the import's time zone, or an ISO instant with its offset (what the
 * export writes).
 */
public final class Values {

    private static final Set<String> ACCEPTED = Set.of("1", "oui", "yes", "accepted", "accepte");
    private static final Set<String> REFUSED = Set.of("0", "non", "no", "refused", "refuse");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private Values() {
    }

    /** The state a cell asks for; empty when the cell is blank. */
    public static Optional<ConsentState> state(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String folded = Fold.of(cell);
        if (ACCEPTED.contains(folded)) {
            return Optional.of(ConsentState.ACCEPTED);
        }
        return Optional.of(REFUSED.contains(folded) ? ConsentState.REFUSED : ConsentState.UNKNOWN);
    }

    /**
     * The instant a date cell names; empty when the cell is blank.
     *
     * @throws DateTimeException when the text is not a date in one of the accepted forms
     */
    public static Optional<Instant> date(String cell, DateOrder order, ZoneId zone) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String text = cell.strip();
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return Optional.of(at(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)), iso, zone));
        }
        Matcher slashed = SLASHED.matcher(text);
        if (slashed.matches()) {
            int first = Integer.parseInt(slashed.group(1));
            int second = Integer.parseInt(slashed.group(2));
            int year = Integer.parseInt(slashed.group(3));
            return Optional.of(order == DateOrder.DAY_FIRST ? at(year, second, first, slashed, zone) : at(year, first, second, slashed, zone));
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new DateTimeException("not a date: " + text, e);
        }
    }

    private static Instant at(int year, int month, int day, Matcher time, ZoneId zone) {
        LocalTime clock = time.group(4) == null ? LocalTime.MIDNIGHT
                : LocalTime.of(Integer.parseInt(time.group(4)), Integer.parseInt(time.group(5)),
                time.group(6) == null ? 0 : Integer.parseInt(time.group(6)));
        return LocalDateTime.of(LocalDate.of(year, month, day), clock).atZone(zone).toInstant();
    }
}
