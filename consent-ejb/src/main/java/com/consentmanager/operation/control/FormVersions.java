package com.consentmanager.operation.control;

import com.consentmanager.platform.Languages;
import com.consentmanager.platform.Sha256;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of an operation's form, written once (a trigger refuses changes). A new version is
 * made whenever the rendered content differs from the latest one, in any language: a change of the
 * settings, or of a wording the form shows, or of a channel's public name. Each version keeps its
 * lines (what a submission is checked against) and its rendered content per language with its
 * SHA-256.
 */
@Dependent
public class FormVersions {

    @PersistenceContext
    EntityManager em;

    public record Stored(int number, Instant createdAt, String sha256Fr, String sha256En) {

        public String sha256(String language) {
            return Languages.ENGLISH.equals(language) ? sha256En : sha256Fr;
        }
    }

    public Optional<Stored> latest(long operationId) {
        return stored(operationId, "select number, created_at, sha256_fr, sha256_en from operation_form_version"
                + " where operation_id = ?1 order by number desc limit 1", null);
    }

    /** The number of the latest version, 0 while the form was never configured. */
    public int currentNumber(long operationId) {
        return latest(operationId).map(Stored::number).orElse(0);
    }

    public Optional<Stored> find(long operationId, int number) {
        return stored(operationId, "select number, created_at, sha256_fr, sha256_en from operation_form_version"
                + " where operation_id = ?1 and number = ?2", number);
    }

    private Optional<Stored> stored(long operationId, String sql, Integer number) {
        var query = em.createNativeQuery(sql).setParameter(1, operationId);
        if (number != null) {
            query.setParameter(2, number);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(row -> new Stored(((Number) row[0]).intValue(), instant(row[1]),
                ((String) row[2]).trim(), ((String) row[3]).trim()));
    }

    /**
     * The number of the version whose content is this one: the latest when it says the same, else a
     * new one. The operation row is locked before writing, so two requests never make the same
     * version twice.
     */
    public int ensure(long operationId, List<FormItem> items, Map<String, String> contentByLanguage, Instant now) {
        String fr = contentByLanguage.get(Languages.FRENCH);
        String en = contentByLanguage.get(Languages.ENGLISH);
        String shaFr = Sha256.hex(fr);
        String shaEn = Sha256.hex(en);
        Optional<Stored> latest = latest(operationId);
        if (latest.isPresent() && latest.get().sha256Fr().equals(shaFr) && latest.get().sha256En().equals(shaEn)) {
            return latest.get().number();
        }
        em.createNativeQuery("select id from operation where id = ?1 for update").setParameter(1, operationId).getSingleResult();
        latest = latest(operationId);
        if (latest.isPresent() && latest.get().sha256Fr().equals(shaFr) && latest.get().sha256En().equals(shaEn)) {
            return latest.get().number();
        }
        int number = latest.map(Stored::number).orElse(0) + 1;
        em.createNativeQuery("insert into operation_form_version (operation_id, number, created_at, content_fr, sha256_fr,"
                        + " content_en, sha256_en) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, operationId).setParameter(2, number).setParameter(3, Timestamp.from(now))
                .setParameter(4, fr).setParameter(5, shaFr).setParameter(6, en).setParameter(7, shaEn).executeUpdate();
        for (FormItem item : items) {
            em.createNativeQuery("insert into operation_form_item (operation_id, form_version, position, purpose_id,"
                            + " purpose_version, channel_id, required) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, operationId).setParameter(2, number).setParameter(3, item.position())
                    .setParameter(4, item.purposeId()).setParameter(5, item.purposeVersion()).setParameter(6, item.channelId())
                    .setParameter(7, item.required()).executeUpdate();
        }
        return number;
    }

    public List<FormItem> items(long operationId, int number) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select position, purpose_id, purpose_version, channel_id, required"
                        + " from operation_form_item where operation_id = ?1 and form_version = ?2 order by position, channel_id")
                .setParameter(1, operationId).setParameter(2, number).getResultList();
        List<FormItem> items = new ArrayList<>();
        for (Object[] row : rows) {
            items.add(new FormItem(((Number) row[0]).intValue(), ((Number) row[1]).longValue(), ((Number) row[2]).intValue(),
                    ((Number) row[3]).longValue(), Boolean.TRUE.equals(row[4])));
        }
        return items;
    }

    /** The rendered content of a version in a language, as stored. */
    public Optional<String> content(long operationId, int number, String language) {
        String column = Languages.ENGLISH.equals(language) ? "content_en" : "content_fr";
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select " + column + " from operation_form_version where operation_id = ?1"
                + " and number = ?2").setParameter(1, operationId).setParameter(2, number).getResultList();
        return rows.stream().findFirst();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
