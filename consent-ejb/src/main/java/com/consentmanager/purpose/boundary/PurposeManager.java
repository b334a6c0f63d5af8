package com.consentmanager.purpose.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.channel.entity.Channel;
import com.consentmanager.platform.ConfigurationChanged;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.LikePattern;
import com.consentmanager.platform.ManagerSupport;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.TechnicalKeys;
import com.consentmanager.purpose.control.LiveForms;
import com.consentmanager.purpose.control.OptInMailRules;
import com.consentmanager.purpose.control.PurposeTexts;
import com.consentmanager.purpose.control.PurposeVersions;
import com.consentmanager.purpose.entity.LawfulBasis;
import com.consentmanager.purpose.entity.OptInMail;
import com.consentmanager.purpose.entity.Partner;
import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeKind;
import com.consentmanager.purpose.entity.PurposeText;
import com.consentmanager.purpose.entity.PurposeVersion;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Purpose management ("CRM > RGPD"): consents and legal bases, their channels, double opt-in flag
 * and confirmation mail texts, partner, and the versions of their texts. Every change is audited (before → after) in the same
 * transaction; every change of a text makes a new immutable version. The rules:
 * <ul>
 *     <li>a consent is Art. 6(1)(a), a legal basis another point; the kind never changes;</li>
 *     <li>at least one channel; double opt-in only with the email channel, and email cannot be
 *     removed while double opt-in is on;</li>
 *     <li>the key is unique and editable until a status is recorded for the purpose;</li>
 *     <li>the three default consents keep their key and channels and cannot be archived or
 *     deleted; a purpose ever used is archived, never deleted.</li>
 * </ul>
 */
@Stateless(name = "PurposeManager")
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.CONFIG_WRITE_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.CONFIG_WRITE_NAME})
public class PurposeManager implements PurposeManagement, RemotePurposeManagement {

    static final String AUDIT_TARGET = "purpose";
    static final String EMAIL = "email";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    PurposeVersions versions;

    @Resource
    SessionContext session;

    @Inject
    LiveForms liveForms;

    @Inject
    Event<ConfigurationChanged> changed;

    @Override
    public List<PurposeView> listPurposes(PurposeFilter filter, int first, int max) {
        TypedQuery<Purpose> query = filtered(filter, "select p from Purpose p",
                " order by p.active desc, p.builtIn desc, p.key", Purpose.class);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultStream()
                .map(this::view)
                .toList();
    }

    @Override
    public long countPurposes(PurposeFilter filter) {
        return filtered(filter, "select count(p) from Purpose p", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(PurposeFilter filter, String select, String order, Class<T> type) {
        PurposeFilter criteria = filter == null ? new PurposeFilter() : filter;
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (criteria.getKind() != null) {
            where.add("p.kind = :kind");
            parameters.put("kind", criteria.getKind());
        }
        if (criteria.getActive() != null) {
            where.add("p.active = :active");
            parameters.put("active", criteria.getActive());
        }
        if (blank(criteria.getPartner()) == null && criteria.getPartner() != null) {
            criteria.setPartner(null);
        }
        if (criteria.getPartner() != null) {
            where.add("p.partner.key = :partner");
            parameters.put("partner", criteria.getPartner().strip());
        }
        if (blank(criteria.getChannel()) != null) {
            where.add("exists (select c from Purpose q join q.channels c where q = p and c.key = :channel)");
            parameters.put("channel", criteria.getChannel().strip());
        }
        if (blank(criteria.getText()) != null) {
            where.add("(lower(p.key) like :text escape '\\' or exists (select v from PurposeVersion v join v.texts t"
                    + " where v.purpose = p and v.number = p.currentVersion and lower(t.subject) like :text escape '\\'))");
            parameters.put("text", LikePattern.containing(criteria.getText()));
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public PurposeView getPurpose(String key) {
        return view(find(key));
    }

    @Override
    public LocalizedPurpose describe(String key, String language) {
        return new LocalizedPurpose(getPurpose(key), Languages.isSupported(language) ? language : Languages.DEFAULT);
    }

    @Override
    public List<PurposeVersionView> listVersions(String key) {
        return versions.all(find(key)).stream().map(PurposeViews::version).toList();
    }

    @Override
    public PurposeVersionView getVersion(String key, int number) {
        PurposeVersion version = versions.number(find(key), number);
        if (version == null) {
            throw new NotFoundException("purpose.version.not_found", key, number);
        }
        return PurposeViews.version(version);
    }

    @Override
    public String suggestKey(String subject) {
        return TechnicalKeys.fromText(subject);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public PurposeView createPurpose(PurposeDraft draft) {
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
        checkDoubleOptIn(draft.isDoubleOptIn(), channels, false, violations);
        Partner partner = partner(draft.getPartner(), violations);
        OptInMail mail = optInMail(draft, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ensureKeyIsFree(key);
        Instant now = clock.instant();
        Purpose purpose = new Purpose(key, kind, basis, channels, draft.isDoubleOptIn(), partner, now);
        if (mail != null) {
            purpose.changeOptInMail(mail, now);
        }
        em.persist(purpose);
        PurposeVersion version = versions.add(purpose, texts, false, actor());
        flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("lawfulBasis", basis.point());
        details.put("channels", keys(channels));
        details.put("doubleOptIn", draft.isDoubleOptIn());
        details.put("partner", partner == null ? null : partner.getKey());
        details.put("textVersion", version.getNumber());
        details.put("sha256", version.getSha256());
        texts.forEach((language, text) -> details.put("texts." + language + ".subject", text.getSubject()));
        OptInMailRules.describeChanges(OptInMail.none(), purpose.getOptInMail(), details);
        audit.record(session.getCallerPrincipal(), "purpose.created", AUDIT_TARGET, key, details);
        return PurposeViews.purpose(purpose, version);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public PurposeView updatePurpose(String key, PurposeDraft draft) {
        Purpose purpose = find(key);
        PurposeVersion current = versions.current(purpose);
        List<FieldViolation> violations = new ArrayList<>();
        if (draft.getKind() != null && !draft.getKind().isBlank() && !draft.getKind().strip().equals(purpose.getKind().name())) {
            violations.add(new FieldViolation("kind", "purpose.kind.fixed"));
        }
        LawfulBasis basis = blank(draft.getLawfulBasis()) == null && purpose.getKind() == PurposeKind.CONSENT
                ? LawfulBasis.A : basis(purpose.getKind(), draft.getLawfulBasis(), violations);
        Map<String, PurposeText> texts = texts(draft, violations);
        String newKey = blank(draft.getKey()) == null ? purpose.getKey() : draft.getKey();
        if (!newKey.equals(purpose.getKey())) {
            if (purpose.isBuiltIn()) {
                violations.add(new FieldViolation("key", "purpose.key.built_in_locked"));
            } else if (purpose.isKeyLocked()) {
                violations.add(new FieldViolation("key", "purpose.key.locked"));
            } else {
                TechnicalKeys.check("key", newKey, "purpose").ifPresent(violations::add);
            }
        }
        Set<Channel> channels = channels(draft.getChannels(), violations);
        Set<String> oldChannels = keys(new LinkedHashSet<>(purpose.getChannels()));
        if (purpose.isBuiltIn() && !channels.isEmpty() && !keys(channels).equals(oldChannels)) {
            violations.add(new FieldViolation("channels", "purpose.channels.built_in_locked"));
        }
        checkDoubleOptIn(draft.isDoubleOptIn(), channels, purpose.isDoubleOptIn() && oldChannels.contains(EMAIL), violations);
        Partner partner = partner(draft.getPartner(), violations);
        if (purpose.isBuiltIn() && partner != null) {
            violations.add(new FieldViolation("partner", "purpose.partner.built_in"));
        }
        OptInMail mail = optInMail(draft, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        if (!newKey.equals(purpose.getKey())) {
            ensureKeyIsFree(newKey);
            details.put("key", purpose.getKey() + " -> " + newKey);
            purpose.changeKey(newKey, now);
        }
        if (basis != purpose.getLawfulBasis()) {
            details.put("lawfulBasis", purpose.getLawfulBasis().point() + " -> " + basis.point());
            purpose.changeLawfulBasis(basis, now);
        }
        if (!keys(channels).equals(oldChannels)) {
            Set<Long> kept = channels.stream().map(Channel::getId).collect(Collectors.toSet());
            for (Channel removed : purpose.getChannels()) {
                if (!kept.contains(removed.getId())) {
                    liveForms.refuseIfOffered(purpose, removed.getId(), "purpose.channel.offered_live");
                }
            }
            details.put("channels", oldChannels + " -> " + keys(channels));
            purpose.changeChannels(channels, now);
        }
        if (draft.isDoubleOptIn() != purpose.isDoubleOptIn()) {
            details.put("doubleOptIn", purpose.isDoubleOptIn() + " -> " + draft.isDoubleOptIn());
            purpose.changeDoubleOptIn(draft.isDoubleOptIn(), now);
        }
        if (!Objects.equals(partnerKey(partner), partnerKey(purpose.getPartner()))) {
            details.put("partner", partnerKey(purpose.getPartner()) + " -> " + partnerKey(partner));
            purpose.changePartner(partner, now);
        }
        if (mail != null && !mail.equals(purpose.getOptInMail())) {
            OptInMailRules.describeChanges(purpose.getOptInMail(), mail, details);
            purpose.changeOptInMail(mail, now);
        }
        PurposeVersion inForce = current;
        if (!PurposeTexts.same(texts, current.getTexts())) {
            inForce = versions.add(purpose, texts, draft.isMaterial(), actor());
            details.put("textVersion", current.getNumber() + " -> " + inForce.getNumber());
            details.put("material", draft.isMaterial());
            describeTextChanges(current.getTexts(), texts, details);
        }
        flush();
        if (!details.isEmpty()) {
            audit.record(session.getCallerPrincipal(), "purpose.updated", AUDIT_TARGET, newKey, details);
        }
        return PurposeViews.purpose(purpose, inForce);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public PurposeView archivePurpose(String key) {
        Purpose purpose = find(key);
        if (purpose.isBuiltIn()) {
            throw new ConflictException("purpose.archive.built_in", key);
        }
        if (purpose.isActive()) {
            liveForms.refuseIfOffered(purpose, null, "purpose.offered_live");
            purpose.archive(clock.instant());
            flush();
            audit.record(session.getCallerPrincipal(), "purpose.archived", AUDIT_TARGET, key, Map.of("active", "true -> false"));
        }
        return view(purpose);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public PurposeView restorePurpose(String key) {
        Purpose purpose = find(key);
        if (!purpose.isActive()) {
            if (purpose.getPartner() != null && !purpose.getPartner().isActive()) {
                throw new ConflictException("purpose.restore.partner_removed", key, purpose.getPartner().getName());
            }
            purpose.restore(clock.instant());
            flush();
            audit.record(session.getCallerPrincipal(), "purpose.restored", AUDIT_TARGET, key, Map.of("active", "false -> true"));
        }
        return view(purpose);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public void deletePurpose(String key) {
        Purpose purpose = find(key);
        if (purpose.isBuiltIn()) {
            throw new ConflictException("purpose.delete.built_in", key);
        }
        if (purpose.getUsedSince() != null) {
            throw new ConflictException("purpose.delete.used", key);
        }
        liveForms.refuseIfOffered(purpose, null, "purpose.offered_live");
        PurposeVersion current = versions.current(purpose);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", purpose.getKind());
        details.put("textVersion", current.getNumber());
        details.put("sha256", current.getSha256());
        em.remove(purpose);
        flush();
        audit.record(session.getCallerPrincipal(), "purpose.deleted", AUDIT_TARGET, key, details);
    }

    Purpose find(String key) {
        return em.createNamedQuery(Purpose.BY_KEY, Purpose.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("purpose.not_found", key));
    }

    PurposeView view(Purpose purpose) {
        return PurposeViews.purpose(purpose, versions.current(purpose));
    }

    private String actor() {
        return ManagerSupport.actor(session);
    }

    private static PurposeKind kind(String kind, List<FieldViolation> violations) {
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

    private static LawfulBasis basis(PurposeKind kind, String point, List<FieldViolation> violations) {
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

    /** Double opt-in needs email: refused as "email removed" when it had both, else as "email required". */
    private static void checkDoubleOptIn(boolean doubleOptIn, Set<Channel> channels, boolean hadEmailWithDoubleOptIn,
                                         List<FieldViolation> violations) {
        if (doubleOptIn && !channels.isEmpty() && !keys(channels).contains(EMAIL)) {
            violations.add(hadEmailWithDoubleOptIn
                    ? new FieldViolation("channels", "purpose.double_opt_in.email_removed")
                    : new FieldViolation("doubleOptIn", "purpose.double_opt_in.email_required"));
        }
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

    private static void describeTextChanges(Map<String, PurposeText> before, Map<String, PurposeText> after,
                                            Map<String, Object> details) {
        Set<String> languages = new LinkedHashSet<>(before.keySet());
        languages.addAll(after.keySet());
        for (String language : languages) {
            PurposeText old = before.get(language);
            PurposeText now = after.get(language);
            change(details, "texts." + language + ".subject", old == null ? null : old.getSubject(), now == null ? null : now.getSubject());
            change(details, "texts." + language + ".wording", old == null ? null : old.getWording(), now == null ? null : now.getWording());
            change(details, "texts." + language + ".infoUrl", old == null ? null : old.getInfoUrl(), now == null ? null : now.getInfoUrl());
            change(details, "texts." + language + ".additionalText", old == null ? null : old.getAdditionalText(),
                    now == null ? null : now.getAdditionalText());
        }
    }

    private static void change(Map<String, Object> details, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            details.put(field, before + " -> " + after);
        }
    }

    private void ensureKeyIsFree(String key) {
        boolean taken = em.createNamedQuery(Purpose.BY_KEY, Purpose.class).setParameter("key", key)
                .getResultStream().findAny().isPresent();
        if (taken) {
            throw new ConflictException(new FieldViolation("key", "purpose.key.taken", key));
        }
    }

    private static Set<String> keys(Set<Channel> channels) {
        return channels.stream().map(Channel::getKey).sorted().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String partnerKey(Partner partner) {
        return partner == null ? null : partner.getKey();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private void flush() {
        changed.fire(new ConfigurationChanged("purpose"));
        ManagerSupport.flush(em);
    }
}
