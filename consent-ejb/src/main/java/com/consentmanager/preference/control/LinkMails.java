package com.consentmanager.preference.control;

import com.consentmanager.mail.control.Outbox;
import com.consentmanager.profile.entity.ProfileEvent;
import com.consentmanager.profile.entity.Provenance;
import com.consentmanager.profile.entity.SourceType;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/**
 * Queues the mail carrying a person's new link to the preference centre (the link is made when the
 * mail is sent) and records that it was sent on the person's timeline, with who asked.
 */
@Dependent
public class LinkMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public void queue(long profileId, String email, String language, SourceType source, String actor, String reason) {
        outbox.enqueue(Outbox.PREFERENCE_LINK, profileId, email, language);
        Instant now = clock.instant();
        em.persist(new ProfileEvent(profileId, ProfileEvent.PREFERENCE_LINK_SENT, now, now,
                new Provenance(source, null, Provenance.clip(actor, Provenance.ACTOR_MAX_LENGTH), null, null, language, reason)));
    }
}
