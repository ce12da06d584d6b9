package org.annalist.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** One row of a query result, read by column name; SQL errors become {@link StoreException}s. */
public final class Row {
    private final ResultSet rs;

    Row(ResultSet rs) {
        this.rs = rs;
    }

    /** Maps a row to a value. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(Row row);
    }

    public String string(String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw failed(column, e);
        }
    }

    /** The value as a long; 0 for NULL. */
    public long longValue(String column) {
        try {
            return rs.getLong(column);
        } catch (SQLException e) {
            throw failed(column, e);
        }
    }

    /** The value as an int; 0 for NULL. */
    public int intValue(String column) {
        try {
            return rs.getInt(column);
        } catch (SQLException e) {
            throw failed(column, e);
        }
    }

    /** The value as a double, or {@code null} for NULL. */
    public Double doubleOrNull(String column) {
        try {
            double v = rs.getDouble(column);
            return rs.wasNull() ? null : v;
        } catch (SQLException e) {
            throw failed(column, e);
        }
    }

    /** The value as a long, or {@code null} for NULL. */
    public Long longOrNull(String column) {
        try {
            long v = rs.getLong(column);
            return rs.wasNull() ? null : v;
        } catch (SQLException e) {
            throw failed(column, e);
        }
    }

    public LocalDate date(String column) {
        try {
            return rs.getObject(column, LocalDate.class);
        } catch (SQLException e) {
            throw failed(column, e);
        }
    }

    public byte[] bytes(String column) {
        try {
            return rs.getBytes(column);
        } catch (SQLException e) {
            throw failed(column, e);
        }
    }

    private static StoreException failed(String column, SQLException e) {
        return new StoreException("could not read column " + column + ": " + e.getMessage(), e);
    }
}
