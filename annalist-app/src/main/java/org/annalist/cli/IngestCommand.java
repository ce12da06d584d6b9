package org.annalist.cli;

import org.annalist.ingest.ArticleReader;
import org.annalist.model.Article;
import org.annalist.pipeline.Annalist;
import org.annalist.store.Ingest;
import org.annalist.store.IngestSettings;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;

/** {@code annalist ingest}: codes articles and keeps them, their mentions and the deduplicated events in the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles and store them, with their event mentions and deduplicated events, in the store.",
                "Articles already stored (same id, or same text) are not coded again, so an interrupted ingest is finished by running it again. See docs/store.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every input was read and stored", "2:usage error, bad dictionary, or the store is in use",
                "3:some inputs could not be read or coded (the rest were stored)"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or - (standard input).")
    List<String> inputs;

    @Mixin
    DbOption db;

    @Option(names = "--near-duplicate", paramLabel = "J",
            description = "Link an article to an earlier stored one when the estimated Jaccard similarity of their word 5-shingles is at least J (default 0.6; above 1 turns linking off).")
    double nearDuplicate = IngestSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD;

    @Option(names = "--dedup-days", paramLabel = "N",
            description = "Mentions within the same N-day window are one event (default 1: the same day). Set once per database, by its first ingest.")
    Integer dedupDays;

    @Option(names = "--batch", paramLabel = "N", hidden = true, description = "Articles per transaction at most (default 64).")
    int batch = IngestSettings.defaults().batchArticles();

    @Mixin
    CoderOptions options;

    @Override
    public Integer call() {
        IngestSettings settings;
        try {
            settings = IngestSettings.defaults().withNearDuplicateThreshold(nearDuplicate).withDedupWindowDays(dedupDays)
                    .withBatch(batch, IngestSettings.defaults().batchTime());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        AtomicInteger problems = new AtomicInteger();
        AtomicLong coded = new AtomicLong();
        AtomicLong storing = new AtomicLong(); // nanoseconds spent in the store (admit, add, commit)
        long start = System.nanoTime();
        long codingStart;
        try (Store store = db.openForWriting()) {
            Store.Counts before = store.counts();
            Ingest ingest = store.ingest(settings);
            try (ingest; Progress progress = new Progress("Ingesting", -1)) {
                Iterator<Article> toCode = new ArticleReader().read(inputs, p -> {
                    problems.incrementAndGet();
                    System.err.println("annalist: " + p.origin() + ": " + p.message());
                }).filter(article -> {
                    long t = System.nanoTime();
                    Ingest.Admission admission = ingest.admit(article);
                    storing.addAndGet(System.nanoTime() - t);
                    if (admission != Ingest.Admission.CODE) {
                        progress.step();
                    }
                    return admission == Ingest.Admission.CODE;
                }).iterator();
                codingStart = System.nanoTime();
                // Load the models only when something needs coding: a rerun over stored articles takes seconds.
                if (toCode.hasNext()) {
                    Annalist annalist = options.build();
                    codingStart = System.nanoTime();
                    new ParallelCoder(annalist, options.threads).run(
                            StreamSupport.stream(Spliterators.spliteratorUnknownSize(toCode, Spliterator.ORDERED), false),
                            result -> {
                                progress.step();
                                if (result.error() != null) {
                                    problems.incrementAndGet();
                                    int dropped = ingest.failed(result.article());
                                    System.err.println("annalist: " + result.article().origin() + ": could not be coded: "
                                            + result.error().getMessage()
                                            + (dropped > 0 ? " (nor stored: " + dropped + " exact copies of it)" : ""));
                                    return;
                                }
                                long t = System.nanoTime();
                                ingest.add(result.article(), result.analysis().events());
                                storing.addAndGet(System.nanoTime() - t);
                                coded.incrementAndGet();
                            });
                }
                long t = System.nanoTime();
                ingest.commit();
                storing.addAndGet(System.nanoTime() - t);
            }
            Duration coding = Duration.ofNanos(System.nanoTime() - codingStart);
            printSummary(ingest.stats(), before, store.counts(), coded.get(), coding, Duration.ofNanos(storing.get()),
                    Duration.ofNanos(System.nanoTime() - start), problems.get());
        }
        return problems.get() == 0 ? 0 : 3;
    }

    private static void printSummary(Ingest.Stats stats, Store.Counts before, Store.Counts after, long coded,
                                     Duration coding, Duration storing, Duration total, int problems) {
        double seconds = Math.max(coding.toMillis(), 1) / 1000.0;
        System.err.printf("annalist: %d articles coded and stored (%s; %d near copies), %d exact copies "
                        + "stored without coding, %d already stored%s; %d problems; %.1f s in all, %.1f s of it in the store%n",
                coded, coded == 0 ? "nothing to code" : String.format("%.2f articles/s", coded / seconds), stats.nearCopies(), stats.exactCopies(), stats.alreadyStored(),
                stats.droppedCopies() > 0 ? ", " + stats.droppedCopies() + " copies of failed articles not stored" : "",
                problems, total.toMillis() / 1000.0, storing.toMillis() / 1000.0);
        System.err.printf("annalist: the store has %d articles (+%d), %d mentions (+%d), %d events (+%d)%n",
                after.articles(), after.articles() - before.articles(), after.mentions(),
                after.mentions() - before.mentions(), after.events(), after.events() - before.events());
    }
}
