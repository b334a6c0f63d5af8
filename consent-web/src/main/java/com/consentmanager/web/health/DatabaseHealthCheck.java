package com.consentmanager.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Readiness: the application can reach PostgreSQL and its schema is migrated. Served by
 * MicroProfile Health at {@code /health/ready} (and {@code /health}).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/consent")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery("select version from schema_history where success order by installed_rank desc limit 1")) {
                rows.next();
                return HealthCheckResponse.named("database").up()
                        .withData("product", connection.getMetaData().getDatabaseProductVersion())
                        .withData("schemaVersion", String.valueOf(rows.getString(1)))
                        .build();
            }
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getSQLState() == null ? "unreachable" : e.getSQLState()).build();
        }
    }
}
