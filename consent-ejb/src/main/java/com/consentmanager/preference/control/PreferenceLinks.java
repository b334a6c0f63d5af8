package com.consentmanager.preference.control;

import com.consentmanager.platform.Tokens;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Personal links: a 256-bit token per link ({@link Tokens}), only its SHA-256 stored. A link made
 * for a mail names what the mail was about (a purpose on a channel), or nothing for a mail about
 * everything. Revoking a person's links closes the preference centre to them; their one-click
 * unsubscribe stays open (withdrawing is never refused).
 */
@Dependent
public class PreferenceLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** One stored link: whom it opens, what its mail was about (both null: everything), whether revoked. */
    public record Link(long id, long profileId, Long purposeId, Long channelId, boolean revoked) {
    }

    /** A new link for the person, in the caller's transaction; the token exists only in the answer. */
    public String issue(long profileId, Long purposeId, Long channelId) {
        String token = Tokens.newToken();
        em.createNativeQuery("insert into preference_link (token_hash, profile_id, purpose_id, channel_id, created_at)"
                        + " values (?1, ?2, cast(?3 as bigint), cast(?4 as bigint), ?5)") // a null is bound as text
                .setParameter(1, Tokens.hash(token))
                .setParameter(2, profileId)
                .setParameter(3, purposeId)
                .setParameter(4, channelId)
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
        return token;
    }

    /** The link of a token; empty for a malformed, unknown or forged one, or one of an erased person. */
    public Optional<Link> find(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNativeQuery("select l.id, l.profile_id, l.purpose_id, l.channel_id, l.revoked_at is not null"
                        + " from preference_link l join profile p on p.id = l.profile_id"
                        + " where l.token_hash = ?1 and p.erased_at is null")
                .setParameter(1, Tokens.hash(token))
                .getResultStream().findFirst()
                .map(found -> {
                    Object[] row = (Object[]) found;
                    return new Link(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                            row[2] == null ? null : ((Number) row[2]).longValue(),
                            row[3] == null ? null : ((Number) row[3]).longValue(), (Boolean) row[4]);
                });
    }

    public void used(Link link) {
        em.createNativeQuery("update preference_link set last_used_at = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, link.id()).executeUpdate();
    }

    /** Revokes every open link of the person; returns how many. */
    public int revokeAll(long profileId) {
        Instant now = clock.instant();
        return em.createNativeQuery("update preference_link set revoked_at = ?1 where profile_id = ?2 and revoked_at is null")
                .setParameter(1, Timestamp.from(now)).setParameter(2, profileId).executeUpdate();
    }

    /** An erased person's links are gone (they name nothing personal, but nothing of the person stays that is not kept on purpose). */
    public void forget(long profileId) {
        em.createNativeQuery("delete from preference_link where profile_id = ?1").setParameter(1, profileId).executeUpdate();
    }
}
