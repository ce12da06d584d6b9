package org.annalist.cli;

import org.annalist.ingest.ArticleReader;
import org.annalist.model.Article;
import org.annalist.pipeline.Annalist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/** {@code annalist bench}: measures coding throughput and memory on a corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure coder throughput (articles/s, sentences/s, tokens/s) and peak heap on a corpus.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Corpus: JSONL file(s), text files or directories.")
    List<String> inputs;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles coded first and not timed (default 10).")
    int warmup = 10;

    @Option(names = "--limit", paramLabel = "N", description = "Code at most N articles after warm-up.")
    long limit = Long.MAX_VALUE;

    @Mixin
    CoderOptions options;

    @Override
    public Integer call() {
        long loadStart = System.nanoTime();
        Annalist annalist = options.build();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        ArticleReader reader = new ArticleReader();
        List<Article> warm = reader.read(inputs, p -> System.err.println("annalist: " + p)).limit(warmup).toList();
        ParallelCoder coder = new ParallelCoder(annalist, options.threads);
        coder.run(warm.stream(), r -> { });
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        AtomicLong articles = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        AtomicLong events = new AtomicLong();
        long start = System.nanoTime();
        try (Progress progress = new Progress("Bench", -1)) {
            coder.run(reader.read(inputs, p -> { }).skip(warmup).limit(limit), r -> {
                progress.step();
                if (r.analysis() == null) {
                    return;
                }
                articles.incrementAndGet();
                sentences.addAndGet(r.analysis().article().sentences().size());
                r.analysis().article().sentences().forEach(s -> tokens.addAndGet(s.tokens().size()));
                events.addAndGet(r.analysis().events().size());
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("threads        %d (of %d cores)%n", options.threads, Runtime.getRuntime().availableProcessors());
        System.out.printf("model load     %.1f s%n", loadSeconds);
        System.out.printf("articles       %d in %.1f s = %.2f articles/s%n", articles.get(), seconds, articles.get() / seconds);
        System.out.printf("sentences      %d = %.1f sentences/s%n", sentences.get(), sentences.get() / seconds);
        System.out.printf("tokens         %d = %.0f tokens/s%n", tokens.get(), tokens.get() / seconds);
        System.out.printf("events         %d%n", events.get());
        System.out.printf("peak heap      %d MB (sum of heap pools' peaks; max heap %d MB)%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        return 0;
    }
}
