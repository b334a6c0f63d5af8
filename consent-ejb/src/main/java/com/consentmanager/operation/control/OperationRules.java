package com.consentmanager.operation.control;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.operation.boundary.Offer;
import com.consentmanager.operation.boundary.OperationDraft;
import com.consentmanager.operation.control.OperationSettings.Setting;
import com.consentmanager.operation.entity.Operation;
import com.consentmanager.operation.entity.OperationState;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.TechnicalKeys;
import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an admin's operation draft and form settings into checked values, with the look-ups they
 * need (purposes offered, submissions that lock a key, the offers a form going live needs). What an
 * operation itself refuses is the {@link Operation} entity's rule, asked here in the order of the
 * form. Every refusal of a draft or of form settings is collected and thrown together, nothing written.
 */
@Dependent
public class OperationRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    OperationReads reads;

    @Inject
    OperationSettings settings;

    /** A draft read and checked: the key and the name (stripped) an operation takes. */
    public record Checked(String key, String name) {
    }

    /** A new operation: a blank key is generated from the name. */
    public Checked forNew(OperationDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = checkDraft(draft, violations);
        String key = blank(draft.getKey()) == null ? TechnicalKeys.fromText(name == null ? "" : name) : draft.getKey().strip();
        if (name != null || blank(draft.getKey()) != null) {
            TechnicalKeys.check("key", key, "operation").ifPresent(violations::add);
        }
        refuse(violations);
        return new Checked(key, name);
    }

    /** A change: a blank key keeps the operation's key. */
    public Checked forChange(Operation operation, OperationDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = checkDraft(draft, violations);
        String newKey = blank(draft.getKey()) == null ? operation.getKey() : draft.getKey().strip();
        if (!newKey.equals(operation.getKey())) {
            operation.checkKey(newKey, reads.submissions(operation.getId()) > 0, violations);
        }
        refuse(violations);
        return new Checked(newKey, name);
    }

    /** Keys are unique: a 409 on {@code key} when another operation has it. */
    public void requireFreeKey(String key) {
        if (em.createNamedQuery(Operation.BY_KEY, Operation.class).setParameter("key", key).getResultStream().findAny().isPresent()) {
            throw new ConflictException(new FieldViolation("key", "operation.key.taken", key));
        }
    }

    /** The operation may take the state ({@link Operation#requireMoveTo}), and goes live only with an offer. */
    public void requireMove(Operation operation, OperationState state) {
        operation.requireMoveTo(state);
        if (state == OperationState.LIVE && settings.of(operation.getId()).isEmpty()) {
            throw new ConflictException("operation.live.no_offer");
        }
    }

    /**
     * The offers as form settings: each names an existing, active purpose once, and at least one of
     * that purpose's channels; "answer required" holds only for a consent (a legal basis is a notice).
     * Fields are named {@code offers[i].purpose} and {@code offers[i].channels}.
     */
    public List<Setting> resolve(List<Offer> offers) {
        List<FieldViolation> violations = new ArrayList<>();
        List<Setting> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Offer> given = offers == null ? List.of() : offers;
        for (int i = 0; i < given.size(); i++) {
            Offer offer = given.get(i);
            String field = "offers[" + i + "]";
            if (offer == null || blank(offer.getPurpose()) == null) {
                violations.add(new FieldViolation(field + ".purpose", "choice.purpose.required"));
                continue;
            }
            Purpose purpose = em.createNamedQuery(Purpose.BY_KEY, Purpose.class).setParameter("key", offer.getPurpose().strip())
                    .getResultStream().findFirst().orElse(null);
            if (purpose == null) {
                violations.add(new FieldViolation(field + ".purpose", "purpose.not_found", offer.getPurpose()));
                continue;
            }
            if (!seen.add(purpose.getKey())) {
                violations.add(new FieldViolation(field + ".purpose", "operation.offer.duplicate", purpose.getKey()));
                continue;
            }
            if (!purpose.isActive()) {
                violations.add(new FieldViolation(field + ".purpose", "choice.purpose.archived", purpose.getKey()));
            }
            List<Channel> channels = new ArrayList<>();
            for (String channelKey : offer.getChannels()) {
                Channel channel = purpose.getChannels().stream().filter(candidate -> candidate.getKey().equals(channelKey))
                        .findFirst().orElse(null);
                if (channel == null) {
                    violations.add(new FieldViolation(field + ".channels", "choice.channel.not_covered", channelKey, purpose.getKey()));
                } else if (!channels.contains(channel)) {
                    channels.add(channel);
                }
            }
            if (channels.isEmpty() && offer.getChannels().isEmpty()) {
                violations.add(new FieldViolation(field + ".channels", "operation.offer.channel_required", purpose.getKey()));
            }
            resolved.add(new Setting(purpose, channels, purpose.getKind() == PurposeKind.CONSENT && offer.isRequired()));
        }
        refuse(violations);
        return resolved;
    }

    /** The name (stripped) and the dates, as the entity checks them; a missing draft is a missing name. */
    private static String checkDraft(OperationDraft draft, List<FieldViolation> violations) {
        if (draft == null) {
            throw InvalidInputException.of("name", "operation.name.required");
        }
        String name = Operation.checkName(draft.getName(), violations);
        Operation.checkDates(draft.getStartsOn(), draft.getEndsOn(), violations);
        return name;
    }

    private static void refuse(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
