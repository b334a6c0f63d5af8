package com.consentmanager.operation.control;

import com.consentmanager.operation.boundary.OperationFilter;
import com.consentmanager.operation.entity.Operation;
import com.consentmanager.platform.LikePattern;
import com.consentmanager.platform.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The queries on operations for the console and the API: one by key, the filtered list, the count of submissions. */
@Dependent
public class OperationReads {

    @PersistenceContext
    EntityManager em;

    /** The operation with this key (trimmed), or a 404 ({@code operation.not_found}). */
    public Operation get(String key) {
        if (key == null || key.isBlank()) {
            throw new NotFoundException("operation.not_found", String.valueOf(key));
        }
        return em.createNamedQuery(Operation.BY_KEY, Operation.class).setParameter("key", key.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("operation.not_found", key));
    }

    /** Latest changed first, then by key; at most 500 a page. */
    public List<Operation> list(OperationFilter filter, int first, int max) {
        return filtered(filter, "select o from Operation o", " order by o.updatedAt desc, o.key", Operation.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList();
    }

    public long count(OperationFilter filter) {
        return filtered(filter, "select count(o) from Operation o", "", Long.class).getSingleResult();
    }

    /** How many times participants submitted the operation's form. */
    public long submissions(long operationId) {
        return ((Number) em.createNativeQuery("select count(*) from operation_submission where operation_id = ?1")
                .setParameter(1, operationId).getSingleResult()).longValue();
    }

    private <T> TypedQuery<T> filtered(OperationFilter filter, String select, String order, Class<T> type) {
        OperationFilter criteria = filter == null ? new OperationFilter() : filter;
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (criteria.getState() != null) {
            where.add("o.state = :state");
            parameters.put("state", criteria.getState());
        }
        if (criteria.getText() != null && !criteria.getText().isBlank()) {
            where.add("(lower(o.key) like :text escape '\\' or lower(o.name) like :text escape '\\')");
            parameters.put("text", LikePattern.containing(criteria.getText()));
        }
        TypedQuery<T> query = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
