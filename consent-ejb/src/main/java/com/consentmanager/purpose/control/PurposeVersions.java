package com.consentmanager.purpose.control;

import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeText;
import com.consentmanager.purpose.entity.PurposeVersion;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Writes and reads the immutable versions of purposes' texts. */
@Dependent
public class PurposeVersions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Puts a new version of the texts in force; the purpose must already be persistent. */
    public PurposeVersion add(Purpose purpose, Map<String, PurposeText> texts, boolean material, String actor) {
        int number = purpose.advanceVersion(clock.instant());
        PurposeVersion version = new PurposeVersion(purpose, number, material, texts, PurposeTexts.sha256(texts),
                clock.instant(), actor);
        em.persist(version);
        return version;
    }

    public PurposeVersion current(Purpose purpose) {
        return number(purpose, purpose.getCurrentVersion());
    }

    public PurposeVersion number(Purpose purpose, int number) {
        return em.createNamedQuery(PurposeVersion.BY_NUMBER, PurposeVersion.class)
                .setParameter("purpose", purpose)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** Newest first. */
    public List<PurposeVersion> all(Purpose purpose) {
        return em.createNamedQuery(PurposeVersion.OF_PURPOSE, PurposeVersion.class)
                .setParameter("purpose", purpose)
                .getResultList();
    }
}
