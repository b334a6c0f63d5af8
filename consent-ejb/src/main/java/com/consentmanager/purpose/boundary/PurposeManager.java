package com.consentmanager.purpose.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.platform.ConfigurationChanged;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.ManagerSupport;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import com.consentmanager.platform.TechnicalKeys;
import com.consentmanager.purpose.control.LiveForms;
import com.consentmanager.purpose.control.OptInMailRules;
import com.consentmanager.purpose.control.PurposeReads;
import com.consentmanager.purpose.control.PurposeRules;
import com.consentmanager.purpose.control.PurposeTexts;
import com.consentmanager.purpose.control.PurposeVersions;
import com.consentmanager.purpose.entity.OptInMail;
import com.consentmanager.purpose.entity.Partner;
import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeVersion;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Purpose management ("CRM > RGPD"): consents and legal bases, their channels, double opt-in flag
 * and confirmation mail texts, partner, and the versions of their texts. Every change is audited
 * (before → after) in the same transaction; every change of a text makes a new immutable version. The rules live beside the
 * data: what a purpose cannot become (kind fixed, double opt-in only with email, the default
 * consents' key and channels, archiving and deleting) on the {@link Purpose} entity, the reading of
 * a draft (kinds, lawful bases, texts, channels and partner looked up) in {@link PurposeRules}.
 * A purpose that a LIVE form offers stays whole ({@link LiveForms}).
 */
@Stateless(name = "PurposeManager")
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.CONFIG_WRITE_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.CONFIG_WRITE_NAME})
public class PurposeManager implements PurposeManagement, RemotePurposeManagement {

    static final String AUDIT_TARGET = "purpose";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    PurposeVersions versions;

    @Inject
    PurposeReads reads;

    @Inject
    PurposeRules rules;

    @Resource
    SessionContext session;

    @Inject
    Event<MaterialTextChanged> materialChanges;

    @Inject
    LiveForms liveForms;

    @Inject
    Event<ConfigurationChanged> changed;

    @Override
    public List<PurposeView> listPurposes(PurposeFilter filter, int first, int max) {
        return reads.list(filter, first, max).stream().map(this::view).toList();
    }

    @Override
    public long countPurposes(PurposeFilter filter) {
        return reads.count(filter);
    }

    @Override
    public PurposeView getPurpose(String key) {
        return view(reads.get(key));
    }

    @Override
    public LocalizedPurpose describe(String key, String language) {
        return new LocalizedPurpose(getPurpose(key), Languages.isSupported(language) ? language : Languages.DEFAULT);
    }

    @Override
    public List<PurposeVersionView> listVersions(String key) {
        return versions.all(reads.get(key)).stream().map(PurposeViews::version).toList();
    }

    @Override
    public Map<Integer, Long> acceptedByVersion(String key) {
        return reads.acceptedByVersion(reads.get(key));
    }

    @Override
    public PurposeVersionView getVersion(String key, int number) {
        PurposeVersion version = versions.number(reads.get(key), number);
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
        PurposeRules.Checked checked = rules.forNew(draft);
        rules.requireFreeKey(checked.key());
        Instant now = clock.instant();
        Purpose purpose = new Purpose(checked.key(), checked.kind(), checked.basis(), checked.channels(), draft.isDoubleOptIn(),
                checked.partner(), now);
        if (checked.mail() != null) {
            purpose.changeOptInMail(checked.mail(), now);
        }
        purpose.changeOnMaterialChange(checked.onMaterialChange(), now);
        em.persist(purpose);
        PurposeVersion version = versions.add(purpose, checked.texts(), false, ManagerSupport.actor(session));
        flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", checked.kind());
        details.put("lawfulBasis", checked.basis().point());
        details.put("channels", Purpose.keysOf(checked.channels()));
        details.put("doubleOptIn", draft.isDoubleOptIn());
        details.put("partner", partnerKey(checked.partner()));
        details.put("onMaterialChange", checked.onMaterialChange());
        details.put("textVersion", version.getNumber());
        details.put("sha256", version.getSha256());
        checked.texts().forEach((language, text) -> details.put("texts." + language + ".subject", text.getSubject()));
        OptInMailRules.describeChanges(OptInMail.none(), purpose.getOptInMail(), details);
        audit.record(session.getCallerPrincipal(), "purpose.created", AUDIT_TARGET, checked.key(), details);
        return PurposeViews.purpose(purpose, version);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public PurposeView updatePurpose(String key, PurposeDraft draft) {
        Purpose purpose = reads.get(key);
        PurposeVersion current = versions.current(purpose);
        PurposeRules.Checked checked = rules.forChange(purpose, draft);
        String newKey = checked.key();
        Set<String> oldChannels = purpose.getChannelKeys();
        Set<String> newChannels = Purpose.keysOf(checked.channels());
        boolean optInChanges = draft.isDoubleOptIn() != purpose.isDoubleOptIn();
        Instant now = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        if (!newKey.equals(purpose.getKey())) {
            rules.requireFreeKey(newKey);
            details.put("key", purpose.getKey() + " -> " + newKey);
            purpose.changeKey(newKey, now);
        }
        if (checked.basis() != purpose.getLawfulBasis()) {
            details.put("lawfulBasis", purpose.getLawfulBasis().point() + " -> " + checked.basis().point());
            purpose.changeLawfulBasis(checked.basis(), now);
        }
        if (!newChannels.equals(oldChannels)) {
            liveForms.refuseIfChannelDropped(purpose, checked.channels());
            details.put("channels", oldChannels + " -> " + newChannels);
        }
        if (optInChanges) {
            details.put("doubleOptIn", purpose.isDoubleOptIn() + " -> " + draft.isDoubleOptIn());
        }
        if (!newChannels.equals(oldChannels) || optInChanges) {
            purpose.changeChannels(checked.channels(), draft.isDoubleOptIn(), now);
        }
        if (!Objects.equals(partnerKey(checked.partner()), partnerKey(purpose.getPartner()))) {
            details.put("partner", partnerKey(purpose.getPartner()) + " -> " + partnerKey(checked.partner()));
            purpose.changePartner(checked.partner(), now);
        }
        if (checked.mail() != null && !checked.mail().equals(purpose.getOptInMail())) {
            OptInMailRules.describeChanges(purpose.getOptInMail(), checked.mail(), details);
            purpose.changeOptInMail(checked.mail(), now);
        }
        if (checked.onMaterialChange() != purpose.getOnMaterialChange()) {
            details.put("onMaterialChange", purpose.getOnMaterialChange() + " -> " + checked.onMaterialChange());
            purpose.changeOnMaterialChange(checked.onMaterialChange(), now);
        }
        PurposeVersion inForce = current;
        if (!PurposeTexts.same(checked.texts(), current.getTexts())) {
            inForce = versions.add(purpose, checked.texts(), draft.isMaterial(), ManagerSupport.actor(session));
            details.put("textVersion", current.getNumber() + " -> " + inForce.getNumber());
            details.put("material", draft.isMaterial());
            PurposeTexts.describeChanges(current.getTexts(), checked.texts(), details);
        }
        flush();
        if (inForce != current && inForce.isMaterial()) {
            materialChanges.fire(new MaterialTextChanged(purpose.getId(), purpose.getKey(), inForce.getNumber(),
                    purpose.getOnMaterialChange().name()));
        }
        if (!details.isEmpty()) {
            audit.record(session.getCallerPrincipal(), "purpose.updated", AUDIT_TARGET, newKey, details);
        }
        return PurposeViews.purpose(purpose, inForce);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public PurposeView archivePurpose(String key) {
        Purpose purpose = reads.get(key);
        purpose.requireArchivable();
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
        Purpose purpose = reads.get(key);
        if (!purpose.isActive()) {
            purpose.restore(clock.instant());
            flush();
            audit.record(session.getCallerPrincipal(), "purpose.restored", AUDIT_TARGET, key, Map.of("active", "false -> true"));
        }
        return view(purpose);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public void deletePurpose(String key) {
        Purpose purpose = reads.get(key);
        purpose.requireDeletable();
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

    PurposeView view(Purpose purpose) {
        return PurposeViews.purpose(purpose, versions.current(purpose));
    }

    private static String partnerKey(Partner partner) {
        return partner == null ? null : partner.getKey();
    }

    private void flush() {
        changed.fire(new ConfigurationChanged("purpose"));
        ManagerSupport.flush(em);
    }
}
