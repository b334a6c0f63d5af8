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
import java.util.logging.Logger;

/**
 * Brings the schema to the version this build expects (Flyway migrations under
 * {@code db/migration}) when the application starts, before anything else touches the database.
 * EclipseLink never generates DDL. Bean-managed: Flyway commits each migration itself.
 */
@Singleton(name = "SchemaMigrator")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/consent")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
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
}
