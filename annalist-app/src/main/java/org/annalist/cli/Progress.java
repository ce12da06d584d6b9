package org.annalist.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows progress of long work: a bar on a terminal, a count in the log otherwise (so redirected output stays clean).
 */
final class Progress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private final ProgressBar bar;
    private final String task;
    private final long start = System.nanoTime();
    private long done;

    Progress(String task, long total) {
        this.task = task;
        this.bar = System.console() != null
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).setUnit(" articles", 1)
                .showSpeed().build()
                : null;
    }

    void step() {
        done++;
        if (bar != null) {
            bar.step();
        } else if (done % 100 == 0) {
            double seconds = (System.nanoTime() - start) / 1e9;
            LOG.info("{}: {} articles ({} articles/s)", task, done, String.format("%.1f", done / seconds));
        }
    }

    long done() {
        return done;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
