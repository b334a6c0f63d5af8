package com.consentmanager.purpose.control;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.TechnicalKeys;
import com.consentmanager.purpose.boundary.DoubleOptInMail;
import com.consentmanager.purpose.boundary.PurposeDraft;
import com.consentmanager.purpose.entity.LawfulBasis;
import com.consentmanager.purpose.entity.MaterialChange;
import com.consentmanager.purpose.entity.OptInMail;
import com.consentmanager.purpose.entity.Partner;
import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeKind;
import com.consentmanager.purpose.entity.PurposeText;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads an admin's purpose draft into what a purpose becomes: the kind and lawful basis it names
 * (a consent is Art. 6(1)(a), a legal basis another point), its texts, the channels and the partner
 * it names (looked up here), its double opt-in mail texts. What a purpose itself cannot become
 * (kind fixed, key and channels of built-in purposes, double opt-in without email) is the
 * {@link Purpose} entity's rule, asked here in the order of the form. Every refusal of a draft is
 * collected and thrown together, nothing written.
 */
@Dependent
public class PurposeRules {

    @PersistenceContext
    EntityManager em;

    /** A draft read and checked; {@code mail} is null when the draft leaves the mail texts as they are. */
    public record Checked(PurposeKind kind, LawfulBasis basis, Map<String, PurposeText> texts, String key,
                          Set<Channel> channels, Partner partner, OptInMail mail, MaterialChange onMaterialChange) {
    }

    /** A new purpose: a blank key is generated from the French subject. */
    public Checked forNew(PurposeDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        PurposeKind kind = kind(draft.getKind(), violations);
        LawfulBasis basis = basis(kind, draft.getLawfulBasis(), violations);
        Map<String, PurposeText> texts = texts(draft, violations);
        String frenchSubject = Optional.ofNullable(texts.get(Languages.DEFAULT)).map(PurposeText::getSubject).orElse("");
        boolean typedKey = blank(draft.getKey()) != null;
        String key = typedKey ? draft.getKey() : TechnicalKeys.fromText(frenchSubject);
        if (typedKey || !frenchSubject.isEmpty()) {
            TechnicalKeys.check("key", key, "purpose").ifPresent(violations::add);
        }
        Set<Channel> channels = channels(draft.getChannels(), violations);
        Purpose.checkNew(channels, draft.isDoubleOptIn(), violations);
        Partner partner = partner(draft.getPartner(), violations);
        OptInMail mail = optInMail(draft, violations);
        MaterialChange policy = onMaterialChange(draft.getOnMaterialChange(), MaterialChange.DEFAULT, violations);
        refuse(violations);
        return new Checked(kind, basis, texts, key, channels, partner, mail, policy);
    }

    /** A change of a purpose: every field replaced, a blank key or lawful basis of a consent kept. */
    public Checked forChange(Purpose purpose, PurposeDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        purpose.checkKind(draft.getKind(), violations);
        LawfulBasis basis = blank(draft.getLawfulBasis()) == null && purpose.getKind() == PurposeKind.CONSENT
                ? LawfulBasis.A : basis(purpose.getKind(), draft.getLawfulBasis(), violations);
        Map<String, PurposeText> texts = texts(draft, violations);
        String key = blank(draft.getKey()) == null ? purpose.getKey() : draft.getKey();
        purpose.checkKey(key, violations);
        Set<Channel> channels = channels(draft.getChannels(), violations);
        purpose.checkChannels(channels, draft.isDoubleOptIn(), violations);
        Partner partner = partner(draft.getPartner(), violations);
        purpose.checkPartner(partner, violations);
        OptInMail mail = optInMail(draft, violations);
        MaterialChange policy = onMaterialChange(draft.getOnMaterialChange(), purpose.getOnMaterialChange(), violations);
        refuse(violations);
        return new Checked(purpose.getKind(), basis, texts, key, channels, partner, mail, policy);
    }

    /** Keys are unique: a 409 on {@code key} when another purpose has it. */
    public void requireFreeKey(String key) {
        boolean taken = em.createNamedQuery(Purpose.BY_KEY, Purpose.class).setParameter("key", key)
                .getResultStream().findAny().isPresent();
        if (taken) {
            throw new ConflictException(new FieldViolation("key", "purpose.key.taken", key));
        }
    }

    static MaterialChange onMaterialChange(String value, MaterialChange otherwise, List<FieldViolation> violations) {
        if (blank(value) == null) {
            return otherwise;
        }
        try {
            return MaterialChange.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("onMaterialChange", "purpose.on_material_change.invalid", value));
            return otherwise;
        }
    }

    static PurposeKind kind(String kind, List<FieldViolation> violations) {
        if (blank(kind) == null) {
            violations.add(new FieldViolation("kind", "purpose.kind.required"));
            return PurposeKind.CONSENT;
        }
        return Arrays.stream(PurposeKind.values()).filter(k -> k.name().equals(kind.strip())).findFirst()
                .orElseGet(() -> {
                    violations.add(new FieldViolation("kind", "purpose.kind.unknown", kind));
                    return PurposeKind.CONSENT;
                });
    }

    static LawfulBasis basis(PurposeKind kind, String point, List<FieldViolation> violations) {
        if (blank(point) == null) {
            if (kind == PurposeKind.CONSENT) {
                return LawfulBasis.A;
            }
            violations.add(new FieldViolation("lawfulBasis", "purpose.lawful_basis.required"));
            return LawfulBasis.F;
        }
        Optional<LawfulBasis> basis = LawfulBasis.ofPoint(point);
        if (basis.isEmpty()) {
            violations.add(new FieldViolation("lawfulBasis", "purpose.lawful_basis.unknown", point));
            return kind == PurposeKind.CONSENT ? LawfulBasis.A : LawfulBasis.F;
        }
        if (!basis.get().fits(kind)) {
            violations.add(new FieldViolation("lawfulBasis",
                    kind == PurposeKind.CONSENT ? "purpose.lawful_basis.consent_is_a" : "purpose.lawful_basis.legal_basis_not_a"));
        }
        return basis.get();
    }

    private static Map<String, PurposeText> texts(PurposeDraft draft, List<FieldViolation> violations) {
        Map<String, String[]> given = new TreeMap<>();
        draft.getTexts().forEach((language, text) -> given.put(language, text == null ? new String[4] : text.fields()));
        Map<String, PurposeText> texts = PurposeTexts.normalise(given);
        PurposeTexts.check(texts, violations);
        return texts;
    }

    private Set<Channel> channels(List<String> keys, List<FieldViolation> violations) {
        Set<Channel> channels = new LinkedHashSet<>();
        if (keys == null || keys.stream().allMatch(key -> blank(key) == null)) {
            violations.add(new FieldViolation("channels", "purpose.channels.required"));
            return channels;
        }
        for (String key : new LinkedHashSet<>(keys)) {
            if (blank(key) == null) {
                continue;
            }
            em.createNamedQuery(Channel.BY_KEY, Channel.class).setParameter("key", key.strip())
                    .getResultStream().findFirst()
                    .ifPresentOrElse(channels::add,
                            () -> violations.add(new FieldViolation("channels", "purpose.channels.unknown", key)));
        }
        return channels;
    }

    /** The draft's double opt-in mail texts, normalised and checked; null when the draft leaves them as they are. */
    private static OptInMail optInMail(PurposeDraft draft, List<FieldViolation> violations) {
        DoubleOptInMail given = draft.getDoubleOptInMail();
        if (given == null) {
            return null;
        }
        OptInMail mail = OptInMailRules.normalise(given.getSender(), given.getSubjects(), given.getIntros());
        OptInMailRules.check(mail, violations);
        return mail;
    }

    /** A partner that exists; a removed one is refused (its consents are archived). */
    private Partner partner(String key, List<FieldViolation> violations) {
        if (blank(key) == null) {
            return null;
        }
        Optional<Partner> partner = em.createNamedQuery(Partner.BY_KEY, Partner.class).setParameter("key", key.strip())
                .getResultStream().findFirst();
        if (partner.isEmpty()) {
            violations.add(new FieldViolation("partner", "partner.not_found", key));
            return null;
        }
        if (!partner.get().isActive()) {
            violations.add(new FieldViolation("partner", "purpose.partner.removed", partner.get().getName()));
        }
        return partner.get();
    }

    private static void refuse(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
