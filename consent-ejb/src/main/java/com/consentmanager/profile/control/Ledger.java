package com.consentmanager.profile.control;

import com.consentmanager.profile.entity.ConsentEvent;
import com.consentmanager.profile.entity.ConsentState;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence ledger and the statuses it keeps current: each change appends one evidence event and
 * sets the status to its state, in the caller's transaction (both or neither). The caller holds the
 * profile's row lock, so the status of a key always equals its last event's state.
 */
@Dependent
public class Ledger {

    private static final String UPSERT_STATUS = """
            insert into consent_status (profile_id, purpose_id, channel_id, state, purpose_version, event_time, last_event_id)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            on conflict (profile_id, purpose_id, channel_id) do update
            set state = excluded.state, purpose_version = excluded.purpose_version,
                event_time = excluded.event_time, last_event_id = excluded.last_event_id""";

    @PersistenceContext
    EntityManager em;

    /** The statuses of a profile: state by (purpose id, channel id). Missing means UNKNOWN. */
    public Map<Key, ConsentState> states(long profileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select purpose_id, channel_id, state from consent_status where profile_id = ?1")
                .setParameter(1, profileId)
                .getResultList();
        Map<Key, ConsentState> states = new HashMap<>();
        for (Object[] row : rows) {
            states.put(new Key(((Number) row[0]).longValue(), ((Number) row[1]).longValue()),
                    ConsentState.valueOf((String) row[2]));
        }
        return states;
    }

    /** The text versions a profile's statuses stand on, by (purpose id, channel id). */
    public Map<Key, Integer> versions(long profileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select purpose_id, channel_id, purpose_version from consent_status where profile_id = ?1")
                .setParameter(1, profileId)
                .getResultList();
        Map<Key, Integer> versions = new HashMap<>();
        for (Object[] row : rows) {
            versions.put(new Key(((Number) row[0]).longValue(), ((Number) row[1]).longValue()), ((Number) row[2]).intValue());
        }
        return versions;
    }

    /** Appends the event, brings the status to its state, and marks the purpose as used. */
    public long append(ConsentEvent event) {
        em.persist(event);
        em.flush();
        em.createNativeQuery(UPSERT_STATUS)
                .setParameter(1, event.getProfileId())
                .setParameter(2, event.getPurposeId())
                .setParameter(3, event.getChannelId())
                .setParameter(4, event.getEventState().name())
                .setParameter(5, event.getPurposeVersion())
                .setParameter(6, java.sql.Timestamp.from(event.getEventTime()))
                .setParameter(7, event.getId())
                .executeUpdate();
        em.createNativeQuery("update purpose set used_since = ?1 where id = ?2 and used_since is null")
                .setParameter(1, java.sql.Timestamp.from(event.getRecordedAt()))
                .setParameter(2, event.getPurposeId())
                .executeUpdate();
        return event.getId();
    }

    /** A status key within one profile. */
    public record Key(long purposeId, long channelId) {
    }
}
