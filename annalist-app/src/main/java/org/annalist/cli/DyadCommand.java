package org.annalist.cli;

import org.annalist.analysis.DyadPeriod;
import org.annalist.analysis.DyadSeries;
import org.annalist.analysis.GoldsteinBar;
import org.annalist.analysis.Period;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code annalist dyad}: the series of two actors' relations, with a chart and the latest period's rank. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = {"How two actors have dealt with each other over time: per period, their deduplicated events in both directions by quad class, the Goldstein total and mean, a chart of the mean, and where the latest period ranks (is it an all-time low?).",
                "docs/store.md shows the same numbers as one SQL query."})
final class DyadCommand implements Callable<Integer> {
    /** Runs of at least this many periods without events are printed as one line. */
    static final int QUIET_RUN = 3;

    @Parameters(index = "0", paramLabel = "A", description = "An actor code: ISO 3166 alpha-3 (USA) or IGO, NGO, ...")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other actor's code.")
    String b;

    @Option(names = "--by", paramLabel = "PERIOD", description = "day, week (from Monday), month (default) or year.")
    Period by = Period.month;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First date (default: the first event's).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last date (default: the last event's).")
    LocalDate to;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        for (String code : new String[]{a, b}) {
            if (!code.matches("[A-Za-z]{3}")) {
                throw new UserException("'" + code + "' is not an actor code (three letters: USA, RUS, IGO, ...)");
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new UserException("--from " + from + " is after --to " + to);
        }
        DyadSeries series;
        try (Store store = db.openForReading()) {
            series = DyadSeries.query(store, a, b, by, from, to);
        }
        print(series, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        return 0;
    }

    static void print(DyadSeries s, PrintStream out) {
        String a = s.a();
        String b = s.b();
        out.printf("%s and %s: events in both directions by %s%n%n", a, b, s.by().name());
        GoldsteinBar bar = new GoldsteinBar(10);
        String format = "%-10s %6s %7s %7s %5s %5s %5s %5s %7s %6s  %s%n";
        out.printf(format, s.by() == Period.week ? "WEEK OF" : s.by().name().toUpperCase(Locale.ROOT), "EVENTS",
                a + "→" + b, b + "→" + a, "VCOOP", "MCOOP", "VCONF", "MCONF", "TOTAL", "MEAN", bar.axis());
        List<DyadPeriod> periods = s.periods();
        for (int i = 0; i < periods.size(); i++) {
            DyadPeriod p = periods.get(i);
            boolean any = p.events() > 0;
            int quiet = 0;
            while (i + quiet < periods.size() && periods.get(i + quiet).events() == 0) {
                quiet++;
            }
            if (quiet >= QUIET_RUN) {
                // A long gap is one line: "2014-06 … 2017-03   (34 months without events)".
                out.printf("%-10s %s%n", s.by().label(p.start()), "… " + s.by().label(periods.get(i + quiet - 1).start())
                        + "   (" + quiet + " " + s.by().noun(quiet) + " without events)");
                i += quiet - 1;
                continue;
            }
            out.printf(format, s.by().label(p.start()), p.events(), p.aToB(), p.bToA(), p.verbalCooperation(),
                    p.materialCooperation(), p.verbalConflict(), p.materialConflict(),
                    any ? String.format(Locale.ROOT, "%.1f", p.goldsteinTotal()) : "-",
                    any ? String.format(Locale.ROOT, "%.2f", p.goldsteinMean()) : "-", bar.render(p.goldsteinMean()));
        }
        out.println();
        out.println("VCOOP verbal cooperation, MCOOP material cooperation, VCONF verbal conflict, MCONF material conflict;");
        out.println("TOTAL and MEAN: Goldstein scores (-10 conflict to +10 cooperation) of the events.");
        out.println(s.ranking().sentence());
    }
}
