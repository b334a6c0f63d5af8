package com.consentmanager.user.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Slows down password guessing: every failed sign-in for a user name is counted, and after
 * {@value #MAX_FAILURES} failures in a row the name is locked for {@link #LOCK}, even with the right
 * password. A success clears the count. Set-based SQL with {@code ON CONFLICT}, so two concurrent
 * attempts count twice.
 */
@Dependent
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public boolean isLocked(String username) {
        List<?> until = em.createNativeQuery("select locked_until from login_throttle where username = ? and locked_until > ?")
                .setParameter(1, key(username))
                .setParameter(2, now())
                .getResultList();
        return !until.isEmpty();
    }

    /** @return the failures in a row so far, this one included */
    public int recordFailure(String username) {
        OffsetDateTime now = now();
        Number failures = (Number) em.createNativeQuery("""
                        insert into login_throttle (username, failures, last_failure_at) values (?, 1, ?)
                        on conflict (username) do update
                           set failures = case when login_throttle.locked_until <= excluded.last_failure_at
                                               then 1 else login_throttle.failures + 1 end,
                               locked_until = case when login_throttle.locked_until <= excluded.last_failure_at
                                                   then null else login_throttle.locked_until end,
                               last_failure_at = excluded.last_failure_at
                        returning failures""")
                .setParameter(1, key(username))
                .setParameter(2, now)
                .getSingleResult();
        if (failures.intValue() >= MAX_FAILURES) {
            em.createNativeQuery("update login_throttle set locked_until = ? where username = ? and locked_until is null")
                    .setParameter(1, now.plus(LOCK))
                    .setParameter(2, key(username))
                    .executeUpdate();
        }
        return failures.intValue();
    }

    public void recordSuccess(String username) {
        em.createNativeQuery("delete from login_throttle where username = ?").setParameter(1, key(username)).executeUpdate();
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }

    /** Names are counted case-insensitively and cut to the column size. */
    private static String key(String username) {
        String key = username.strip().toLowerCase(java.util.Locale.ROOT);
        return key.length() > 64 ? key.substring(0, 64) : key;
    }
}
