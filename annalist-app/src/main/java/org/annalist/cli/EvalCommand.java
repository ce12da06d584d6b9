package org.annalist.cli;

import org.annalist.eval.GoldRecord;
import org.annalist.eval.GoldStandard;
import org.annalist.eval.Score;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.pipeline.Annalist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code annalist eval}: scores the coder on a PLOVER gold standard file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the coder on PLOVER gold standard records (e.g. ../shared/eval/plover-gsr-dev.json).",
                "Each record's sentence is coded alone; see docs/evaluation.md for the measures."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:scored (and above the floors, if given)", "1:below a floor", "2:usage error or unreadable file"})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Gold standard records: a JSON array or JSONL.")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Article date given to every sentence (default: the record's date).")
    LocalDate date;

    @Option(names = "--min-f1", paramLabel = "X", description = "Fail (exit 1) when type F1 is below X.")
    double minF1 = 0;

    @Option(names = "--min-tuple-recall", paramLabel = "X", description = "Fail (exit 1) when tuple recall is below X.")
    double minTupleRecall = 0;

    @Option(names = "--min-source-recall", paramLabel = "X",
            description = "Fail (exit 1) when source recall is below X.")
    double minSourceRecall = 0;

    @Option(names = "--misses", description = "List the records whose gold type or gold actors were not found, or where another type was coded.")
    boolean misses;

    @Mixin
    CoderOptions options;

    @Override
    public Integer call() {
        List<GoldRecord> gold;
        try {
            gold = GoldStandard.read(file);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        Annalist annalist = options.build();
        List<Article> articles = new ArrayList<>();
        // Gold files repeat some ids, so records are told apart by position.
        Map<String, GoldRecord> byId = new java.util.HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            GoldRecord record = gold.get(i);
            String key = String.valueOf(i);
            byId.put(key, record);
            articles.add(new Article(key, "", date != null ? date : LocalDate.of(2000, 1, 1), record.text(),
                    null, null, file + "#" + (i + 1)));
        }
        Score score = new Score();
        List<String> missed = new ArrayList<>();
        try (Progress progress = new Progress("Scoring", gold.size())) {
            new ParallelCoder(annalist, options.threads).run(articles.stream(), result -> {
                progress.step();
                GoldRecord record = byId.get(result.article().id());
                List<Event> events = result.analysis() == null ? List.of() : result.analysis().events();
                int tuplesBefore = score.total().tupleHits();
                int sourcesBefore = score.total().sourceHits();
                boolean typeHit = score.add(record, events);
                boolean tupleHit = score.total().tupleHits() > tuplesBefore;
                boolean sourceHit = score.total().sourceHits() > sourcesBefore;
                boolean extra = events.stream().anyMatch(e -> e.plover().event() != null
                        && !e.plover().event().equals(record.event()));
                if (!typeHit || !tupleHit || extra) {
                    // Flags: T type missed, A actors missed, S no coded event has a gold source, X an event of
                    // another type was coded (charged to precision).
                    String flags = (typeHit ? "-" : "T") + (tupleHit || !typeHit ? "-" : "A")
                            + (sourceHit ? "-" : "S") + (extra ? "X" : "-");
                    missed.add(flags + " " + record.event() + "\t" + record.id() + "\t"
                            + record.sources() + ">" + record.targets() + "\t" + events.stream()
                            .map(e -> (e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()))
                                    + ":" + e.cameo() + "/" + e.plover().event()).toList() + "\t" + record.text());
                }
            });
        }
        print(score);
        if (misses) {
            System.out.println();
            System.out.println("Missed records (flags: T type missed, A actors missed, S no gold source, X another type coded; "
                    + "gold type, id, gold actors, coded, text):");
            missed.forEach(System.out::println);
        }
        Score.Counts t = score.total();
        boolean ok = t.f1() >= minF1 && t.tupleRecall() >= minTupleRecall && t.sourceRecall() >= minSourceRecall;
        if (!ok) {
            System.err.printf("annalist: below the floor: type F1 %.3f (min %.3f), tuple recall %.3f (min %.3f), "
                    + "source recall %.3f (min %.3f)%n", t.f1(), minF1, t.tupleRecall(), minTupleRecall,
                    t.sourceRecall(), minSourceRecall);
        }
        return ok ? 0 : 1;
    }

    private static void print(Score score) {
        System.out.printf("%-10s %7s %7s %7s %7s %7s %7s %7s%n", "TYPE", "RECORDS", "CODED", "RECALL", "PREC", "F1", "TUPLE",
                "SOURCE");
        for (var e : score.byType().entrySet()) {
            Score.Counts c = e.getValue();
            System.out.printf("%-10s %7d %7d %7.3f %7.3f %7.3f %7.3f %7.3f%n", e.getKey(), c.records(), c.coded(),
                    c.recall(), c.precision(), c.f1(), c.tupleRecall(), c.sourceRecall());
        }
        Score.Counts t = score.total();
        System.out.printf("%-10s %7d %7d %7.3f %7.3f %7.3f %7.3f %7.3f%n", "ALL", t.records(), t.coded(), t.recall(),
                t.precision(), t.f1(), t.tupleRecall(), t.sourceRecall());
    }
}
