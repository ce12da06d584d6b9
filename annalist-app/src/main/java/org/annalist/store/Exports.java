package org.annalist.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annalist.output.EventRecords;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the deduplicated events out of the store: JSONL event records, one flat row per event as CSV or
 * Parquet, PLOVER JSON records ({@link PloverExport}) or GDELT 2.0 event table rows ({@link GdeltExport}).
 * Events come in date order (undated last), then by id, so two exports of one store are identical.
 */
public final class Exports {
    /** The export formats. */
    public enum Format { jsonl, csv, parquet, plover, gdelt }

    /** The flat form of an event (CSV and Parquet): the events table with its first report's address and sentence. */
    public static final String FLAT_SQL = """
            SELECT e.event_id, e.date, e.source_code, e.source_sector, e.target_code, e.target_sector, e.root_code,
                   e.cameo, e.goldstein, e.quad_class, e.plover_event, e.num_mentions, e.num_articles, e.num_sources,
                   e.first_article_id, a.url AS first_url, m.text
            FROM events e
            LEFT JOIN mentions m ON m.mention_id = e.rep_mention_id
            LEFT JOIN articles a ON a.id = e.first_article_id
            ORDER BY e.date NULLS LAST, e.event_id""";

    private static final String RECORD_SQL = """
            SELECT m.*, e.event_id AS dedup_event_id, e.num_mentions, e.num_articles, e.num_sources
            FROM events e JOIN mentions m ON m.mention_id = e.rep_mention_id
            ORDER BY e.date NULLS LAST, e.event_id""";

    /**
     * Each event with its representative mention (m), that mention's article (ra), its first article (fa) and the
     * earliest sentence any of its mentions comes from: what the PLOVER and GDELT exports need.
     */
    static final String DETAIL_SQL = """
            SELECT e.event_id, e.date, e.source_code, e.source_sector, e.target_code, e.target_sector, e.root_code,
                   e.cameo, e.goldstein, e.quad_class, e.plover_event, e.num_mentions, e.num_articles, e.num_sources,
                   e.first_article_id,
                   m.article_id AS rep_article_id, m.sentence, m.text, m.trigger, m.plover_mode, m.plover_context,
                   m.source_text, m.source_name, m.source_org, m.target_text, m.target_name, m.target_org,
                   m.location_name, m.location_country, m.location_admin1, m.location_lat, m.location_lon,
                   m.location_geonames_id, m.location_precision,
                   ra.title AS rep_title, ra.url AS rep_url, ra.source AS rep_publisher,
                   fa.url AS first_url,
                   strftime(fa.stored_at, '%Y%m%d%H%M%S') AS first_stored_at,
                   CAST(fa.stored_at AS DATE) AS first_stored_date,
                   (SELECT min(x.sentence) FROM mentions x WHERE x.event_id = e.event_id) AS first_sentence
            FROM events e
            JOIN mentions m ON m.mention_id = e.rep_mention_id
            LEFT JOIN articles ra ON ra.id = m.article_id
            LEFT JOIN articles fa ON fa.id = e.first_article_id
            ORDER BY e.date NULLS LAST, e.event_id""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {
    }

    /**
     * One event record per event (docs/event-record.md), that of its representative mention, with
     * {@code dedup_event_id}, {@code num_mentions}, {@code num_articles} and {@code num_sources} added.
     *
     * @return the number of events written
     */
    public static long jsonl(Store store, PrintWriter out) {
        long count = store.forEach(RECORD_SQL, List.of(), r -> {
            ObjectNode record = EventRecords.toJson(MentionRows.event(r));
            record.put("dedup_event_id", r.string("dedup_event_id"));
            record.put("num_mentions", r.intValue("num_mentions"));
            record.put("num_articles", r.intValue("num_articles"));
            record.put("num_sources", r.intValue("num_sources"));
            try {
                out.println(JSON.writeValueAsString(record));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an event record could not be written as JSON", e);
            }
        });
        return finish(out, count);
    }

    /** The flat rows as CSV (RFC 4180, with a header line); empty fields for NULL. */
    public static long csv(Store store, PrintWriter out) {
        List<String> columns = List.of("event_id", "date", "source_code", "source_sector", "target_code", "target_sector",
                "root_code", "cameo", "goldstein", "quad_class", "plover_event", "num_mentions", "num_articles",
                "num_sources", "first_article_id", "first_url", "text");
        out.print(String.join(",", columns) + "\r\n");
        long count = store.forEach(FLAT_SQL, List.of(), r -> {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                if (i > 0) {
                    line.append(',');
                }
                String value = switch (column) {
                    case "date" -> {
                        LocalDate d = r.date(column);
                        yield d == null ? null : d.toString();
                    }
                    case "goldstein" -> String.valueOf(r.doubleOrNull(column));
                    default -> r.string(column);
                };
                line.append(csvField(value));
            }
            out.print(line.append("\r\n"));
        });
        return finish(out, count);
    }

    /** The flat rows as a Parquet file, written by DuckDB ({@code COPY ... TO ... (FORMAT PARQUET)}). */
    public static long parquet(Store store, Path file) {
        String target = file.toAbsolutePath().toString().replace("'", "''");
        store.execute("COPY (" + FLAT_SQL + ") TO '" + target + "' (FORMAT PARQUET)", List.of());
        return store.counts().events();
    }

    /** What a PLOVER or GDELT export wrote, and what it left out because the format cannot hold it. */
    public record Written(long events, long undated, long withoutPlover) {
        /** Says what was left out, or null when nothing was. */
        public String leftOut() {
            List<String> parts = new java.util.ArrayList<>();
            if (undated > 0) {
                parts.add(undated + " undated " + (undated == 1 ? "event" : "events"));
            }
            if (withoutPlover > 0) {
                parts.add(withoutPlover + (withoutPlover == 1 ? " event" : " events") + " without a PLOVER type "
                        + "(public statements)");
            }
            return parts.isEmpty() ? null : String.join(" and ", parts);
        }
    }

    /** PLOVER JSON records, one a line (docs/store.md gives the mapping). */
    public static Written plover(Store store, PrintWriter out) {
        long[] counts = new long[3];
        store.forEach(DETAIL_SQL, List.of(), r -> {
            if (r.date("date") == null) {
                counts[1]++;
            } else if (r.string("plover_event") == null) {
                counts[2]++;
            } else {
                try {
                    out.println(JSON.writeValueAsString(PloverExport.record(r)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a PLOVER record could not be written as JSON", e);
                }
                counts[0]++;
            }
        });
        finish(out, counts[0]);
        return new Written(counts[0], counts[1], counts[2]);
    }

    /** GDELT 2.0 event table rows, tab-separated, with a header line (docs/store.md says which columns are filled). */
    public static Written gdelt(Store store, PrintWriter out) {
        out.print(String.join("\t", GdeltExport.COLUMNS) + "\n");
        long[] counts = new long[2];
        store.forEach(DETAIL_SQL, List.of(), r -> {
            if (r.date("date") == null) {
                counts[1]++;
            } else {
                out.print(String.join("\t", GdeltExport.row(r)) + "\n");
                counts[0]++;
            }
        });
        finish(out, counts[0]);
        return new Written(counts[0], counts[1], 0);
    }

    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static long finish(PrintWriter out, long count) {
        out.flush();
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("the export could not be written"));
        }
        return count;
    }
}
