package com.consentmanager.receipt.control;

import com.consentmanager.platform.Languages;
import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.EventType;
import com.consentmanager.profile.entity.SourceType;
import com.consentmanager.purpose.entity.LawfulBasis;
import com.consentmanager.purpose.entity.PurposeKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds a receipt from the evidence one decision wrote (the events sharing its receipt id): each
 * purpose with the text the person was shown (the event's version, in the event's language, French
 * where untranslated), each channel's change, and the provenance. The address is passed on to be
 * masked; an erased person has none.
 */
@Dependent
public class ReceiptReads {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "consent.controller.name", defaultValue = "Consent Manager")
    String controllerName;

    /** An email address or an http(s) address where the person reaches the controller. */
    @Inject
    @ConfigProperty(name = "consent.controller.contact", defaultValue = "http://localhost:8080/consent")
    String controllerContact;

    public Optional<Receipt> find(UUID receiptId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select e.id, e.event_time, e.recorded_at, coalesce(e.language, p.language), e.source_type, e.source_reference,
                               e.previous_state, e.event_state, e.event_type, e.purpose_version,
                               pu.purpose_key, pu.kind, pu.lawful_basis, coalesce(t.subject, d.subject), coalesce(t.wording, d.wording),
                               case when t.subject is null then 'fr' else t.language end,
                               c.channel_key, coalesce(cn.name, cd.name, c.channel_key),
                               case when p.erased_at is null then p.email end
                        from consent_event e
                        join profile p on p.id = e.profile_id
                        join purpose pu on pu.id = e.purpose_id
                        join purpose_version v on v.purpose_id = e.purpose_id and v.number = e.purpose_version
                        join purpose_version_text d on d.version_id = v.id and d.language = 'fr'
                        left join purpose_version_text t on t.version_id = v.id and t.language = coalesce(e.language, p.language)
                        join channel c on c.id = e.channel_id
                        left join channel_public_name cd on cd.channel_id = c.id and cd.language = 'fr'
                        left join channel_public_name cn on cn.channel_id = c.id and cn.language = coalesce(e.language, p.language)
                        where e.receipt_id = ?1
                        order by pu.purpose_key, c.channel_key, e.id""")
                .setParameter(1, receiptId.toString()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        String language = Languages.isSupported((String) first[3]) ? (String) first[3] : Languages.DEFAULT;
        Map<String, List<Object[]>> byPurpose = new LinkedHashMap<>();
        rows.forEach(row -> byPurpose.computeIfAbsent((String) row[10], key -> new ArrayList<>()).add(row));
        List<ReceiptPurpose> purposes = new ArrayList<>();
        byPurpose.forEach((key, events) -> {
            Object[] row = events.get(0);
            List<ReceiptChannel> channels = events.stream().map(event -> new ReceiptChannel((String) event[16], (String) event[17],
                    ConsentState.valueOf((String) event[7]), ConsentState.valueOf((String) event[6]), EventType.valueOf((String) event[8]),
                    String.valueOf(((Number) event[0]).longValue()))).toList();
            purposes.add(new ReceiptPurpose(key, (String) row[13], PurposeKind.valueOf((String) row[11]),
                    LawfulBasis.ofPoint((String) row[12]).orElseThrow(), ((Number) row[9]).intValue(),
                    new Notice((String) row[14], (String) row[15]), channels));
        });
        return Optional.of(new Receipt(receiptId, ((Timestamp) first[1]).toInstant(), ((Timestamp) first[2]).toInstant(), language,
                new DataController(controllerName, controllerContact), (String) first[18], purposes,
                new ReceiptProvenance(SourceType.valueOf((String) first[4]), (String) first[5])));
    }
}
