package org.annalist.cli;

import org.annalist.store.Exports;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code annalist export}: writes the stored events as JSONL, CSV, Parquet, PLOVER JSON or GDELT rows. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the stored, deduplicated events out: jsonl (event records with num_mentions, num_articles and num_sources), csv or parquet (one flat row per event), plover (PLOVER JSON records, one a line) or gdelt (GDELT 2.0 event table rows, tab-separated). See docs/store.md."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default), csv, parquet, plover or gdelt.")
    Exports.Format format = Exports.Format.jsonl;

    @Option(names = "--out", paramLabel = "PATH", description = "The file to write (default: standard output; parquet needs a file).")
    Path out;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        if (format == Exports.Format.parquet && out == null) {
            throw new UserException("--format parquet needs --out PATH (Parquet is a binary file format)");
        }
        long count;
        String leftOut = null;
        try (Store store = db.openForReading()) {
            if (format == Exports.Format.parquet) {
                count = Exports.parquet(store, out);
            } else if (out == null) {
                PrintWriter writer = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                Exports.Written written = write(store, writer);
                count = written.events();
                leftOut = written.leftOut();
            } else {
                try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                    Exports.Written written = write(store, writer);
                    count = written.events();
                    leftOut = written.leftOut();
                } catch (IOException e) {
                    throw new UserException("cannot write " + out + ": " + e.getMessage());
                }
            }
        }
        System.err.printf("annalist: %d events written%s%s%n", count, out == null ? "" : " to " + out,
                leftOut == null ? "" : "; left out, as " + format + " has no room for them: " + leftOut);
        return 0;
    }

    private Exports.Written write(Store store, PrintWriter writer) {
        return switch (format) {
            case jsonl -> new Exports.Written(Exports.jsonl(store, writer), 0, 0);
            case csv -> new Exports.Written(Exports.csv(store, writer), 0, 0);
            case plover -> Exports.plover(store, writer);
            case gdelt -> Exports.gdelt(store, writer);
            case parquet -> throw new IllegalStateException("parquet is written by DuckDB to a file");
        };
    }
}
