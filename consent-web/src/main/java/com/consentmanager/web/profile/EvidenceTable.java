package com.consentmanager.web.profile;

import com.consentmanager.profile.boundary.EvidenceEntry;
import com.consentmanager.profile.boundary.ProfileQueries;
import com.consentmanager.web.KeyedLazyModel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** One person's evidence timeline, newest first, a page at a time from the database. */
@Dependent
public class EvidenceTable extends KeyedLazyModel<EvidenceEntry> {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProfileQueries profiles;

    private long profileId;

    void of(long id) {
        this.profileId = id;
    }

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return Math.toIntExact(profiles.countEvidence(profileId));
    }

    @Override
    public List<EvidenceEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> columnFilters) {
        return profiles.evidence(profileId, first, pageSize);
    }

    @Override
    protected Object key(EvidenceEntry entry) {
        return entry.getRowKey();
    }
}
