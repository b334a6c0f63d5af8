package com.consentmanager.operation.entity;

import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.TechnicalKeys;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A marketing operation (contest, quiz, newsletter form...). What its form offers lives in
 * {@code operation_purpose} rows (see OperationSettings); every rendering of the form that differed
 * from the previous one is kept as a form version. The rules of its name, dates, key and moves
 * between states are here: each {@code checkX} adds what it refuses to a list, so that a form shows
 * every refusal at once; the verbs refuse the same by throwing.
 */
@Entity
@Table(name = "operation")
@NamedQuery(name = Operation.BY_KEY, query = "select o from Operation o where o.key = :key")
public class Operation {

    public static final String BY_KEY = "Operation.byKey";
    public static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "operation_key", nullable = false, length = 64)
    private String key;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 8)
    private OperationState state = OperationState.DRAFT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Operation() {
        // for JPA
    }

    /** A new draft operation; refused as {@link #checkName}, {@link #checkDates} and the key rules say. */
    public Operation(String key, String name, LocalDate startsOn, LocalDate endsOn, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        checkName(name, violations);
        TechnicalKeys.check("key", key, "operation").ifPresent(violations::add);
        checkDates(startsOn, endsOn, violations);
        refuse(violations);
        this.key = key;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The name, stripped: required, at most {@link #NAME_MAX_LENGTH}; null when blank. */
    public static String checkName(String name, List<FieldViolation> violations) {
        String stripped = name == null || name.isBlank() ? null : name.strip();
        if (stripped == null) {
            violations.add(new FieldViolation("name", "operation.name.required"));
        } else if (stripped.length() > NAME_MAX_LENGTH) {
            violations.add(new FieldViolation("name", "operation.name.too_long", NAME_MAX_LENGTH));
        }
        return stripped;
    }

    /** The last day is not before the first (either may be open). */
    /** The first and last years an operation can run in: a date outside is a typing mistake (0000-01-01...). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2999;

    private static void checkYear(String field, LocalDate date, List<FieldViolation> violations) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            violations.add(new FieldViolation(field, "operation.dates.range", FIRST_YEAR, LAST_YEAR));
        }
    }

    public static void checkDates(LocalDate startsOn, LocalDate endsOn, List<FieldViolation> violations) {
        checkYear("startsOn", startsOn, violations);
        checkYear("endsOn", endsOn, violations);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            violations.add(new FieldViolation("endsOn", "operation.dates.order"));
        }
    }

    /**
     * A new key follows the rules of technical keys, and is locked once a participant submitted
     * the form ({@code submitted}): the evidence of those submissions names the operation. The same
     * key is no change.
     */
    public void checkKey(String newKey, boolean submitted, List<FieldViolation> violations) {
        if (newKey.equals(key)) {
            return;
        }
        TechnicalKeys.check("key", newKey, "operation").ifPresent(violations::add);
        if (submitted) {
            violations.add(new FieldViolation("key", "operation.key.locked"));
        }
    }

    /** Refused as {@link #checkName}, {@link #checkDates} and the key rules say (the caller checked the lock). */
    public void change(String newKey, String newName, LocalDate newStartsOn, LocalDate newEndsOn, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        checkName(newName, violations);
        checkKey(newKey, false, violations);
        checkDates(newStartsOn, newEndsOn, violations);
        refuse(violations);
        this.key = newKey;
        this.name = newName;
        this.startsOn = newStartsOn;
        this.endsOn = newEndsOn;
        this.updatedAt = now;
    }

    /**
     * The moves an operation makes: to LIVE from DRAFT or CLOSED (reopened), to CLOSED only from
     * LIVE, never back to DRAFT. A 409 otherwise; staying where it is, is no move.
     */
    public void requireMoveTo(OperationState newState) {
        boolean allowed = newState == state || switch (newState) {
            case LIVE -> true;
            case CLOSED -> state == OperationState.LIVE;
            case DRAFT -> false;
        };
        if (!allowed) {
            throw new ConflictException("operation.state.transition", state, newState);
        }
    }

    /** Refused as {@link #requireMoveTo} says. */
    public void moveTo(OperationState newState, Instant now) {
        requireMoveTo(newState);
        this.state = newState;
        this.updatedAt = now;
    }

    /**
     * A LIVE form keeps at least one offer: the public form would keep showing its last version
     * while the console shows nothing.
     */
    public void requireOffersWhileLive(int offers) {
        if (offers == 0 && state == OperationState.LIVE) {
            throw new ConflictException("operation.live.offer_required", key);
        }
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Live, and today within its dates (bounds included). */
    public boolean isOpenOn(LocalDate day) {
        return state == OperationState.LIVE && (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public OperationState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    private static void refuse(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
