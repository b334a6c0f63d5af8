package com.consentmanager.profile.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import com.consentmanager.profile.control.Decisions;
import com.consentmanager.profile.control.ProfileExport;
import com.consentmanager.profile.control.ProfileReads;
import com.consentmanager.profile.control.ProfileReferences;
import com.consentmanager.profile.control.ProfileStore;
import com.consentmanager.profile.entity.Profile;
import com.consentmanager.profile.entity.ProfileEvent;
import com.consentmanager.profile.entity.Provenance;
import com.consentmanager.profile.entity.SourceType;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * People, their statuses and their evidence as the console and auditors read them, and the GDPR
 * rights of access and erasure. An erasure removes the identity but keeps what proves past
 * decisions (statuses, evidence) and the keyed hash of the email, so that an objection still holds
 * when the address comes back (the gate looks erased people up by that hash only if they objected).
 * Exports and erasures are audited with the profile's id, never its email: the audit trail outlives
 * the erasure.
 */
@Stateless(name = "ProfileDirectory")
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.PROFILES_WRITE_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME})
public class ProfileDirectory implements ProfileQueries, RemoteProfileQueries {

    static final String AUDIT_TARGET = "profile";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ProfileReads reads;

    @Inject
    ProfileExport exports;

    @Inject
    ProfileStore profiles;


    @Inject
    AuditLog audit;

    @Inject
    ProfileReferences references;

    @Inject
    Event<ProfileErased> erasures;

    @Resource
    SessionContext session;

    @Override
    public long countProfiles(String text) {
        return reads.count(text);
    }

    @Override
    public List<ProfileSummary> searchProfiles(String text, int first, int max) {
        return reads.search(text, Math.max(0, first), page(max));
    }

    @Override
    public ProfileDetail getProfile(long id) {
        return reads.detail(id).orElseThrow(() -> new NotFoundException("profile.not_found", id));
    }

    @Override
    public StatusGrid statusGrid(long id, String language) {
        getProfile(id);
        return reads.grid(id, language == null ? "fr" : language);
    }

    @Override
    public long countEvidence(long id) {
        return reads.countEvidence(id);
    }

    @Override
    public List<EvidenceEntry> evidence(long id, int first, int max) {
        return reads.evidence(id, Math.max(0, first), page(max));
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.PROFILES_WRITE_NAME})
    public String export(ProfileReference reference) {
        Profile profile = existing(reference);
        audit.record(session.getCallerPrincipal(), "profile.exported", AUDIT_TARGET, String.valueOf(profile.getId()),
                Map.of("by", reference.getKind().name()));
        return exports.of(profile.getId(), clock.instant(), caller());
    }

    @Override
    @RolesAllowed(Role.ADMIN_NAME)
    public ProfileDetail erase(ProfileReference reference, String reason) {
        List<FieldViolation> violations = new ArrayList<>();
        Decisions.checkReason("reason", reason, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Profile profile = existing(reference);
        Instant now = clock.instant();
        ProfileErased erased = new ProfileErased(profile.getId(), profile.getExternalId(), profile.getEmail(), profile.getPhone());
        profile.erase(now);
        // Confirmation and re-permission requests and their mails hold the address too: their links stop
        // working and unsent mails are dropped.
        em.createNativeQuery("update mail_outbox set recipient = '', state = case when state = 'SENT' then state else 'FAILED' end,"
                        + " last_error = case when state = 'SENT' then last_error else 'profile erased' end"
                        + " where (kind = 'DOUBLE_OPT_IN' and reference_id in (select id from confirmation_request where profile_id = ?1))"
                        + " or (kind = 'RENEWAL' and reference_id in (select id from renewal_request where profile_id = ?1))")
                .setParameter(1, profile.getId()).executeUpdate();
        em.createNativeQuery("update renewal_request set email = '', token_hash = null, used_at = coalesce(used_at, ?2)"
                        + " where profile_id = ?1")
                .setParameter(1, profile.getId()).setParameter(2, java.sql.Timestamp.from(now)).executeUpdate();
        em.createNativeQuery("update confirmation_request set email = '', token_hash = null, used_at = coalesce(used_at, ?2)"
                        + " where profile_id = ?1")
                .setParameter(1, profile.getId()).setParameter(2, java.sql.Timestamp.from(now)).executeUpdate();
        // Form submissions keep when and on which form version (the evidence refers to them), not where from.
        em.createNativeQuery("update operation_submission set ip_address = null, user_agent = null where profile_id = ?1")
                .setParameter(1, profile.getId()).executeUpdate();
        em.persist(new ProfileEvent(profile.getId(), ProfileEvent.ERASED, now, now,
                new Provenance(SourceType.ADMIN, null, caller(), null, null, null, reason.strip())));
        erasures.fire(erased);
        audit.record(session.getCallerPrincipal(), "profile.erased", AUDIT_TARGET, String.valueOf(profile.getId()),
                Map.of("by", reference.getKind().name(), "objected", profile.isObjected()));
        return new ProfileDetail(profile.getId(), null, null, null, profile.getLanguage(), profile.getCreatedAt(),
                profile.getUpdatedAt(), profile.getObjectedAt(), profile.getErasedAt());
    }

    /** The one person the reference names, locked (an erasure and a decision never interleave). */
    private Profile existing(ProfileReference reference) {
        String value = references.checked("profile", reference);
        return profiles.lock(reference.getKind().name(), value)
                .orElseThrow(() -> new NotFoundException("profile.not_found", reference.getValue()));
    }

    private static int page(int max) {
        if (max < 1 || max > MAX_PAGE) {
            throw InvalidInputException.of("max", "error.paging.limit", MAX_PAGE);
        }
        return max;
    }

    private String caller() {
        return session.getCallerPrincipal() == null ? "anonymous" : session.getCallerPrincipal().getName();
    }
}
