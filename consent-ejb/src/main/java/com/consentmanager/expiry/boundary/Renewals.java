package com.consentmanager.expiry.boundary;

import com.consentmanager.expiry.control.Activities;
import com.consentmanager.expiry.control.RenewalMail;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.Tokens;
import com.consentmanager.profile.control.Ledger;
import com.consentmanager.profile.entity.ConsentEvent;
import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.EventType;
import com.consentmanager.profile.entity.Provenance;
import com.consentmanager.profile.entity.SourceType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Re-permission links, for anyone who holds one (the public page calls this without sign-in): the
 * token is the proof, only its SHA-256 is stored. Looking changes nothing; renewing keeps every
 * accepted channel of the purpose ACCEPTED with a RENEWED evidence event (time, address, browser),
 * which restarts its expiry, and records a RENEWAL activity. A link works once, until the status
 * would have expired.
 */
@Stateless
@PermitAll
public class Renewals {

    static final String ACTOR = "participant";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Ledger ledger;

    @Inject
    Activities activities;

    @Inject
    RenewalMail mail;

    public RenewalView inspect(String token, String language) {
        Request request = find(token, false);
        if (request == null) {
            return RenewalView.unknown();
        }
        return new RenewalView(state(request, accepted(request).isEmpty()), subject(request.purposeId(), language), request.expiresAt());
    }

    public RenewalView renew(String token, String language, String ipAddress, String userAgent) {
        Request request = find(token, true);
        if (request == null) {
            return RenewalView.unknown();
        }
        em.createNativeQuery("select id from profile where id = ?1 for update").setParameter(1, request.profileId()).getSingleResult();
        List<Object[]> accepted = accepted(request);
        RenewalView.State state = state(request, accepted.isEmpty());
        if (state != RenewalView.State.VALID) {
            return new RenewalView(state, subject(request.purposeId(), language), request.expiresAt());
        }
        Instant now = clock.instant();
        String reference = "renewal:" + request.id();
        String receipt = java.util.UUID.randomUUID().toString();
        for (Object[] row : accepted) {
            ledger.append(new ConsentEvent(request.profileId(), request.purposeId(), ((Number) row[1]).intValue(), ((Number) row[0]).longValue(),
                    ConsentState.ACCEPTED, ConsentState.ACCEPTED, EventType.RENEWED, now, now, Provenance.of(SourceType.EXPIRY, reference,
                    ACTOR, ipAddress, userAgent, Languages.isSupported(language) ? language : request.language(), null)).inReceipt(receipt));
        }
        activities.record(request.profileId(), Activities.RENEWAL, now, now, SourceType.EXPIRY, reference);
        em.createNativeQuery("update renewal_request set used_at = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(now)).setParameter(2, request.id()).executeUpdate();
        return new RenewalView(RenewalView.State.RENEWED, subject(request.purposeId(), language), request.expiresAt());
    }

    private RenewalView.State state(Request request, boolean nothingAccepted) {
        if (request.usedAt() != null) {
            return RenewalView.State.USED;
        }
        return nothingAccepted || !request.expiresAt().isAfter(clock.instant()) ? RenewalView.State.EXPIRED : RenewalView.State.VALID;
    }

    /** The purpose's accepted channels for the person: channel id, wording version. */
    private List<Object[]> accepted(Request request) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select channel_id, purpose_version from consent_status"
                        + " where profile_id = ?1 and purpose_id = ?2 and state = 'ACCEPTED' order by channel_id")
                .setParameter(1, request.profileId()).setParameter(2, request.purposeId()).getResultList();
        return rows;
    }

    private String subject(long purposeId, String language) {
        return mail.subject(purposeId, language);
    }

    private Request find(String token, boolean lock) {
        if (!Tokens.wellFormed(token)) {
            return null;
        }
        Object[] row = (Object[]) em.createNativeQuery("select id, profile_id, purpose_id, language, expires_at, used_at"
                        + " from renewal_request where token_hash = ?1" + (lock ? " for update" : ""))
                .setParameter(1, Tokens.hash(token)).getResultStream().findFirst().orElse(null);
        if (row == null) {
            return null;
        }
        return new Request(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), (String) row[3],
                ((Timestamp) row[4]).toInstant(), row[5] == null ? null : ((Timestamp) row[5]).toInstant());
    }


    private record Request(long id, long profileId, long purposeId, String language, Instant expiresAt, Instant usedAt) {
    }
}
