package com.momentverse.common;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A step of the Liquibase changelog written in Java ({@code <customChange class="..."/>}), for data
 * that the same Java code must compute on every database (search keys, calendar keys): a subclass
 * only does its work on the connection and says what it did.
 */
public abstract class MigrationStep implements CustomTaskChange {

    @Override
    public final void execute(Database database) throws CustomChangeException {
        try {
            run(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomChangeException(getClass().getSimpleName() + " failed", e);
        }
    }

    /** The step's work, in the changeset's transaction. */
    protected abstract void run(Connection connection) throws SQLException;

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
