package com.consentmanager.preference.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.ManagerSupport;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import com.consentmanager.preference.control.LinkMails;
import com.consentmanager.profile.boundary.ProfileReference;
import com.consentmanager.profile.control.ProfileReferences;
import com.consentmanager.profile.control.ProfileStore;
import com.consentmanager.profile.entity.Profile;
import com.consentmanager.profile.entity.SourceType;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * The console's side of the preference centre: an admin or operator mails a person their link
 * (earlier links keep working), on the person's timeline and in the audit trail.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
public class PersonLinks {

    @Inject
    ProfileStore profiles;

    @Inject
    ProfileReferences references;

    @Inject
    LinkMails linkMails;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /** Queues the mail; 409 {@code preference.link.no_email} for a person without an address. */
    public void send(ProfileReference reference) {
        if (reference == null) {
            throw InvalidInputException.of("profile", "profile.reference.required");
        }
        Profile profile = profiles.lock(reference.getKind().name(), references.checked("profile", reference))
                .filter(found -> !found.isErased())
                .orElseThrow(() -> new NotFoundException("profile.not_found", reference.getValue()));
        if (profile.getEmail() == null) {
            throw new ConflictException("preference.link.no_email");
        }
        linkMails.queue(profile.getId(), profile.getEmail(), profile.getLanguage(), SourceType.ADMIN, ManagerSupport.actor(session), null);
        audit.record(session.getCallerPrincipal(), "preference.link_sent", "profile", String.valueOf(profile.getId()), Map.of());
    }
}
