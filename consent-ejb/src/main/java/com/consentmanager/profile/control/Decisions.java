package com.consentmanager.profile.control;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.IpAddresses;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.profile.boundary.Choice;
import com.consentmanager.profile.boundary.ConsentRecorder;
import com.consentmanager.profile.boundary.DecisionResult;
import com.consentmanager.profile.boundary.DoubleOptInRequested;
import com.consentmanager.profile.boundary.Origin;
import com.consentmanager.profile.boundary.ProfileReference;
import com.consentmanager.profile.boundary.StatusChange;
import com.consentmanager.profile.boundary.Submission;
import com.consentmanager.profile.entity.ConsentEvent;
import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.EventType;
import com.consentmanager.profile.entity.Profile;
import com.consentmanager.profile.entity.ProfileEvent;
import com.consentmanager.profile.entity.Provenance;
import com.consentmanager.profile.entity.SourceType;
import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeKind;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The work behind {@link ConsentRecorder}: records decisions with their evidence (DOMAIN.md rules
 * 7, 8, 11). Not an EJB and without a security check of its own: callers are boundaries that check
 * their callers (ConsentRecorder by role, the public operation form by the form's own rules), run it
 * in their transaction and say who acts. The profile row is locked first, then each change appends
 * an evidence event and updates the status. Any refusal throws, so the caller's transaction rolls
 * everything back.
 */
@Dependent
public class Decisions {

    static final String EMAIL = "email";
    static final int REASON_MAX_LENGTH = Provenance.REASON_MAX_LENGTH;
    static final int REFERENCE_MAX_LENGTH = Provenance.REFERENCE_MAX_LENGTH;
    /** Clocks differ: an event time a little ahead of ours is accepted. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Instant EARLIEST_EVENT = Provenance.EARLIEST_EVENT_TIME;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Ledger ledger;

    @Inject
    ProfileStore profiles;

    @Inject
    PhoneNumbers phones;

    @Inject
    ProfileReferences references;

    @Inject
    Event<DoubleOptInRequested> doubleOptIns;

    public DecisionResult record(Submission submission, String actor) {
        return record(submission, actor, false).result();
    }

    /** What a submission did, with the profile's internal id for the caller's own records. */
    public record Recorded(long profileId, DecisionResult result) {
    }

    /**
     * Records a submission; when {@code lenient}, a choice the rules forbid (a legal basis the person
     * objected to, an acceptance from a profile that objected) is left out instead of refusing the
     * whole submission, and reported as skipped: a public form must neither fail nor reveal a
     * person's past choices to whoever types their address.
     */
    public Recorded record(Submission submission, String actor, boolean lenient) {
        if (submission == null) {
            throw InvalidInputException.of("submission", "submission.required");
        }
        List<FieldViolation> violations = new ArrayList<>();
        String externalId = Identities.externalId(submission.getExternalId());
        String email = Identities.email(submission.getEmail());
        String phone = phones.normalise(submission.getPhone());
        Identities.checkExternalId("externalId", externalId, violations);
        Identities.checkEmail("email", email, violations);
        phones.check("phone", phone, violations);
        if (externalId == null && email == null) {
            violations.add(new FieldViolation("email", "profile.key.required"));
        }
        String language = submission.getLanguage() == null || submission.getLanguage().isBlank() ? null : submission.getLanguage();
        if (language != null && !Languages.isSupported(language)) {
            violations.add(new FieldViolation("language", "language.unsupported", language));
        }
        Origin origin = checkOrigin(submission.getOrigin(), violations);
        // A public form may be sent with every optional box left blank: a participation without a choice.
        List<Decision> decisions = lenient && submission.getChoices().isEmpty() ? List.of() : decisions(submission.getChoices(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ProfileStore.Locked locked = profiles.findOrCreate(externalId, email, phone,
                language != null ? language : origin.getLanguage() != null ? origin.getLanguage() : Languages.DEFAULT);
        return apply(locked, decisions, origin, language, lenient, actor);
    }

    /**
     * Records a known person's choices (the preference centre, where the link names the person):
     * the rules of {@link #record}, strictly, with the profile's own address for a double opt-in.
     */
    public DecisionResult recordFor(long profileId, List<Choice> choices, Origin given, String actor) {
        List<FieldViolation> violations = new ArrayList<>();
        Origin origin = checkOrigin(given, violations);
        List<Decision> decisions = decisions(choices, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Profile profile = profiles.lock(profileId).orElseThrow(() -> new NotFoundException("profile.not_found", String.valueOf(profileId)));
        return apply(new ProfileStore.Locked(profile, false), decisions, origin, origin.getLanguage(), false, actor).result();
    }

    private Recorded apply(ProfileStore.Locked locked, List<Decision> decisions, Origin origin, String language, boolean lenient,
                           String actor) {
        List<FieldViolation> violations = new ArrayList<>();
        Profile profile = locked.profile();
        Map<Ledger.Key, ConsentState> states = ledger.states(profile.getId());
        Map<Ledger.Key, Integer> versions = ledger.versions(profile.getId());
        List<Change> changes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            ConsentState from = states.getOrDefault(decision.key(), ConsentState.UNKNOWN);
            if (profile.isObjected() && decision.requested() == ConsentState.ACCEPTED) {
                if (lenient) {
                    skipped.add(decision.purpose().getKey() + "/" + decision.channel().getKey());
                } else {
                    violations.add(new FieldViolation("choices[" + i + "].state", "status.profile.objected"));
                }
                continue;
            }
            // Every path that records here goes through PENDING: nothing recorded here is a confirmation
            // (checkOrigin refuses the DOUBLE_OPT_IN source; the link confirms through its own path), and
            // only an import line carrying its own confirmation date skips double opt-in, in the import.
            boolean doubleOptIn = decision.purpose().isDoubleOptIn() && EMAIL.equals(decision.channel().getKey());
            boolean newerText = decision.version() > versions.getOrDefault(decision.key(), Integer.MAX_VALUE);
            Transitions.Outcome outcome = Transitions.decide(decision.purpose().getKind(), from, decision.requested(),
                    doubleOptIn, false, newerText);
            if (outcome instanceof Transitions.Forbidden && lenient) {
                skipped.add(decision.purpose().getKey() + "/" + decision.channel().getKey());
            } else if (outcome instanceof Transitions.Forbidden forbidden) {
                violations.add(new FieldViolation("choices[" + i + "].state", forbidden.messageKey(),
                        decision.purpose().getKey(), decision.channel().getKey()));
            } else if (outcome instanceof Transitions.Change change) {
                changes.add(new Change(decision.purpose(), decision.channel(), decision.version(), from, change.to(), change.type()));
            }
        }
        if (profile.getEmail() == null && changes.stream().anyMatch(change -> change.to() == ConsentState.PENDING)) {
            violations.add(new FieldViolation("email", "choice.double_opt_in.email_missing"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<StatusChange> done = append(profile, changes, origin, null, actor);
        List<DoubleOptInRequested.Item> pending = changes.stream().filter(change -> change.to() == ConsentState.PENDING)
                .map(change -> new DoubleOptInRequested.Item(change.purpose().getId(), change.channel().getId(), change.version()))
                .toList();
        if (!pending.isEmpty()) {
            String mailLanguage = language != null ? language : origin.getLanguage() != null ? origin.getLanguage() : profile.getLanguage();
            doubleOptIns.fire(new DoubleOptInRequested(profile.getId(), profile.getEmail(), mailLanguage, pending,
                    origin.getSource().name(), origin.getReference()));
        }
        return new Recorded(profile.getId(), new DecisionResult(profile.getKey(), locked.created(), done, skipped));
    }

    public DecisionResult withdraw(ProfileReference reference, String purposeKey, String channelKey, Origin given, String actor) {
        List<FieldViolation> violations = new ArrayList<>();
        Origin origin = checkOrigin(given, violations);
        Purpose purpose = purposeKey == null || purposeKey.isBlank() ? null : findPurpose("purpose", purposeKey, violations);
        Channel channel = channelKey == null || channelKey.isBlank() ? null : findChannel("channel", channelKey, violations);
        if (purpose != null && channel != null && !purpose.getChannels().contains(channel)) {
            violations.add(new FieldViolation("channel", "choice.channel.not_covered", channel.getKey(), purpose.getKey()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Profile profile = existing(reference);
        Map<Ledger.Key, ConsentState> states = ledger.states(profile.getId());
        List<Change> changes = new ArrayList<>();
        for (Purpose candidate : purpose != null ? List.of(purpose) : allPurposes()) {
            for (Channel covered : candidate.getChannels()) {
                if (channel != null && !channel.equals(covered)) {
                    continue;
                }
                ConsentState from = states.getOrDefault(new Ledger.Key(candidate.getId(), covered.getId()), ConsentState.UNKNOWN);
                boolean explicit = purpose != null;
                if (explicit ? from != ConsentState.REFUSED : from == ConsentState.ACCEPTED || from == ConsentState.PENDING) {
                    if (Transitions.decide(candidate.getKind(), from, ConsentState.REFUSED, false, false)
                            instanceof Transitions.Change change) {
                        changes.add(new Change(candidate, covered, candidate.getCurrentVersion(), from, change.to(), change.type()));
                    }
                }
            }
        }
        return new DecisionResult(profile.getKey(), false, append(profile, changes, origin, null, actor));
    }

    public DecisionResult object(ProfileReference reference, Origin given, String actor) {
        List<FieldViolation> violations = new ArrayList<>();
        Origin origin = checkOrigin(given, violations);
        references.check("profile", reference, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Optional<Profile> found = profiles.lock(reference.getKind().name(), references.normalised(reference));
        ProfileStore.Locked locked;
        if (found.isPresent()) {
            locked = new ProfileStore.Locked(found.get(), false);
        } else if (reference.getKind() == ProfileReference.Kind.PHONE) {
            throw new NotFoundException("profile.not_found", reference.getValue());
        } else {
            boolean byExternalId = reference.getKind() == ProfileReference.Kind.EXTERNAL_ID;
            locked = profiles.findOrCreate(byExternalId ? references.normalised(reference) : null, byExternalId ? null : references.normalised(reference),
                    null, origin.getLanguage() != null ? origin.getLanguage() : Languages.DEFAULT);
        }
        Profile profile = locked.profile();
        Map<Ledger.Key, ConsentState> states = ledger.states(profile.getId());
        List<Change> changes = new ArrayList<>();
        for (Purpose purpose : allPurposes()) {
            for (Channel channel : purpose.getChannels()) {
                ConsentState from = states.getOrDefault(new Ledger.Key(purpose.getId(), channel.getId()), ConsentState.UNKNOWN);
                if (from != ConsentState.REFUSED) {
                    changes.add(new Change(purpose, channel, purpose.getCurrentVersion(), from, ConsentState.REFUSED, EventType.OBJECTED));
                }
            }
        }
        Instant now = clock.instant();
        if (!profile.isObjected()) {
            profile.object(now);
            em.persist(new ProfileEvent(profile.getId(), ProfileEvent.OBJECTED, eventTime(origin, now), now,
                    provenance(origin, actor, origin.getLanguage(), null)));
        }
        return new DecisionResult(profile.getKey(), locked.created(), append(profile, changes, origin, null, actor));
    }

    public DecisionResult reset(ProfileReference reference, String purposeKey, String channelKey, String reason, String actor) {
        List<FieldViolation> violations = new ArrayList<>();
        checkReason(reason, violations);
        Purpose purpose = findPurpose("purpose", purposeKey, violations);
        Channel channel = channelKey == null || channelKey.isBlank() ? null : findChannel("channel", channelKey, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Profile profile = existing(reference);
        Map<Ledger.Key, ConsentState> states = ledger.states(profile.getId());
        List<Change> changes = new ArrayList<>();
        for (Channel covered : purpose.getChannels()) {
            if (channel != null && !channel.equals(covered)) {
                continue;
            }
            ConsentState from = states.getOrDefault(new Ledger.Key(purpose.getId(), covered.getId()), ConsentState.UNKNOWN);
            Optional<String> refusal = Transitions.refuseReset(purpose.getKind(), from);
            if (refusal.isPresent()) {
                if (channel != null) {
                    throw new ConflictException(refusal.get(), purpose.getKey(), covered.getKey());
                }
                continue;
            }
            changes.add(new Change(purpose, covered, purpose.getCurrentVersion(), from, ConsentState.UNKNOWN, EventType.RESET));
        }
        if (changes.isEmpty()) {
            throw new ConflictException(purpose.getKind() == PurposeKind.LEGAL_BASIS
                    ? "status.reset.not_refused" : "status.reset.legal_basis_only", purpose.getKey(), channelKey);
        }
        return new DecisionResult(profile.getKey(), false,
                append(profile, changes, Origin.of(SourceType.ADMIN, null), reason.strip(), actor));
    }

    public void liftObjection(ProfileReference reference, String reason, String actor) {
        List<FieldViolation> violations = new ArrayList<>();
        checkReason(reason, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Profile profile = existing(reference);
        if (!profile.isObjected()) {
            throw new ConflictException("profile.not_objected", profile.getKey());
        }
        Instant now = clock.instant();
        profile.liftObjection(now);
        em.persist(new ProfileEvent(profile.getId(), ProfileEvent.OBJECTION_LIFTED, now, now,
                new Provenance(SourceType.ADMIN, null, actor, null, null, null, reason.strip())));
    }

    // ---- helpers

    private List<StatusChange> append(Profile profile, List<Change> changes, Origin origin, String reason, String actor) {
        Instant now = clock.instant();
        Instant eventTime = eventTime(origin, now);
        String language = origin.getLanguage() != null ? origin.getLanguage() : profile.getLanguage();
        String why = reason != null ? reason : origin.getReason() == null ? null : origin.getReason().strip();
        List<StatusChange> done = new ArrayList<>();
        String receipt = java.util.UUID.randomUUID().toString();
        for (Change change : changes) {
            long id = ledger.append(new ConsentEvent(profile.getId(), change.purpose().getId(), change.version(),
                    change.channel().getId(), change.from(), change.to(), change.type(), eventTime, now,
                    provenance(origin, actor, language, why)).inReceipt(receipt));
            done.add(new StatusChange(change.purpose().getKey(), change.channel().getKey(), change.from(), change.to(),
                    change.type(), id, receipt));
        }
        return done;
    }

    private List<Decision> decisions(List<Choice> choices, List<FieldViolation> violations) {
        List<Decision> decisions = new ArrayList<>();
        if (choices == null || choices.isEmpty()) {
            violations.add(new FieldViolation("choices", "submission.choices.required"));
            return decisions;
        }
        Set<Ledger.Key> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            String field = "choices[" + i + "]";
            if (choice == null) {
                violations.add(new FieldViolation(field, "submission.choice.required"));
                continue;
            }
            Purpose purpose = findPurpose(field + ".purpose", choice.getPurpose(), violations);
            Channel channel = findChannel(field + ".channel", choice.getChannel(), violations);
            ConsentState requested = requested(field + ".state", choice.getState(), violations);
            if (purpose == null || channel == null || requested == null) {
                continue;
            }
            if (!purpose.isActive()) {
                violations.add(new FieldViolation(field + ".purpose", "choice.purpose.archived", purpose.getKey()));
            }
            if (!purpose.getChannels().contains(channel)) {
                violations.add(new FieldViolation(field + ".channel", "choice.channel.not_covered", channel.getKey(), purpose.getKey()));
            }
            int version = choice.getPurposeVersion() == null ? purpose.getCurrentVersion() : choice.getPurposeVersion();
            if (version < 1 || version > purpose.getCurrentVersion()) {
                violations.add(new FieldViolation(field + ".purposeVersion", "choice.version.unknown", purpose.getKey(), version));
            }
            Ledger.Key key = new Ledger.Key(purpose.getId(), channel.getId());
            if (!seen.add(key)) {
                violations.add(new FieldViolation(field, "choice.duplicate", purpose.getKey(), channel.getKey()));
            }
            decisions.add(new Decision(purpose, channel, version, requested, key));
        }
        return decisions;
    }

    private static ConsentState requested(String field, String state, List<FieldViolation> violations) {
        if ("ACCEPTED".equals(state)) {
            return ConsentState.ACCEPTED;
        }
        if ("REFUSED".equals(state)) {
            return ConsentState.REFUSED;
        }
        violations.add(new FieldViolation(field, "choice.state.invalid", String.valueOf(state)));
        return null;
    }

    private Purpose findPurpose(String field, String key, List<FieldViolation> violations) {
        if (key == null || key.isBlank()) {
            violations.add(new FieldViolation(field, "choice.purpose.required"));
            return null;
        }
        return em.createNamedQuery(Purpose.BY_KEY, Purpose.class).setParameter("key", key.strip()).getResultStream().findFirst()
                .orElseGet(() -> {
                    violations.add(new FieldViolation(field, "purpose.not_found", key));
                    return null;
                });
    }

    private Channel findChannel(String field, String key, List<FieldViolation> violations) {
        if (key == null || key.isBlank()) {
            violations.add(new FieldViolation(field, "choice.channel.required"));
            return null;
        }
        return em.createNamedQuery(Channel.BY_KEY, Channel.class).setParameter("key", key.strip()).getResultStream().findFirst()
                .orElseGet(() -> {
                    violations.add(new FieldViolation(field, "channel.not_found", key));
                    return null;
                });
    }

    private List<Purpose> allPurposes() {
        return em.createQuery("select p from Purpose p order by p.id", Purpose.class).getResultList();
    }

    private Origin checkOrigin(Origin origin, List<FieldViolation> violations) {
        if (origin == null || origin.getSource() == null) {
            violations.add(new FieldViolation("origin.source", "origin.source.required"));
            return Origin.of(SourceType.API_CLIENT, null);
        }
        if (origin.getReference() != null && origin.getReference().length() > REFERENCE_MAX_LENGTH) {
            violations.add(new FieldViolation("origin.reference", "origin.reference.too_long", REFERENCE_MAX_LENGTH));
        }
        if (origin.getLanguage() != null && !Languages.isSupported(origin.getLanguage())) {
            violations.add(new FieldViolation("origin.language", "language.unsupported", origin.getLanguage()));
        }
        if (origin.getEventTime() != null && origin.getEventTime().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            violations.add(new FieldViolation("origin.eventTime", "origin.event_time.future"));
        } else if (origin.getEventTime() != null && origin.getEventTime().isBefore(EARLIEST_EVENT)) {
            violations.add(new FieldViolation("origin.eventTime", "origin.event_time.too_old", EARLIEST_EVENT.toString()));
        }
        if (origin.getIpAddress() != null && !IpAddresses.isLiteral(origin.getIpAddress())) {
            violations.add(new FieldViolation("origin.ipAddress", "origin.ip_address.invalid"));
        }
        if (origin.getUserAgent() != null && origin.getUserAgent().length() > Provenance.USER_AGENT_MAX_LENGTH) {
            violations.add(new FieldViolation("origin.userAgent", "origin.user_agent.too_long", Provenance.USER_AGENT_MAX_LENGTH));
        }
        if (origin.getSource() == SourceType.ADMIN) {
            // An admin acting on the person's behalf says why; the reason stays with the evidence.
            checkReason("origin.reason", origin.getReason(), violations);
        } else if (origin.getReason() != null && origin.getReason().strip().length() > REASON_MAX_LENGTH) {
            violations.add(new FieldViolation("origin.reason", "status.reason.too_long", REASON_MAX_LENGTH));
        }
        if (origin.getSource() == SourceType.EXPIRY || origin.getSource() == SourceType.DOUBLE_OPT_IN) {
            violations.add(new FieldViolation("origin.source", "origin.source.internal", origin.getSource().name()));
        }
        return origin;
    }

    private static void checkReason(String reason, List<FieldViolation> violations) {
        checkReason("reason", reason, violations);
    }

    public static void checkReason(String field, String reason, List<FieldViolation> violations) {
        if (reason == null || reason.isBlank()) {
            violations.add(new FieldViolation(field, "status.reason.required"));
        } else if (reason.strip().length() > REASON_MAX_LENGTH) {
            violations.add(new FieldViolation(field, "status.reason.too_long", REASON_MAX_LENGTH));
        }
    }

    private Profile existing(ProfileReference reference) {
        List<FieldViolation> violations = new ArrayList<>();
        references.check("profile", reference, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return profiles.lock(reference.getKind().name(), references.normalised(reference))
                .orElseThrow(() -> new NotFoundException("profile.not_found", reference.getValue()));
    }

    /** The evidence's provenance: the origin (checked against the limits before anything is written) and who acts. */
    private static Provenance provenance(Origin origin, String actor, String language, String reason) {
        return new Provenance(origin.getSource(), origin.getReference(), Provenance.clip(actor, Provenance.ACTOR_MAX_LENGTH),
                origin.getIpAddress(), origin.getUserAgent(), language, reason);
    }

    private static Instant eventTime(Origin origin, Instant now) {
        return origin.getEventTime() != null ? origin.getEventTime() : now;
    }

    private record Decision(Purpose purpose, Channel channel, int version, ConsentState requested, Ledger.Key key) {
    }

    private record Change(Purpose purpose, Channel channel, int version, ConsentState from, ConsentState to, EventType type) {
    }
}
