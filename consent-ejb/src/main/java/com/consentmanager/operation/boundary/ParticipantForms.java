package com.consentmanager.operation.boundary;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.expiry.control.Activities;
import com.consentmanager.operation.control.FormItem;
import com.consentmanager.operation.control.FormVersions;
import com.consentmanager.operation.control.FormViews;
import com.consentmanager.operation.entity.Operation;
import com.consentmanager.operation.entity.OperationState;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.IpAddresses;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.TimeZoneSetting;
import com.consentmanager.profile.boundary.Choice;
import com.consentmanager.profile.boundary.Origin;
import com.consentmanager.profile.boundary.Submission;
import com.consentmanager.profile.control.Decisions;
import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.Provenance;
import com.consentmanager.profile.entity.SourceType;
import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The public side of operations: the form of a live operation as a participant sees it, and its
 * submission. No sign-in: what is checked is the form itself. A submission may only answer what the
 * form version it was shown in offers (anything else is a tampered request: refused, nothing
 * written), must answer the required purposes, and is recorded at once with the evidence pointing to
 * that form version (source OPERATION_FORM, reference {@code <operation>/form-v<n>}), a
 * PARTICIPATION activity, and double opt-in where configured. A legal-basis notice on the form is
 * the triggering event of that basis on its channels (one the person objected to stays refused).
 */
@Stateless
@PermitAll
public class ParticipantForms {

    static final String ACTOR = "participant";
    static final int NONCE_MAX_LENGTH = 64;
    static final int IP_MAX_LENGTH = Provenance.ADDRESS_MAX_LENGTH;
    public static final int USER_AGENT_MAX_LENGTH = Provenance.USER_AGENT_MAX_LENGTH;
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TimeZoneSetting timeZone;

    @Inject
    FormViews forms;

    @Inject
    FormVersions versions;

    @Inject
    Decisions decisions;

    @Inject
    Activities activities;

    /**
     * The form as shown now: its latest version. Every change of what it shows keeps a new version in
     * the changing transaction (settings, name and going live in OperationManager, wordings, channel
     * and partner names through FormViews' observer), so a visit renders nothing to compare. Drafts
     * are not public.
     */
    public FormView form(String key, String language) {
        Operation operation = published(key);
        String shown = Languages.isSupported(language) ? language : Languages.DEFAULT;
        boolean open = operation.isOpenOn(today());
        int number = versions.currentNumber(operation.getId());
        if (number == 0) {
            throw new NotFoundException("operation.form.not_found", key);
        }
        return shown(operation, number, shown, open);
    }

    /** A new random nonce for a form about to be shown (the page keeps it until the form is sent). */
    public static String newNonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public FormReceipt submit(String key, FormSubmission submission) {
        Operation operation = published(key);
        if (!operation.isOpenOn(today())) {
            throw new ConflictException("operation.closed", operation.getKey());
        }
        List<FieldViolation> violations = new ArrayList<>();
        int number = submission.getFormVersion() == null ? 0 : submission.getFormVersion();
        List<FormItem> items = number > 0 && versions.find(operation.getId(), number).isPresent()
                ? versions.items(operation.getId(), number) : List.of();
        if (items.isEmpty()) {
            violations.add(new FieldViolation("formVersion", "operation.form_version.unknown", number));
        }
        String language = submission.getLanguage() == null || submission.getLanguage().isBlank() ? Languages.DEFAULT
                : submission.getLanguage().strip();
        if (!Languages.isSupported(language)) {
            violations.add(new FieldViolation("language", "language.unsupported", language));
        }
        String nonce = submission.getNonce() == null || submission.getNonce().isBlank() ? newNonce() : submission.getNonce().strip();
        if (!NONCE.matcher(nonce).matches()) {
            violations.add(new FieldViolation("nonce", "operation.nonce.invalid", NONCE_MAX_LENGTH));
        }
        if (submission.getIpAddress() != null && submission.getIpAddress().length() > IP_MAX_LENGTH) {
            violations.add(new FieldViolation("ipAddress", "operation.ip.too_long", IP_MAX_LENGTH));
        } else if (submission.getIpAddress() != null && !IpAddresses.isLiteral(submission.getIpAddress())) {
            violations.add(new FieldViolation("ipAddress", "origin.ip_address.invalid"));
        }
        if (submission.getUserAgent() != null && submission.getUserAgent().length() > USER_AGENT_MAX_LENGTH) {
            // A site that sends the browser's description sends it whole or not at all; the public
            // page cuts the header itself before it gets here.
            violations.add(new FieldViolation("userAgent", "origin.user_agent.too_long", USER_AGENT_MAX_LENGTH));
        }
        if (submission.getEmail() == null || submission.getEmail().isBlank()) {
            violations.add(new FieldViolation("email", "operation.email.required"));
        }
        List<Choice> choices = items.isEmpty() ? List.of() : choices(items, submission, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (alreadySubmitted(operation.getId(), nonce)) {
            return new FormReceipt(true, operation.getKey(), number, List.of(), List.of());
        }
        String reference = operation.getKey() + "/form-v" + number;
        String userAgent = submission.getUserAgent() == null ? null
                : submission.getUserAgent().substring(0, Math.min(submission.getUserAgent().length(), USER_AGENT_MAX_LENGTH));
        Submission decided = Submission.byEmail(submission.getEmail());
        decided.setPhone(submission.getPhone() == null || submission.getPhone().isBlank() ? null : submission.getPhone());
        decided.setLanguage(language);
        decided.setChoices(choices);
        decided.setOrigin(Origin.of(SourceType.OPERATION_FORM, reference).from(submission.getIpAddress(), userAgent).in(language));
        Decisions.Recorded recorded = decisions.record(decided, ACTOR, true);
        Instant now = clock.instant();
        em.createNativeQuery("insert into operation_submission (operation_id, form_version, profile_id, nonce, submitted_at, language,"
                        + " ip_address, user_agent) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, operation.getId()).setParameter(2, number).setParameter(3, recorded.profileId()).setParameter(4, nonce)
                .setParameter(5, Timestamp.from(now)).setParameter(6, language).setParameter(7, submission.getIpAddress())
                .setParameter(8, userAgent).executeUpdate();
        activities.record(recorded.profileId(), Activities.PARTICIPATION, now, now, SourceType.OPERATION_FORM, reference);
        FormView shown = shown(operation, number, language, true);
        List<String> pending = recorded.result().getPendingPurposes();
        List<String> subjects = shown.getPurposes().stream().filter(purpose -> pending.contains(purpose.getKey()))
                .map(FormPurpose::getSubject).toList();
        return new FormReceipt(false, operation.getKey(), number, recorded.result().getChanges(), subjects);
    }

    /** The answers checked against the form version's lines, plus the notices' legal bases. */
    private List<Choice> choices(List<FormItem> items, FormSubmission submission, List<FieldViolation> violations) {
        Map<String, FormItem> offered = new HashMap<>();
        Map<Long, Purpose> purposes = new HashMap<>();
        Map<Long, Channel> channels = new HashMap<>();
        for (FormItem item : items) {
            Purpose purpose = purposes.computeIfAbsent(item.purposeId(), id -> em.find(Purpose.class, id));
            Channel channel = channels.computeIfAbsent(item.channelId(), id -> em.find(Channel.class, id));
            offered.put(purpose.getKey() + "/" + channel.getKey(), item);
        }
        List<Choice> choices = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        boolean phoneNeeded = false;
        for (int i = 0; i < submission.getAnswers().size(); i++) {
            Choice answer = submission.getAnswers().get(i);
            String field = "answers[" + i + "]";
            String line = answer == null ? null : answer.getPurpose() + "/" + answer.getChannel();
            FormItem item = line == null ? null : offered.get(line);
            if (item == null) {
                violations.add(new FieldViolation(field, "operation.choice.not_offered", line));
                continue;
            }
            if (purposes.get(item.purposeId()).getKind() == PurposeKind.LEGAL_BASIS) {
                violations.add(new FieldViolation(field, "operation.choice.notice", answer.getPurpose()));
                continue;
            }
            if (!"ACCEPTED".equals(answer.getState()) && !"REFUSED".equals(answer.getState())) {
                violations.add(new FieldViolation(field + ".state", "choice.state.invalid", String.valueOf(answer.getState())));
                continue;
            }
            if (!answered.add(line)) {
                violations.add(new FieldViolation(field, "choice.duplicate", answer.getPurpose(), answer.getChannel()));
                continue;
            }
            phoneNeeded |= "ACCEPTED".equals(answer.getState()) && FormView.PHONE_CHANNELS.contains(answer.getChannel());
            choices.add(new Choice(answer.getPurpose(), answer.getChannel(), answer.getState()).shownVersion(item.purposeVersion()));
        }
        offered.forEach((line, item) -> {
            Purpose purpose = purposes.get(item.purposeId());
            if (purpose.getKind() == PurposeKind.LEGAL_BASIS) {
                String channel = line.substring(line.indexOf('/') + 1);
                choices.add(new Choice(purpose.getKey(), channel, ConsentState.ACCEPTED.name()).shownVersion(item.purposeVersion()));
            } else if (item.required() && !answered.contains(line)) {
                violations.add(new FieldViolation("answers." + line, "operation.answer.required", purpose.getKey(),
                        line.substring(line.indexOf('/') + 1)));
            }
        });
        if (phoneNeeded && (submission.getPhone() == null || submission.getPhone().isBlank())) {
            violations.add(new FieldViolation("phone", "operation.phone.required"));
        }
        return choices;
    }

    private boolean alreadySubmitted(long operationId, String nonce) {
        return !em.createNativeQuery("select 1 from operation_submission where operation_id = ?1 and nonce = ?2")
                .setParameter(1, operationId).setParameter(2, nonce).getResultList().isEmpty();
    }

    private FormView shown(Operation operation, int number, String language, boolean open) {
        String sha = versions.find(operation.getId(), number).map(stored -> stored.sha256(language)).orElse(null);
        return forms.build(operation.getKey(), operation.getName(), number, versions.items(operation.getId(), number), language, sha, open);
    }

    private Operation published(String key) {
        return em.createNamedQuery(Operation.BY_KEY, Operation.class).setParameter("key", key == null ? "" : key.strip())
                .getResultStream().filter(operation -> operation.getState() != OperationState.DRAFT).findFirst()
                .orElseThrow(() -> new NotFoundException("operation.form.not_found", String.valueOf(key)));
    }

    private LocalDate today() {
        return timeZone.day(clock.instant());
    }
}
