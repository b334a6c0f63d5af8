package com.consentmanager.platform;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One SQL statement on a connection of its own from the pool (in the caller's transaction when there is one). */
public final class Statements {

    private Statements() {
    }

    /** Runs an INSERT, UPDATE or DELETE with its parameters in order; how many rows it changed. */
    public static int update(DataSource database, String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run: " + sql, e);
        }
    }
}
