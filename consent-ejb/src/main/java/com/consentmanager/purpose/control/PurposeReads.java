package com.consentmanager.purpose.control;

import com.consentmanager.platform.LikePattern;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.purpose.boundary.PurposeFilter;
import com.consentmanager.purpose.entity.Purpose;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The queries on purposes: one by key, and the console's and the API's filtered list. */
@Dependent
public class PurposeReads {

    @PersistenceContext
    EntityManager em;

    /** The purpose with this key, or a 404 ({@code purpose.not_found}). */
    public Purpose get(String key) {
        return em.createNamedQuery(Purpose.BY_KEY, Purpose.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("purpose.not_found", key));
    }

    /** Active ones first, then built-in ones, then by key; at most 500 a page. */
    public List<Purpose> list(PurposeFilter filter, int first, int max) {
        return filtered(filter, "select p from Purpose p", " order by p.active desc, p.builtIn desc, p.key", Purpose.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList();
    }

    public long count(PurposeFilter filter) {
        return filtered(filter, "select count(p) from Purpose p", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(PurposeFilter filter, String select, String order, Class<T> type) {
        PurposeFilter criteria = filter == null ? new PurposeFilter() : filter;
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (criteria.getKind() != null) {
            where.add("p.kind = :kind");
            parameters.put("kind", criteria.getKind());
        }
        if (criteria.getActive() != null) {
            where.add("p.active = :active");
            parameters.put("active", criteria.getActive());
        }
        if (blank(criteria.getPartner()) == null && criteria.getPartner() != null) {
            criteria.setPartner(null);
        }
        if (criteria.getPartner() != null) {
            where.add("p.partner.key = :partner");
            parameters.put("partner", criteria.getPartner().strip());
        }
        if (blank(criteria.getChannel()) != null) {
            where.add("exists (select c from Purpose q join q.channels c where q = p and c.key = :channel)");
            parameters.put("channel", criteria.getChannel().strip());
        }
        if (blank(criteria.getText()) != null) {
            where.add("(lower(p.key) like :text escape '\\' or exists (select v from PurposeVersion v join v.texts t"
                    + " where v.purpose = p and v.number = p.currentVersion and lower(t.subject) like :text escape '\\'))");
            parameters.put("text", LikePattern.containing(criteria.getText()));
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** People with at least one ACCEPTED status of the purpose, by the text version it was given on. */
    public java.util.Map<Integer, Long> acceptedByVersion(Purpose purpose) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select purpose_version, count(distinct profile_id) from consent_status"
                        + " where purpose_id = ?1 and state = 'ACCEPTED' group by purpose_version")
                .setParameter(1, purpose.getId()).getResultList();
        java.util.Map<Integer, Long> counts = new java.util.TreeMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counts;
    }
}
