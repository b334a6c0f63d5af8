package com.consentmanager.bench.server;

import com.consentmanager.gate.boundary.Gate;
import com.consentmanager.gate.boundary.GateAnswer;
import com.consentmanager.platform.Role;
import com.consentmanager.profile.boundary.ProfileReference;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Single checks in a loop inside the server, on the same random people (same seed): through the
 * gate's local view, and as raw JDBC doing what the gate does for one email (hash the email as
 * EmailHashes does, take a pooled connection, run the gate's query, read the rows). Without a
 * transaction, as the REST resource calls the gate. Runs as AUDITOR, a role that may read the gate.
 */
@Stateless
@RunAs(Role.AUDITOR_NAME)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GateLoops {

    /** The text of StatusReads.BY_EMAIL (gate.control): the baseline runs exactly the gate's query. */
    static final String BY_EMAIL = """
            select p.id, p.objected_at is not null, s.purpose_id, s.state
            from profile p
            left join consent_status s on s.profile_id = p.id and s.channel_id = ? and s.purpose_id = any(?)
            where p.email_hash = ? and (p.erased_at is null or p.objected_at is not null)""";

    /** What a loop did: how many checks, in how long, and how many were allowed (the same for both loops). */
    public record Result(int checks, long nanos, int allowed) {
    }

    @EJB
    Gate gate;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    public Result throughGate(int checks, int profiles, long seed, String channel, String purpose) {
        SplittableRandom random = new SplittableRandom(seed);
        int allowed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            GateAnswer answer = gate.canContact(ProfileReference.email(email(random, profiles)), purpose, channel);
            if (answer.isAllowed()) {
                allowed++;
            }
        }
        return new Result(checks, System.nanoTime() - start, allowed);
    }

    public Result rawJdbc(int checks, int profiles, long seed, String channel, String purpose) throws SQLException {
        long channelId = id("select id from channel where channel_key = ?", channel);
        long purposeId = id("select id from purpose where purpose_key = ?", purpose);
        byte[] key = secret();
        SplittableRandom random = new SplittableRandom(seed);
        int allowed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            String hash = hmac(key, email(random, profiles));
            try (Connection connection = database.getConnection();
                 PreparedStatement query = connection.prepareStatement(BY_EMAIL)) {
                Array ids = connection.createArrayOf("bigint", new Long[] {purposeId});
                query.setLong(1, channelId);
                query.setArray(2, ids);
                query.setString(3, hash);
                boolean accepted = false;
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        accepted |= !rows.getBoolean(2) && "ACCEPTED".equals(rows.getString(4));
                    }
                }
                if (accepted) {
                    allowed++;
                }
            }
        }
        return new Result(checks, System.nanoTime() - start, allowed);
    }

    /** The generated people are bench-1@example.com ... bench-{profiles}@example.com. */
    private static String email(SplittableRandom random, int profiles) {
        return "bench-" + (1 + random.nextInt(profiles)) + "@example.com";
    }

    /** As EmailHashes.of: a new Mac per call. */
    private static String hmac(byte[] key, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(email.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select secret from application_secret where name = 'profile.email_hash'");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private long id(String sql, String key) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("Unknown key " + key);
                }
                return row.getLong(1);
            }
        }
    }
}
