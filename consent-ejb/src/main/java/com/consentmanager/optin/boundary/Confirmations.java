package com.consentmanager.optin.boundary;

import com.consentmanager.expiry.control.Activities;
import com.consentmanager.optin.control.ConfirmationRequests;
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
 * Confirmation links, for anyone who holds one (the public page calls this without sign-in): the
 * token is the proof. Looking at a link changes nothing; confirming it turns its PENDING statuses
 * into ACCEPTED with a DOUBLE_OPT_IN_CONFIRMED evidence event (time, address, user agent); a link
 * works once and until it expires; an expired link whose statuses still wait can ask for a new mail.
 */
@Stateless
@PermitAll
public class Confirmations {

    static final String ACTOR = "participant";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Ledger ledger;

    @Inject
    ConfirmationRequests requests;

    @Inject
    Activities activities;

    public ConfirmationView inspect(String token, String language) {
        Request request = find(token, false);
        if (request == null) {
            return ConfirmationView.unknown();
        }
        List<ConfirmationRequests.Item> pending = pendingItems(request);
        ConfirmationView.State state = request.usedAt() != null ? ConfirmationView.State.USED
                : request.expiresAt().isBefore(clock.instant()) ? ConfirmationView.State.EXPIRED : ConfirmationView.State.VALID;
        return new ConfirmationView(state, requests.subjects(request.id(), language), request.expiresAt(),
                state == ConfirmationView.State.EXPIRED && !pending.isEmpty());
    }

    public ConfirmationView confirm(String token, String language, String ipAddress, String userAgent) {
        Request request = find(token, true);
        if (request == null) {
            return ConfirmationView.unknown();
        }
        Instant now = clock.instant();
        if (request.usedAt() != null) {
            return new ConfirmationView(ConfirmationView.State.USED, requests.subjects(request.id(), language), request.expiresAt(), false);
        }
        if (request.expiresAt().isBefore(now)) {
            return inspect(token, language);
        }
        em.createNativeQuery("select id from profile where id = ?1 for update").setParameter(1, request.profileId()).getSingleResult();
        String receipt = java.util.UUID.randomUUID().toString();
        for (ConfirmationRequests.Item item : pendingItems(request)) {
            ledger.append(new ConsentEvent(request.profileId(), item.purposeId(), item.purposeVersion(), item.channelId(),
                    ConsentState.PENDING, ConsentState.ACCEPTED, EventType.DOUBLE_OPT_IN_CONFIRMED, now, now,
                    Provenance.of(SourceType.DOUBLE_OPT_IN, "confirmation:" + request.id(), ACTOR, ipAddress, userAgent,
                            Languages.isSupported(language) ? language : request.language(), null)).inReceipt(receipt));
        }
        em.createNativeQuery("update confirmation_request set used_at = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(now)).setParameter(2, request.id()).executeUpdate();
        activities.record(request.profileId(), Activities.DOUBLE_OPT_IN_CONFIRMED, now, now, SourceType.DOUBLE_OPT_IN,
                "confirmation:" + request.id());
        return new ConfirmationView(ConfirmationView.State.CONFIRMED, requests.subjects(request.id(), language), request.expiresAt(), false,
                receipt);
    }

    /** For an expired link whose statuses still wait: a new request and a new mail. False when there is nothing to renew. */
    public boolean renew(String token) {
        Request request = find(token, true);
        if (request == null || request.usedAt() != null || !request.expiresAt().isBefore(clock.instant())) {
            return false;
        }
        return requests.replace(request.id(), request.profileId(), request.email(), request.language(), "renewal:" + request.id())
                .isPresent();
    }

    private Request find(String token, boolean lock) {
        if (!Tokens.wellFormed(token)) {
            return null;
        }
        Object[] row = (Object[]) em.createNativeQuery("select id, profile_id, email, language, expires_at, used_at"
                        + " from confirmation_request where token_hash = ?1" + (lock ? " for update" : ""))
                .setParameter(1, Tokens.hash(token))
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            return null;
        }
        return new Request(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                ((Timestamp) row[4]).toInstant(), row[5] == null ? null : ((Timestamp) row[5]).toInstant());
    }

    private List<ConfirmationRequests.Item> pendingItems(Request request) {
        return requests.pending(request.id(), request.profileId());
    }


    private record Request(long id, long profileId, String email, String language, Instant expiresAt, Instant usedAt) {
    }
}
