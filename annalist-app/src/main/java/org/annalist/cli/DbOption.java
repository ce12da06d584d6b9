package org.annalist.cli;

import org.annalist.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option of the commands that use the event store. */
final class DbOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The event store, a DuckDB file (default: ${DEFAULT-VALUE} in the current directory).")
    Path db = Path.of(Store.DEFAULT_FILE);

    Store openForWriting() {
        return Store.open(db);
    }

    Store openForReading() {
        return Store.openReadOnly(db);
    }
}
