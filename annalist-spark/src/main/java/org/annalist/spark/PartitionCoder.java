package org.annalist.spark;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.output.EventRecords;
import org.annalist.pipeline.Annalist;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes one partition of article rows into event records (JSON lines, exactly as {@link EventRecords} writes
 * them), an article at a time, so that a partition never holds more than one article's events. A row that is
 * not an article, or an article the coder fails on, is logged with its id, counted and skipped.
 */
final class PartitionCoder implements MapPartitionsFunction<Row, String> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PartitionCoder.class);
    private static final int LOG_EVERY = 25;

    private final boolean statements;
    private final JobCounters counters;

    PartitionCoder(boolean statements, JobCounters counters) {
        this.statements = statements;
        this.counters = counters;
    }

    @Override
    public Iterator<String> call(Iterator<Row> rows) {
        return new Lines(Coders.get(statements), rows);
    }

    /** The records of the partition's articles, coded as the consumer asks for them. */
    private final class Lines implements Iterator<String> {
        private final Annalist annalist;
        private final Iterator<Row> rows;
        private final ArrayDeque<String> pending = new ArrayDeque<>();
        private final int partition;
        private long articles;
        private long events;
        private long skipped;
        private boolean reported;

        Lines(Annalist annalist, Iterator<Row> rows) {
            this.annalist = annalist;
            this.rows = rows;
            TaskContext task = TaskContext.get();
            this.partition = task == null ? -1 : task.partitionId();
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && rows.hasNext()) {
                code(rows.next());
            }
            if (pending.isEmpty() && !reported) {
                reported = true;
                LOG.info("partition {} done: {} articles coded, {} events, {} skipped", partition, articles, events,
                        skipped);
            }
            return !pending.isEmpty();
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        private void code(Row row) {
            Article article;
            try {
                article = ArticleRows.article(row);
            } catch (ArticleRows.BadArticle e) {
                skipped++;
                counters.bad().add(1);
                LOG.warn("skipped article {} ({}): {}", e.id() == null ? "without id" : e.id(),
                        row.isNullAt(6) ? "?" : row.getString(6), e.getMessage());
                return;
            }
            try {
                for (Event event : annalist.code(article)) {
                    pending.add(EventRecords.toJsonLine(event));
                }
            } catch (RuntimeException e) {
                // One article the coder cannot handle must not cost the rest of the partition.
                pending.clear();
                skipped++;
                counters.failed().add(1);
                LOG.warn("could not code article {} ({}): {}", article.id(), article.origin(), e.toString(), e);
                return;
            }
            articles++;
            events += pending.size();
            counters.articles().add(1);
            counters.events().add(pending.size());
            if (articles % LOG_EVERY == 0) {
                LOG.info("partition {}: {} articles coded, {} events, {} skipped", partition, articles, events,
                        skipped);
            }
        }
    }
}
