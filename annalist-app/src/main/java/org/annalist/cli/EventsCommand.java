package org.annalist.cli;

import org.annalist.analysis.EventFilter;
import org.annalist.analysis.EventQueries;
import org.annalist.analysis.EventSummary;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code annalist events}: lists the stored, deduplicated events. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events (each real event once, with how many mentions, articles and sources reported it).")
final class EventsCommand implements Callable<Integer> {
    @Mixin
    Filters filters;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default 50).")
    int limit = 50;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        EventFilter filter = filters.filter(limit);
        List<EventSummary> events;
        try (Store store = db.openForReading()) {
            events = EventQueries.list(store, filter, limit);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String format = "%-10s %-16s %-8s %-8s %-5s %-9s %5s %4s %4s %4s  %s%n";
        out.printf(format, "DATE", "EVENT", "SOURCE", "TARGET", "CAMEO", "PLOVER", "GOLD", "MENT", "ART", "SRC", "SENTENCE");
        for (EventSummary e : events) {
            out.printf(format, e.date() == null ? "-" : e.date(), e.eventId(), actor(e.sourceCode(), e.sourceSector()),
                    actor(e.targetCode(), e.targetSector()), e.cameo(), e.ploverEvent() == null ? "-" : e.ploverEvent(),
                    String.format(Locale.ROOT, "%.1f", e.goldstein()), e.numMentions(), e.numArticles(), e.numSources(),
                    clip(e.text() == null ? "" : e.text(), 70));
        }
        System.err.printf("annalist: %d events%s%n", events.size(), events.size() == limit ? " (the first " + limit
                + "; --limit shows more)" : "");
        return 0;
    }

    static String actor(String code, String sector) {
        if (code == null && sector == null) {
            return "-";
        }
        return (code == null ? "---" : code) + (sector == null ? "" : " " + sector);
    }

    static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
