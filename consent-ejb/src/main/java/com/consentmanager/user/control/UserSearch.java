package com.consentmanager.user.control;

import com.consentmanager.platform.LikePattern;
import com.consentmanager.platform.Role;
import com.consentmanager.user.entity.ConsoleUser;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages of console users matching criteria, counted and read in the database (for lazy tables):
 * username containing a text in any case, a role, enabled or not; a null criterion matches all.
 */
@Dependent
public class UserSearch {

    @PersistenceContext
    EntityManager em;

    public long count(String usernamePart, Role role, Boolean enabled) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ConsoleUser> user = query.from(ConsoleUser.class);
        query.select(cb.count(user)).where(matching(cb, user, usernamePart, role, enabled));
        return em.createQuery(query).getSingleResult();
    }

    /** Ordered by username whatever its case, so that pages are stable. */
    public List<ConsoleUser> page(String usernamePart, Role role, Boolean enabled, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ConsoleUser> query = cb.createQuery(ConsoleUser.class);
        Root<ConsoleUser> user = query.from(ConsoleUser.class);
        query.select(user).where(matching(cb, user, usernamePart, role, enabled))
                .orderBy(cb.asc(cb.lower(user.get("username"))), cb.asc(user.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<ConsoleUser> user, String usernamePart, Role role,
                                        Boolean enabled) {
        List<Predicate> predicates = new ArrayList<>();
        if (usernamePart != null && !usernamePart.isBlank()) {
            predicates.add(cb.like(cb.lower(user.get("username")), LikePattern.containing(usernamePart), LikePattern.ESCAPE));
        }
        if (role != null) {
            predicates.add(cb.equal(user.get("role"), role));
        }
        if (enabled != null) {
            predicates.add(cb.equal(user.get("enabled"), enabled));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
