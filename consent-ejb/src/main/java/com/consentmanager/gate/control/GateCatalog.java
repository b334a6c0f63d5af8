package com.consentmanager.gate.control;

import com.consentmanager.platform.ConfigurationChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Channels and purposes as the gate needs them (ids, active flag, channels covered), held in
 * memory: the gate answers with one query on statuses. Reloaded after every committed change of
 * the configuration on this server, and at least every {@link #MAX_AGE} for changes made on
 * another server.
 */
@ApplicationScoped
public class GateCatalog {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    private volatile Snapshot snapshot;

    public Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() > MAX_AGE.toNanos()) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ConfigurationChanged change) {
        snapshot = null;
    }

    private Snapshot load() {
        Map<String, Long> channels = new HashMap<>();
        Map<String, PurposeEntry> purposes = new HashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select id, channel_key from channel")) {
                while (rows.next()) {
                    channels.put(rows.getString(2), rows.getLong(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("""
                    select p.id, p.purpose_key, p.active, array_agg(pc.channel_id), p.partner_id is not null,
                        case when p.on_material_change = 'BLOCK' then coalesce((select max(v.number) from purpose_version v
                            where v.purpose_id = p.id and v.material), 0) else 0 end
                    from purpose p left join purpose_channel pc on pc.purpose_id = p.id
                    group by p.id, p.purpose_key, p.active, p.partner_id, p.on_material_change""")) {
                while (rows.next()) {
                    Set<Long> covered = new HashSet<>();
                    Array array = rows.getArray(4);
                    for (Object id : (Object[]) array.getArray()) {
                        if (id != null) {
                            covered.add(((Number) id).longValue());
                        }
                    }
                    purposes.put(rows.getString(2), new PurposeEntry(rows.getLong(1), rows.getString(2), rows.getBoolean(3),
                            rows.getBoolean(5), Set.copyOf(covered), rows.getInt(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read channels and purposes", e);
        }
        return new Snapshot(Map.copyOf(channels), Map.copyOf(purposes), System.nanoTime());
    }

    /** The configuration at one moment. */
    public record Snapshot(Map<String, Long> channels, Map<String, PurposeEntry> purposes, long loadedAt) {

        /**
         * Ids of the company's own active purposes that cover the channel: what a check without a
         * purpose counts (DOMAIN.md rule 8). A partner consent never opens a channel for the
         * company's own sends; it counts only when a check names it.
         */
        public List<Long> activeOwnPurposesCovering(long channelId) {
            return purposes.values().stream().filter(p -> p.active() && !p.partner() && p.channels().contains(channelId))
                    .map(PurposeEntry::id).toList();
        }

        /** The version an acceptance of the purpose must stand on (0: any). */
        public int requiredVersion(long purposeId) {
            return purposes.values().stream().filter(p -> p.id() == purposeId).mapToInt(PurposeEntry::requiredVersion)
                    .findFirst().orElse(0);
        }
    }

    /**
     * A purpose as the gate sees it; {@code partner} when it is a partner's consent (rule 5);
     * {@code requiredVersion} the text version an acceptance must stand on (its last material
     * version when the purpose blocks on a material change; 0: any).
     */
    public record PurposeEntry(long id, String key, boolean active, boolean partner, Set<Long> channels, int requiredVersion) {
    }
}
