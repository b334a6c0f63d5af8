package com.consentmanager.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs a real PostgreSQL 15 (zonky binaries from Maven Central) for the run and test commands when
 * no external database is given. It listens on localhost only, keeps its cluster in the given data
 * folder (so the run command's data survives restarts), creates the two roles and the database on
 * first start, prints {@code READY} and then lives until it is terminated. The owner role owns the
 * database and its schema (the migrations run as it); the application role owns nothing and gets
 * its rights from the migrations' grants (docs/operations-guide.md, "Two roles").
 *
 * <p>Arguments: {@code --port 5433 --data <dir> --work <dir> --database consent --user consent
 * --password <secret> --app-user consent_app --app-password <secret>}.
 */
public final class EmbeddedDatabase {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        Map<String, String> options = parse(args);
        int port = Integer.parseInt(options.getOrDefault("port", "5433"));
        Path data = Path.of(required(options, "data")).toAbsolutePath();
        Path work = Path.of(options.getOrDefault("work", data.resolveSibling("pg-binaries").toString())).toAbsolutePath();
        String database = identifier(options.getOrDefault("database", "consent"));
        String user = identifier(options.getOrDefault("user", "consent"));
        String password = required(options, "password");
        String appUser = identifier(options.getOrDefault("app-user", "consent_app"));
        String appPassword = required(options, "app-password");
        if (appUser.equals(user)) {
            throw new IllegalArgumentException("The application role must differ from the owner role " + user);
        }

        Files.createDirectories(data.getParent());
        Files.createDirectories(work);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(work.toFile())
                .setServerConfig("listen_addresses", "localhost")
                // EJB timers and the application pool share one database; the default of 100 is
                // plenty, but name it so nobody wonders.
                .setServerConfig("max_connections", "100")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }, "embedded-postgres-stop"));

        createRolesAndDatabase(postgres, database, user, password, appUser, appPassword);
        System.out.println("READY jdbc:postgresql://localhost:" + port + "/" + database);
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void createRolesAndDatabase(EmbeddedPostgres postgres, String database, String user, String password,
                                               String appUser, String appPassword) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            login(connection, statement, user, password);
            login(connection, statement, appUser, appPassword);
            if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                statement.execute("create database " + database + " owner " + user + " encoding 'UTF8'");
            }
            statement.execute("grant connect, temporary on database " + database + " to " + appUser);
        }
    }

    /** A login role with no other right (no superuser, no database or role creation), its password set. */
    private static void login(Connection connection, Statement statement, String role, String password) throws SQLException {
        // Identifiers were checked against IDENTIFIER; the password goes in as a literal.
        String literal = "'" + password.replace("'", "''") + "'";
        if (!exists(connection, "select 1 from pg_roles where rolname = ?", role)) {
            statement.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole password " + literal);
        } else {
            statement.execute("alter role " + role + " password " + literal);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --option value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return value;
    }

    private static String identifier(String value) {
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL identifier: " + value);
        }
        return value;
    }
}
