package com.consentmanager.profile.control;

import com.consentmanager.platform.ConflictException;
import com.consentmanager.profile.entity.Profile;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place profiles are created, one at a time ({@link #findOrCreate}, locking the row for the
 * rest of the transaction: every change to one person's statuses is serialised, so concurrent
 * submissions never lose an event or interleave) or set-based for an import chunk
 * ({@link #createAll}). Creation is race-free (insert ... on conflict do nothing, then read).
 */
@Dependent
public class ProfileStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EmailHashes hashes;

    /** The profile with this key, created when missing, locked; {@code created} says which. */
    public Locked findOrCreate(String externalId, String email, String phone, String language) {
        Instant now = clock.instant();
        String insert = "insert into profile (external_id, email, email_hash, phone, language, created_at, updated_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
                + (externalId != null ? " on conflict (external_id) do nothing" : " on conflict (email) where external_id is null do nothing");
        int inserted = em.createNativeQuery(insert)
                .setParameter(1, externalId)
                .setParameter(2, email)
                .setParameter(3, hashes.of(email))
                .setParameter(4, phone)
                .setParameter(5, language)
                .setParameter(6, Timestamp.from(now))
                .executeUpdate();
        Profile profile = (externalId != null
                ? em.createNamedQuery(Profile.BY_EXTERNAL_ID, Profile.class).setParameter("externalId", externalId)
                : em.createNamedQuery(Profile.BY_EMAIL_KEY, Profile.class).setParameter("email", email))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        if (inserted == 0) {
            profile.complete(email, hashes.of(email), phone, language, now);
        }
        return new Locked(profile, inserted == 1);
    }

    /** The profile with this id, locked; empty when none or erased. */
    public Optional<Profile> lock(long id) {
        return Optional.ofNullable(em.find(Profile.class, id, LockModeType.PESSIMISTIC_WRITE)).filter(profile -> !profile.isErased());
    }

    /** The one profile the reference names, locked; empty when none. */
    public Optional<Profile> lock(String kind, String value) {
        List<Profile> found = switch (kind) {
            case "EXTERNAL_ID" -> em.createNamedQuery(Profile.BY_EXTERNAL_ID, Profile.class)
                    .setParameter("externalId", value).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            case "EMAIL" -> {
                List<Profile> keyed = em.createNamedQuery(Profile.BY_EMAIL_KEY, Profile.class)
                        .setParameter("email", value).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
                yield !keyed.isEmpty() ? keyed : em.createQuery("select p from Profile p where p.email = :email", Profile.class)
                        .setParameter("email", value).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            }
            default -> em.createQuery("select p from Profile p where p.phone = :phone", Profile.class)
                    .setParameter("phone", value).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        };
        if (found.size() > 1) {
            throw new ConflictException("profile.ambiguous", value, found.size());
        }
        return found.stream().findFirst();
    }

    /** A person an import names: keyed by external id when given, else by email. */
    public record Identity(String externalId, String email) {

        /** {@code x:<external id>} or {@code e:<email>}, as {@link #createAll} answers. */
        public String key() {
            return externalId != null ? "x:" + externalId : "e:" + email;
        }
    }

    /**
     * Creates, on the caller's connection and transaction, the profiles of these people that do not
     * exist yet (one statement per kind of key); returns the ids of those it created by
     * {@link Identity#key()}. The others (existing, or created meanwhile by another transaction) are
     * not in the answer: the caller looks them up.
     */
    public Map<String, Long> createAll(Connection connection, Collection<Identity> people, String language, Instant now)
            throws SQLException {
        Map<String, Long> created = new HashMap<>();
        for (boolean byExternalId : new boolean[]{true, false}) {
            List<Identity> kind = people.stream().filter(person -> (person.externalId() != null) == byExternalId).toList();
            if (kind.isEmpty()) {
                continue;
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into profile (external_id, email, email_hash, language, created_at, updated_at)
                    select x, e, h, ?, ?, ? from unnest(?::varchar[], ?::varchar[], ?::varchar[]) as t(x, e, h)
                    on conflict """ + (byExternalId ? "(external_id)" : "(email) where external_id is null")
                    + " do nothing returning id, external_id, email")) {
                insert.setString(1, language);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setArray(4, connection.createArrayOf("varchar", kind.stream().map(Identity::externalId).toArray()));
                insert.setArray(5, connection.createArrayOf("varchar", kind.stream().map(Identity::email).toArray()));
                insert.setArray(6, connection.createArrayOf("varchar", kind.stream()
                        .map(person -> person.email() == null ? null : hashes.of(person.email())).toArray()));
                try (ResultSet row = insert.executeQuery()) {
                    while (row.next()) {
                        created.put(new Identity(row.getString(2), row.getString(3)).key(), row.getLong(1));
                    }
                }
            }
        }
        return created;
    }

    /** A locked profile and whether this transaction created it. */
    public record Locked(Profile profile, boolean created) {
    }
}
