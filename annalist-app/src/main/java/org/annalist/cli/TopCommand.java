package org.annalist.cli;

import org.annalist.analysis.EventFilter;
import org.annalist.analysis.EventQueries;
import org.annalist.analysis.Ranked;
import org.annalist.ontology.Cameo;
import org.annalist.ontology.CameoCode;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code annalist top}: the dyads, actors or kinds of event with the most stored events. */
@Command(name = "top", mixinStandardHelpOptions = true,
        description = "The dyads (source→target), actors or CAMEO roots with the most stored events.")
final class TopCommand implements Callable<Integer> {
    @Option(names = "--by", paramLabel = "WHAT", description = "dyad (default), actor (with --actor: its partners) or code.")
    EventQueries.By by = EventQueries.By.dyad;

    @Mixin
    Filters filters;

    @Option(names = "--limit", paramLabel = "N", description = "At most N lines (default 20).")
    int limit = 20;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        EventFilter filter = filters.filter(limit);
        List<Ranked> ranked;
        try (Store store = db.openForReading()) {
            ranked = EventQueries.top(store, by, filter, limit);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String format = "%-12s %7s %9s %6s  %s%n";
        out.printf(format, by.name().toUpperCase(Locale.ROOT), "EVENTS", "MENTIONS", "MEAN", by == EventQueries.By.code ? "NAME" : "");
        for (Ranked r : ranked) {
            String name = by == EventQueries.By.code
                    ? Cameo.bundled().find(r.key()).map(CameoCode::name).orElse("") : "";
            out.printf(format, r.key(), r.events(), r.mentions(), String.format(Locale.ROOT, "%.2f", r.goldsteinMean()), name);
        }
        return 0;
    }
}
