package com.consentmanager.migration.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema to the version this build expects (Flyway migrations under
 * {@code db/migration}) when the application starts, before anything else touches the database.
 * EclipseLink never generates DDL. Bean-managed: Flyway commits each migration itself.
 *
 * <p>Two roles: the migrations run as the schema's owner ({@code jdbc/consent-owner}); the
 * application runs as a role that owns nothing ({@code jdbc/consent}), whose rights the callback
 * {@code db/callback/afterMigrate.sql} lays down after every migration: no UPDATE, DELETE or
 * TRUNCATE on the evidence and the texts it points to, and no way to alter a table or a trigger.
 */
@Singleton(name = "SchemaMigrator")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/consent-owner")
    DataSource owner;

    @Resource(lookup = "jdbc/consent")
    DataSource application;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(owner)
                .locations("classpath:db/migration", "classpath:db/callback")
                .placeholders(Map.of("app_role", applicationRole()))
                .table("schema_history")
                // Payara creates its EJB timer table (EJB__TIMER__TBL) in this database as soon as
                // the application has a timer, possibly before this runs. Such a foreign table must
                // not stop the first migration: start from an empty baseline (version 0), so that
                // every migration still runs and one that meets its own tables already there fails.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
    }

    /** The role the application's pool signs in as: the one the grants are for. */
    private String applicationRole() {
        try (Connection connection = application.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select quote_ident(current_user)")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the application's database role", e);
        }
    }
}
