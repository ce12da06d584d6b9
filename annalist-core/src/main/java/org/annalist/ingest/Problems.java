package org.annalist.ingest;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each read problem at WARN and hands it to the caller's listener. */
final class Problems {
    // Named after the public class, so that users configure logging for the reader they know.
    private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);

    private final Consumer<ReadProblem> listener;

    Problems(Consumer<ReadProblem> listener) {
        this.listener = listener;
    }

    void report(String origin, String message) {
        ReadProblem problem = new ReadProblem(origin, message);
        LOG.warn("{}", problem);
        listener.accept(problem);
    }
}
