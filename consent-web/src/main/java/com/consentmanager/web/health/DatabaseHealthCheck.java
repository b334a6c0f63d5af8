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
 * MicroProfile Health at {@code /health/ready} (and {@code /health}), to anyone: so it names no
 * version of anything.
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
                // Readable by anyone: it says up or down, never which versions run (issue 18).
                return rows.next() ? HealthCheckResponse.named("database").up().build()
                        : HealthCheckResponse.named("database").down().build();
            }
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getSQLState() == null ? "unreachable" : e.getSQLState()).build();
        }
    }
}
