package org.annalist.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.annalist.pipeline.Annalist;
import org.annalist.pipeline.AnnalistBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link Annalist} per executor JVM, built on first use: the NLP models take seconds and gigabytes to load,
 * and the coder is thread-safe, so every task running in the JVM shares it.
 */
final class Coders {
    private static final Logger LOG = LoggerFactory.getLogger(Coders.class);
    // Keyed by the one setting a job may change; computeIfAbsent makes concurrent first tasks wait for one build.
    private static final Map<Boolean, Annalist> BY_STATEMENTS = new ConcurrentHashMap<>();

    private Coders() {
    }

    static Annalist get(boolean statements) {
        return BY_STATEMENTS.computeIfAbsent(statements, s -> {
            long start = System.nanoTime();
            Annalist annalist = AnnalistBuilder.defaults().statements(s).build();
            LOG.info("coder loaded in {} s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
            return annalist;
        });
    }
}
