package com.consentmanager.web.profile;

import com.consentmanager.profile.boundary.ProfileQueries;
import com.consentmanager.profile.boundary.ProfileSummary;
import com.consentmanager.web.KeyedLazyModel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The search results, a page at a time: the text is matched, counted and paged by the database. */
@Dependent
public class ProfileTable extends KeyedLazyModel<ProfileSummary> {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProfileQueries profiles;

    private String text;

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return Math.toIntExact(profiles.countProfiles(text));
    }

    @Override
    public List<ProfileSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> columnFilters) {
        return profiles.searchProfiles(text, first, pageSize);
    }

    @Override
    protected Object key(ProfileSummary profile) {
        return profile.getId();
    }

    public String getText() { return text; }

    public void setText(String text) { this.text = text; }
}
