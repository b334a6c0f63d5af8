package com.consentmanager.operation.control;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.purpose.entity.Purpose;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data-acquisition settings of an operation: purposes offered, their order, channels, answer required. */
@Dependent
public class OperationSettings {

    @PersistenceContext
    EntityManager em;

    public record Setting(Purpose purpose, List<Channel> channels, boolean required) {
    }

    /** The settings in form order. */
    public List<Setting> of(long operationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select purpose_id, required from operation_purpose where operation_id = ?1"
                + " order by position").setParameter(1, operationId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> channelRows = em.createNativeQuery("select purpose_id, channel_id from operation_purpose_channel"
                + " where operation_id = ?1 order by channel_id").setParameter(1, operationId).getResultList();
        Map<Long, List<Channel>> channels = new LinkedHashMap<>();
        for (Object[] row : channelRows) {
            channels.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(em.find(Channel.class, ((Number) row[1]).longValue()));
        }
        List<Setting> settings = new ArrayList<>();
        for (Object[] row : rows) {
            long purposeId = ((Number) row[0]).longValue();
            settings.add(new Setting(em.find(Purpose.class, purposeId), channels.getOrDefault(purposeId, List.of()),
                    Boolean.TRUE.equals(row[1])));
        }
        return settings;
    }

    public void replace(long operationId, List<Setting> settings) {
        em.createNativeQuery("delete from operation_purpose where operation_id = ?1").setParameter(1, operationId).executeUpdate();
        int position = 0;
        for (Setting setting : settings) {
            position++;
            em.createNativeQuery("insert into operation_purpose (operation_id, purpose_id, position, required) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, operationId).setParameter(2, setting.purpose().getId()).setParameter(3, position)
                    .setParameter(4, setting.required()).executeUpdate();
            for (Channel channel : setting.channels()) {
                em.createNativeQuery("insert into operation_purpose_channel (operation_id, purpose_id, channel_id) values (?1, ?2, ?3)")
                        .setParameter(1, operationId).setParameter(2, setting.purpose().getId()).setParameter(3, channel.getId())
                        .executeUpdate();
            }
        }
    }

    /** The settings as the audit trail records them: {@code [purpose[channel, ...]!, ...]}, "!" when an answer is required. */
    public static String describe(List<Setting> settings) {
        return settings.stream().map(setting -> setting.purpose().getKey()
                        + setting.channels().stream().map(Channel::getKey).toList() + (setting.required() ? "!" : ""))
                .toList().toString();
    }

    /** The form lines these settings make now, with each purpose's wording version in force. */
    public static List<FormItem> items(List<Setting> settings) {
        List<FormItem> items = new ArrayList<>();
        int position = 0;
        for (Setting setting : settings) {
            position++;
            for (Channel channel : setting.channels()) {
                items.add(new FormItem(position, setting.purpose().getId(), setting.purpose().getCurrentVersion(), channel.getId(),
                        setting.required()));
            }
        }
        return items;
    }
}
