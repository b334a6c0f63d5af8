package com.consentmanager.gate.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.gate.control.GateCatalog;
import com.consentmanager.preference.control.MailLinks;
import com.consentmanager.profile.control.ProfileStore;
import com.consentmanager.gate.control.GateRule;
import com.consentmanager.gate.control.StatusReads;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import com.consentmanager.profile.boundary.ProfileReference;
import com.consentmanager.profile.control.ProfileReferences;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contact gate. Reads only, without a transaction, straight from the statuses with one indexed
 * query per person ({@link StatusReads}); channels and purposes come from the in-memory
 * {@link GateCatalog}, the answer from {@link GateRule}. Here: the arguments' checks, the audit of
 * audience reads, and the views.
 */
@Stateless(name = "ContactGate")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.GATE_READ_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.GATE_READ_NAME})
public class ContactGate implements Gate, RemoteGate {

    @Inject
    GateCatalog catalog;

    @Inject
    StatusReads statuses;

    @Inject
    ProfileReferences references;

    @Inject
    AuditLog audit;

    @Inject
    ProfileStore profiles;

    @Inject
    MailLinks mailLinks;

    @Resource
    SessionContext session;

    @Override
    public GateAnswer canContact(ProfileReference profile, String purpose, String channel) {
        if (profile == null) {
            throw InvalidInputException.of("profile", "profile.reference.required");
        }
        return filter(List.of(profile), purpose, channel).get(0);
    }

    @Override
    public List<GateAnswer> filter(List<ProfileReference> profiles, String purpose, String channel) {
        if (profiles == null || profiles.isEmpty()) {
            throw InvalidInputException.of("profiles", "gate.profiles.required");
        }
        if (profiles.size() > MAX_FILTER) {
            throw InvalidInputException.of("profiles", "gate.profiles.too_many", MAX_FILTER);
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            values.add(normalised("profiles[" + i + "]", profiles.get(i), violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        GateCatalog.Snapshot snapshot = catalog.current();
        long channelId = channelId(snapshot, channel);
        GateCatalog.PurposeEntry entry = purpose == null || purpose.isBlank() ? null : purpose(snapshot, purpose);
        List<GateAnswer> answers = new ArrayList<>(profiles.size());
        if (entry != null && (!entry.active() || !entry.channels().contains(channelId))) {
            GateReason reason = !entry.active() ? GateReason.PURPOSE_ARCHIVED : GateReason.CHANNEL_NOT_COVERED;
            profiles.forEach(profile -> answers.add(new GateAnswer(profile, channel, purpose, reason)));
            return answers;
        }
        Long[] purposeIds = entry != null ? new Long[] {entry.id()}
                : snapshot.activeOwnPurposesCovering(channelId).toArray(Long[]::new);
        List<List<GateRule.Row>> found = statuses.statuses(profiles, values, channelId, purposeIds, snapshot::requiredVersion);
        String named = entry == null ? null : purpose;
        for (int i = 0; i < profiles.size(); i++) {
            answers.add(new GateAnswer(profiles.get(i), channel, named, GateRule.answer(found.get(i), entry != null)));
        }
        return answers;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public UnsubscribeHeaders unsubscribeHeaders(ProfileReference profile, String purpose, String channel) {
        if (profile == null) {
            throw InvalidInputException.of("profile", "profile.reference.required");
        }
        List<FieldViolation> violations = new ArrayList<>();
        String value = normalised("profile", profile, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        GateCatalog.Snapshot snapshot = catalog.current();
        long channelId = channelId(snapshot, channel);
        Long purposeId = null;
        if (purpose != null && !purpose.isBlank()) {
            GateCatalog.PurposeEntry entry = purpose(snapshot, purpose);
            if (!entry.channels().contains(channelId)) {
                throw InvalidInputException.of("channel", "choice.channel.not_covered", channel, purpose);
            }
            purposeId = entry.id();
        }
        long profileId = profiles.lock(profile.getKind().name(), value).filter(found -> !found.isErased())
                .orElseThrow(() -> new NotFoundException("profile.not_found", profile.getValue())).getId();
        MailLinks.Links links = mailLinks.issue(profileId, purposeId, channelId);
        return new UnsubscribeHeaders(links.listUnsubscribe(), links.listUnsubscribePost(), links.preferenceCentre());
    }

    /** Reading an audience exports personal data: its first page is audited (who, which audience). */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AudiencePage audience(String purpose, String channel, Long after, int max) {
        if (max < 1 || max > MAX_PAGE) {
            throw InvalidInputException.of("max", "error.paging.limit", MAX_PAGE);
        }
        AudienceQuery audience = audienceQuery(channel, purpose);
        if (after == null) {
            recordAudienceRead(audience);
        }
        if (!audience.active()) {
            return new AudiencePage(List.of(), null);
        }
        List<Contact> contacts = statuses.audience(audience.purposeId(), audience.channelId(), audience.requiredVersion(),
                after == null ? 0 : after, max + 1);
        if (contacts.size() > max) {
            List<Contact> page = contacts.subList(0, max);
            return new AudiencePage(page, page.get(max - 1).getId());
        }
        return new AudiencePage(contacts, null);
    }

    /** Checked and audited like the first page of {@link #audience}; the stream itself comes next. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AudienceQuery openAudience(String purpose, String channel) {
        AudienceQuery audience = audienceQuery(channel, purpose);
        recordAudienceRead(audience);
        return audience;
    }

    /**
     * One query for the whole audience, read with a server-side cursor: outside any transaction, so
     * that the connection runs its own ({@link StatusReads#streamAudience}).
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long streamAudience(AudienceQuery audience, ContactSink sink) throws IOException {
        if (!audience.active()) {
            return 0;
        }
        return statuses.streamAudience(audience.purposeId(), audience.channelId(), audience.requiredVersion(), sink);
    }

    private AudienceQuery audienceQuery(String channel, String purpose) {
        GateCatalog.Snapshot snapshot = catalog.current();
        long channelId = channelId(snapshot, channel);
        if (purpose == null || purpose.isBlank()) {
            throw InvalidInputException.of("purpose", "choice.purpose.required");
        }
        GateCatalog.PurposeEntry entry = purpose(snapshot, purpose);
        if (!entry.channels().contains(channelId)) {
            throw InvalidInputException.of("channel", "choice.channel.not_covered", channel, purpose);
        }
        return new AudienceQuery(channel, purpose, channelId, entry.id(), entry.active(), entry.requiredVersion());
    }

    private void recordAudienceRead(AudienceQuery audience) {
        audit.record(session.getCallerPrincipal(), "audience.read", "audience",
                audience.getPurpose() + "/" + audience.getChannel(), Map.of());
    }

    private static long channelId(GateCatalog.Snapshot snapshot, String channel) {
        if (channel == null || channel.isBlank()) {
            throw InvalidInputException.of("channel", "choice.channel.required");
        }
        Long id = snapshot.channels().get(channel.strip());
        if (id == null) {
            throw new NotFoundException("channel.not_found", channel);
        }
        return id;
    }

    private static GateCatalog.PurposeEntry purpose(GateCatalog.Snapshot snapshot, String purpose) {
        GateCatalog.PurposeEntry entry = snapshot.purposes().get(purpose.strip());
        if (entry == null) {
            throw new NotFoundException("purpose.not_found", purpose);
        }
        return entry;
    }

    /** The reference's stored value, or null with what is wrong under {@code field} (its kind appended: {@code profiles[2].email}). */
    private String normalised(String field, ProfileReference reference, List<FieldViolation> violations) {
        int before = violations.size();
        references.check(field, reference, violations);
        return violations.size() > before ? null : references.normalised(reference);
    }
}
