package com.consentmanager.importing.control;

import com.consentmanager.platform.LikePattern;
import com.consentmanager.profile.boundary.ProfileErased;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What an erasure takes out of the imports, in the erasure's transaction: the error cells that hold
 * the person's address, phone or external id (a line the import refused still names them), the dry
 * runs' previews keyed by them, and any uploaded file still held (a validated import awaiting its
 * run, a stopped or failed one, or one kept by the retention setting) that contains the address or
 * the external id: such a file is deleted, and its import can no longer run (its SHA-256 and counts
 * stay). Files of ended imports are already gone unless a retention is set ({@link ImportFiles}).
 */
@Dependent
public class ImportErasures {

    static final String FILE_ERASED = "Its file was deleted by the erasure of a person it named.";

    @PersistenceContext
    EntityManager em;

    void erased(@Observes ProfileErased erased) {
        for (String identifier : new String[] {erased.email(), erased.externalId()}) {
            if (identifier == null || identifier.isBlank()) {
                continue;
            }
            String pattern = LikePattern.containing(identifier);
            em.createNativeQuery("update import_error set cell_value = null where lower(cell_value) like ?1")
                    .setParameter(1, pattern).executeUpdate();
            em.createNativeQuery("delete from import_preview where lower(profile_key) = ?1")
                    .setParameter(1, identifier.strip().toLowerCase(java.util.Locale.ROOT)).executeUpdate();
            // encode(..., 'escape') keeps printable ASCII as it is: an address in any case is found in a
            // UTF-8 or Windows-1252 file alike. A running import keeps its file: it reads it chunk by chunk.
            em.createNativeQuery("""
                    update import_job set state = case when state = 'VALIDATED' then 'FAILED' else state end,
                           failure = ?2
                    where id in (select f.job_id from import_file f join import_job j on j.id = f.job_id
                                 where j.state not in ('QUEUED', 'RUNNING') and lower(encode(f.content, 'escape')) like ?1)""")
                    .setParameter(1, pattern).setParameter(2, FILE_ERASED).executeUpdate();
            em.createNativeQuery("""
                    delete from import_file f using import_job j
                    where j.id = f.job_id and j.state not in ('QUEUED', 'RUNNING') and lower(encode(f.content, 'escape')) like ?1""")
                    .setParameter(1, pattern).executeUpdate();
        }
        if (erased.phone() != null && erased.phone().length() > 4) {
            // Cells hold the number as typed (06 12 34 56 78, +33 6...): compare digits, the last nine.
            String digits = erased.phone().replaceAll("[^0-9]", "");
            String tail = digits.substring(Math.max(0, digits.length() - 9));
            em.createNativeQuery("update import_error set cell_value = null where regexp_replace(cell_value, '[^0-9]', '', 'g') like ?1")
                    .setParameter(1, "%" + tail).executeUpdate();
        }
    }
}
