package org.annalist.cli;

import org.annalist.model.Article;
import org.annalist.pipeline.Annalist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Codes a stream of articles on all cores and hands the results on in input order, so output is the same
 * however many threads ran. At most a few articles per thread are in flight, so memory stays flat.
 */
final class ParallelCoder {
    private static final Logger LOG = LoggerFactory.getLogger(ParallelCoder.class);
    private final Annalist annalist;
    private final int threads;

    ParallelCoder(Annalist annalist, int threads) {
        this.annalist = annalist;
        this.threads = Math.max(1, threads);
    }

    /** Result of one article: its analysis, or the error that stopped it. */
    record Result(Article article, Annalist.Analysis analysis, RuntimeException error) {
    }

    void run(Stream<Article> articles, Consumer<Result> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "annalist-coder");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Result>> inFlight = new ArrayDeque<>();
        try {
            Iterator<Article> it = articles.iterator();
            while (it.hasNext()) {
                Article article = it.next();
                inFlight.add(pool.submit(() -> analyse(article)));
                if (inFlight.size() >= threads * 4) {
                    sink.accept(await(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Result analyse(Article article) {
        try {
            return new Result(article, annalist.analyse(article), null);
        } catch (RuntimeException e) {
            // One article that breaks a stage is reported and skipped; the batch goes on.
            LOG.warn("{}: could not be coded: {}", article.origin(), e.toString());
            return new Result(article, null, e);
        }
    }

    private static Result await(Future<Result> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
