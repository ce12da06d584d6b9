package org.annalist.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event store: articles, event mentions and deduplicated events in one DuckDB file (docs/store.md).
 * One process at a time may open a file for writing; DuckDB's file lock turns a second one away, which
 * is reported as {@link StoreUnavailableException}. An instance is for one thread.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("annalist.duckdb"));
 *      Ingest ingest = store.ingest(IngestSettings.defaults())) {
 *     if (ingest.admit(article) == Ingest.Admission.CODE) {
 *         ingest.add(article, annalist.code(article));
 *     }
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
    /** The database file used when none is named. */
    public static final String DEFAULT_FILE = "annalist.duckdb";
    private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;

    private Store(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens the database for reading and writing, creating it or bringing its schema up to date. */
    public static Store open(Path file) {
        Connection c = connect(file, false);
        try {
            c.setAutoCommit(false);
            int version = Migrations.currentVersion(c);
            checkVersion(file, version);
            Migrations.apply(c, version);
            if (EventRows.rebuildPending(c)) {
                EventRows.rebuildAll(c);
            }
            return new Store(file, c, false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(file + ": could not prepare the schema: " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing database for queries. Several processes may read one file at once (but not while one
     * writes). A database made by an older Annalist is upgraded first.
     */
    public static Store openReadOnly(Path file) {
        if (!Files.exists(file)) {
            throw new StoreUnavailableException("no database at " + file
                    + " (store articles first: annalist ingest INPUT... --db " + file + ")");
        }
        for (int attempt = 0; ; attempt++) {
            Connection c = connect(file, true);
            try {
                int version = Migrations.currentVersion(c);
                checkVersion(file, version);
                if ((version == Migrations.LATEST && !EventRows.rebuildPending(c)) || attempt > 0) {
                    return new Store(file, c, true);
                }
            } catch (SQLException e) {
                closeQuietly(c);
                throw new StoreException(file + ": could not read the schema version: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
            // An older schema: upgrade it with a writable connection, then read.
            closeQuietly(c);
            open(file).close();
        }
    }

    private static void checkVersion(Path file, int version) {
        if (version < 0) {
            throw new StoreUnavailableException(file + " is a DuckDB database but not an Annalist store (it has no "
                    + "schema_version table); give another --db");
        }
        if (version > Migrations.LATEST) {
            throw new StoreUnavailableException(file + " has schema version " + version + ", newer than this Annalist "
                    + "understands (" + Migrations.LATEST + "); use a newer Annalist");
        }
    }

    private static Connection connect(Path file, boolean readOnly) {
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
        } catch (SQLException e) {
            throw openFailure(file, e);
        }
    }

    /** Says why DuckDB would not open the file, in the user's terms where the cause is theirs. */
    static StoreException openFailure(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Could not set lock on file")) {
            Matcher pid = LOCK_HOLDER.matcher(message);
            return new StoreUnavailableException(file + " is in use by another process"
                    + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
                    + "; wait until it finishes, or give another --db");
        }
        if (message.contains("not a valid DuckDB database file")) {
            return new StoreUnavailableException(file + " is not a DuckDB database; give another --db");
        }
        if (message.contains("database does not exist")) {
            return new StoreUnavailableException("no database at " + file);
        }
        return new StoreException(file + ": could not open the database: " + message, e);
    }

    /** Starts storing articles; see {@link Ingest}. */
    public Ingest ingest(IngestSettings settings) {
        if (readOnly) {
            throw new IllegalStateException(file + " was opened read-only");
        }
        return new Ingest(this, settings);
    }

    /** Runs a query with positional parameters ({@code ?} or {@code $1}) and maps each row. */
    public <T> List<T> query(String sql, List<?> parameters, Row.Mapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        forEach(sql, parameters, row -> rows.add(mapper.map(row)));
        return rows;
    }

    /** Runs a query and hands each row on as it is read, for results too large to hold; returns the row count. */
    public long forEach(String sql, List<?> parameters, Consumer<Row> action) {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
            Row row = new Row(rs);
            long count = 0;
            while (rs.next()) {
                action.accept(row);
                count++;
            }
            return count;
        } catch (SQLException e) {
            throw new StoreException(file + ": query failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /** Runs a statement that returns no rows, such as {@code COPY ... TO}. */
    public void execute(String sql, List<?> parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            statement.execute();
            if (!readOnly) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": statement failed: " + e.getMessage(), e);
        }
    }

    PreparedStatement prepare(String sql, List<?> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Row counts of the main tables: articles, mentions, events. */
    public Counts counts() {
        return query("SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM mentions) AS mentions, "
                        + "(SELECT count(*) FROM events) AS events", List.of(),
                r -> new Counts(r.longValue("articles"), r.longValue("mentions"), r.longValue("events"))).get(0);
    }

    /** How many rows each main table holds. */
    public record Counts(long articles, long mentions, long events) {
    }

    /** The schema steps applied, in order: version and description. */
    public Map<Integer, String> schemaHistory() {
        Map<Integer, String> history = new LinkedHashMap<>();
        query("SELECT version, description FROM schema_version ORDER BY version", List.of(),
                r -> history.put(r.intValue("version"), r.string("description")));
        return history;
    }

    public Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": could not close the database: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Already failing; the first error is the one worth reporting.
        }
    }
}
