package com.consentmanager.preference.control;

import com.consentmanager.platform.Languages;
import com.consentmanager.profile.boundary.ProfileReference;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reads behind the preference centre and one-click unsubscribe: the person, what they can choose, the names shown. */
@Dependent
public class PreferenceReads {

    @PersistenceContext
    EntityManager em;

    /** The person a link opens. */
    public record Person(long id, String externalId, String email, String language, boolean objected) {

        /** How the ledger names them: by external id when they have one, else by email. */
        public ProfileReference reference() {
            return externalId != null ? ProfileReference.externalId(externalId) : ProfileReference.email(email);
        }
    }

    /** A channel of a purpose, with the person's status on it and the text version that status stands on (0: none). */
    public record Cell(long channelId, String channelKey, String channelName, String state, int version) {
    }

    /** A purpose as the preference centre shows it, in the page's language (French where untranslated). */
    public record Line(long id, String key, String kind, String lawfulBasis, boolean active, boolean doubleOptIn,
                       String partnerName, int version, int materialVersion, String subject, String wording, String infoUrl,
                       String additionalText, List<Cell> cells) {
    }

    public Person person(long profileId) {
        Object[] row = (Object[]) em.createNativeQuery("select id, external_id, email, language, objected_at is not null"
                        + " from profile where id = ?1 and erased_at is null")
                .setParameter(1, profileId).getSingleResult();
        return new Person(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3], (Boolean) row[4]);
    }

    /** A purpose's kind and lawful basis point, by key; empty for an unknown key. */
    public java.util.Optional<String[]> kindAndBasis(String purposeKey) {
        return em.createNativeQuery("select kind, lawful_basis from purpose where purpose_key = ?1")
                .setParameter(1, purposeKey).getResultStream().findFirst()
                .map(row -> new String[] {(String) ((Object[]) row)[0], (String) ((Object[]) row)[1]});
    }

    public String purposeKey(long purposeId) {
        return (String) em.createNativeQuery("select purpose_key from purpose where id = ?1").setParameter(1, purposeId).getSingleResult();
    }

    public String channelKey(long channelId) {
        return (String) em.createNativeQuery("select channel_key from channel where id = ?1").setParameter(1, channelId).getSingleResult();
    }

    /** A purpose's subject in force, in the language (French where untranslated). */
    public String subject(long purposeId, String language) {
        return (String) em.createNativeQuery("""
                        select coalesce(t.subject, d.subject) from purpose p
                        join purpose_version v on v.purpose_id = p.id and v.number = p.current_version
                        join purpose_version_text d on d.version_id = v.id and d.language = 'fr'
                        left join purpose_version_text t on t.version_id = v.id and t.language = ?2
                        where p.id = ?1""")
                .setParameter(1, purposeId).setParameter(2, language(language)).getSingleResult();
    }

    public String channelName(long channelId, String language) {
        return (String) em.createNativeQuery("""
                        select coalesce(t.name, d.name, c.channel_key) from channel c
                        left join channel_public_name d on d.channel_id = c.id and d.language = 'fr'
                        left join channel_public_name t on t.channel_id = c.id and t.language = ?2
                        where c.id = ?1""")
                .setParameter(1, channelId).setParameter(2, language(language)).getSingleResult();
    }

    /**
     * Every purpose the person can be offered (active) or has a status for, with the text in force
     * and the person's status per channel: own purposes first, then partners', each by key.
     */
    public List<Line> lines(long profileId, String language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select p.id, p.purpose_key, p.kind, p.lawful_basis, p.active, p.double_opt_in, pa.name, p.current_version,
                               coalesce(t.subject, d.subject), coalesce(t.wording, d.wording), coalesce(t.info_url, d.info_url),
                               coalesce(t.additional_text, d.additional_text),
                               c.id, c.channel_key, coalesce(cn.name, cd.name, c.channel_key), s.state, coalesce(s.purpose_version, 0),
                               coalesce((select max(m.number) from purpose_version m where m.purpose_id = p.id and m.material), 0)
                        from purpose p
                        join purpose_version v on v.purpose_id = p.id and v.number = p.current_version
                        join purpose_version_text d on d.version_id = v.id and d.language = 'fr'
                        left join purpose_version_text t on t.version_id = v.id and t.language = ?2
                        left join partner pa on pa.id = p.partner_id
                        join purpose_channel pc on pc.purpose_id = p.id
                        join channel c on c.id = pc.channel_id
                        left join channel_public_name cd on cd.channel_id = c.id and cd.language = 'fr'
                        left join channel_public_name cn on cn.channel_id = c.id and cn.language = ?2
                        left join consent_status s on s.profile_id = ?1 and s.purpose_id = p.id and s.channel_id = c.id
                        where p.active or exists (select 1 from consent_status x where x.profile_id = ?1 and x.purpose_id = p.id
                                                  and x.state in ('ACCEPTED', 'PENDING'))
                        order by p.partner_id is not null, p.purpose_key, c.channel_key""")
                .setParameter(1, profileId).setParameter(2, language(language)).getResultList();
        Map<Long, Line> lines = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            Line line = lines.computeIfAbsent(id, key -> new Line(id, (String) row[1], (String) row[2], (String) row[3],
                    (Boolean) row[4], (Boolean) row[5], (String) row[6], ((Number) row[7]).intValue(), ((Number) row[17]).intValue(),
                    (String) row[8],
                    (String) row[9], (String) row[10], (String) row[11], new ArrayList<>()));
            line.cells().add(new Cell(((Number) row[12]).longValue(), (String) row[13], (String) row[14],
                    row[15] == null ? "UNKNOWN" : (String) row[15], ((Number) row[16]).intValue()));
        }
        return List.copyOf(lines.values());
    }

    private static String language(String language) {
        return Languages.isSupported(language) ? language : Languages.DEFAULT;
    }
}
