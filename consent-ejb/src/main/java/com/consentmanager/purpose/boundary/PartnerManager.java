package com.consentmanager.purpose.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.channel.entity.Channel;
import com.consentmanager.platform.ConfigurationChanged;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.ManagerSupport;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import com.consentmanager.platform.TechnicalKeys;
import com.consentmanager.platform.WebAddresses;
import com.consentmanager.purpose.control.LiveForms;
import com.consentmanager.purpose.control.PurposeVersions;
import com.consentmanager.purpose.entity.LawfulBasis;
import com.consentmanager.purpose.entity.Partner;
import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeKind;
import com.consentmanager.purpose.entity.PurposeText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Partner management. Adding a partner creates its partner consent (kind CONSENT, channel email,
 * texts "Offres de nos partenaires : {name}" / "Offers from our partners: {name}" with the partner's
 * privacy notice as info link), which lists under the partner's name. Removing a partner archives
 * every purpose that names it and takes it off the public partner list. Audited like purposes.
 */
@Stateless(name = "PartnerManager")
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.CONFIG_WRITE_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.CONFIG_WRITE_NAME})
public class PartnerManager implements PartnerManagement, RemotePartnerManagement {

    static final String AUDIT_TARGET = "partner";
    static final String CONSENT_KEY_PREFIX = "partner_";
    private static final String TEXTS = "com.consentmanager.purpose.boundary.partner-consent";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    LiveForms liveForms;

    @Inject
    PurposeVersions versions;

    @Resource
    SessionContext session;

    @Inject
    Event<ConfigurationChanged> changed;

    @Override
    public List<PartnerView> listPartners(boolean includeRemoved) {
        return em.createNamedQuery(includeRemoved ? Partner.ALL : Partner.ACTIVE, Partner.class)
                .getResultStream().map(this::view).toList();
    }

    @Override
    @PermitAll
    public List<PartnerView> listPublicPartners() {
        return em.createNamedQuery(Partner.ACTIVE, Partner.class).getResultStream()
                .map(partner -> PurposeViews.partner(partner, List.of()))
                .toList();
    }

    @Override
    public PartnerView getPartner(String key) {
        return view(find(key));
    }

    @Override
    public String suggestKey(String name) {
        return TechnicalKeys.fromText(name);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public PartnerView createPartner(PartnerDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = name(draft.getName(), violations);
        String privacyUrl = privacyUrl(draft.getPrivacyUrl(), violations);
        boolean typedKey = draft.getKey() != null && !draft.getKey().isBlank();
        String key = typedKey ? draft.getKey() : TechnicalKeys.fromText(name);
        if (typedKey || !name.isEmpty()) {
            TechnicalKeys.check("key", key, "partner").ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!em.createNamedQuery(Partner.BY_KEY, Partner.class).setParameter("key", key).getResultList().isEmpty()) {
            throw new ConflictException(new FieldViolation("key", "partner.key.taken", key));
        }
        String consentKey = consentKey(key);
        if (!em.createNamedQuery(Purpose.BY_KEY, Purpose.class).setParameter("key", consentKey).getResultList().isEmpty()) {
            throw new ConflictException(new FieldViolation("key", "partner.consent_key.taken", consentKey));
        }
        Instant now = clock.instant();
        Partner partner = new Partner(key, name, privacyUrl, now);
        em.persist(partner);
        Channel email = em.createNamedQuery(Channel.BY_KEY, Channel.class).setParameter("key", Purpose.EMAIL_CHANNEL)
                .getSingleResult();
        Purpose consent = new Purpose(consentKey, PurposeKind.CONSENT, LawfulBasis.A, Set.of(email), false, partner, now);
        em.persist(consent);
        Map<String, PurposeText> texts = new LinkedHashMap<>();
        for (String language : Languages.ALL) {
            ResourceBundle bundle = ResourceBundle.getBundle(TEXTS, Locale.forLanguageTag(language),
                    PartnerManager.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            texts.put(language, new PurposeText(
                    MessageFormat.format(bundle.getString("subject"), name),
                    MessageFormat.format(bundle.getString("wording"), name),
                    privacyUrl, null));
        }
        versions.add(consent, texts, false, actor());
        flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", name);
        details.put("privacyUrl", privacyUrl);
        details.put("consent", consentKey);
        audit.record(session.getCallerPrincipal(), "partner.created", AUDIT_TARGET, key, details);
        audit.record(session.getCallerPrincipal(), "purpose.created", PurposeManager.AUDIT_TARGET, consentKey,
                Map.of("kind", PurposeKind.CONSENT, "channels", List.of(Purpose.EMAIL_CHANNEL), "partner", key));
        return view(partner);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public PartnerView updatePartner(String key, PartnerDraft draft) {
        Partner partner = find(key);
        List<FieldViolation> violations = new ArrayList<>();
        if (draft.getKey() != null && !draft.getKey().isBlank() && !draft.getKey().equals(key)) {
            violations.add(new FieldViolation("key", "partner.key.fixed"));
        }
        String name = name(draft.getName(), violations);
        String privacyUrl = privacyUrl(draft.getPrivacyUrl(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (!name.equals(partner.getName())) {
            details.put("name", partner.getName() + " -> " + name);
        }
        if (!privacyUrl.equals(partner.getPrivacyUrl())) {
            details.put("privacyUrl", partner.getPrivacyUrl() + " -> " + privacyUrl);
        }
        partner.change(name, privacyUrl, clock.instant());
        flush();
        if (!details.isEmpty()) {
            audit.record(session.getCallerPrincipal(), "partner.updated", AUDIT_TARGET, key, details);
        }
        return view(partner);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Scope.CONFIG_WRITE_NAME})
    public PartnerView removePartner(String key) {
        Partner partner = find(key);
        if (!partner.isActive()) {
            return view(partner);
        }
        List<Purpose> consents = em.createNamedQuery(Purpose.OF_PARTNER, Purpose.class).setParameter("partner", partner).getResultList();
        for (Purpose purpose : consents) {
            if (purpose.isActive()) {
                liveForms.refuseIfOffered(purpose, null, "partner.offered_live");
            }
        }
        Instant now = clock.instant();
        partner.remove(now);
        List<String> archived = new ArrayList<>();
        for (Purpose purpose : consents) {
            if (purpose.isActive()) {
                purpose.archive(now);
                archived.add(purpose.getKey());
                audit.record(session.getCallerPrincipal(), "purpose.archived", PurposeManager.AUDIT_TARGET, purpose.getKey(),
                        Map.of("active", "true -> false", "reason", "partner.removed " + key));
            }
        }
        flush();
        audit.record(session.getCallerPrincipal(), "partner.removed", AUDIT_TARGET, key,
                Map.of("name", partner.getName(), "archivedPurposes", archived));
        return view(partner);
    }

    /** {@code partner_<partner key>}, cut to the length of a key. */
    static String consentKey(String partnerKey) {
        String key = CONSENT_KEY_PREFIX + partnerKey;
        return key.length() > TechnicalKeys.MAX_LENGTH ? key.substring(0, TechnicalKeys.MAX_LENGTH) : key;
    }

    private Partner find(String key) {
        return em.createNamedQuery(Partner.BY_KEY, Partner.class).setParameter("key", key)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("partner.not_found", key));
    }

    private PartnerView view(Partner partner) {
        List<String> purposes = em.createNamedQuery(Purpose.OF_PARTNER, Purpose.class).setParameter("partner", partner)
                .getResultStream().map(Purpose::getKey).toList();
        return PurposeViews.partner(partner, purposes);
    }

    private static String name(String name, List<FieldViolation> violations) {
        String normalised = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (normalised.isEmpty()) {
            violations.add(new FieldViolation("name", "partner.name.required"));
        } else if (normalised.length() > Partner.NAME_MAX_LENGTH) {
            violations.add(new FieldViolation("name", "partner.name.too_long", Partner.NAME_MAX_LENGTH));
        } else if (normalised.chars().anyMatch(Character::isISOControl)) {
            violations.add(new FieldViolation("name", "text.control_characters"));
        }
        return normalised;
    }

    private static String privacyUrl(String url, List<FieldViolation> violations) {
        String stripped = url == null ? "" : url.strip();
        if (stripped.isEmpty()) {
            violations.add(new FieldViolation("privacyUrl", "partner.privacy_url.required"));
        } else {
            WebAddresses.check("privacyUrl", stripped, Partner.URL_MAX_LENGTH).ifPresent(violations::add);
        }
        return stripped;
    }

    private String actor() {
        return ManagerSupport.actor(session);
    }

    private void flush() {
        changed.fire(new ConfigurationChanged("partner"));
        ManagerSupport.flush(em);
    }
}
