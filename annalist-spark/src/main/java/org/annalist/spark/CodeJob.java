package org.annalist.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coder over a Spark cluster: reads articles (JSONL or Parquet), codes each partition with the executor's one
 * shared {@code Annalist}, and writes one event record per event, as JSON lines identical to
 * {@code annalist code --format jsonl} or as Parquet with the record's fields as columns.
 *
 * <pre>
 * spark-submit --class org.annalist.spark.CodeJob --executor-memory 4g annalist-spark-*-job.jar \
 *     --out events/ --format parquet articles/*.jsonl
 * </pre>
 *
 * <p>Exit codes as the command line's: 0 all coded, 2 usage error, 3 some articles skipped, 1 internal error.
 */
public final class CodeJob {
    private static final Logger LOG = LoggerFactory.getLogger(CodeJob.class);

    private CodeJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("annalist-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("annalist-code");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]"); // run by plain `java`, not spark-submit
        }
        int status;
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            JobSummary summary = run(spark, options);
            status = summary.skipped() > 0 ? 3 : 0;
        } catch (IllegalArgumentException e) {
            System.err.println("annalist-spark: " + e.getMessage());
            status = 2;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /** Codes the inputs into the output and says what it did; the session stays open. */
    public static JobSummary run(SparkSession spark, JobOptions options) {
        long start = System.nanoTime();
        JobCounters counters = JobCounters.register(spark);
        Progress progress = new Progress(counters);
        spark.sparkContext().addSparkListener(progress);
        try {
            Dataset<Row> articles = ArticleRows.read(spark, options);
            int wanted = options.partitions() > 0 ? options.partitions() : spark.sparkContext().defaultParallelism();
            int have = articles.rdd().getNumPartitions();
            // A few large files arrive as few partitions; NLP costs far more than the shuffle that spreads them.
            if (options.partitions() > 0 ? have != wanted : have < wanted) {
                articles = articles.repartition(wanted);
            }
            LOG.info("coding {} with {} partition(s) into {} as {}", options.inputs(),
                    articles.rdd().getNumPartitions(), options.output(), options.format());
            Dataset<String> records = articles.mapPartitions(new PartitionCoder(options.statements(), counters),
                    Encoders.STRING());
            if (options.format().equals("jsonl")) {
                records.write().text(options.output());
            } else {
                // Parsed back with the record's own schema, so the columns are the record's fields by construction.
                spark.read().schema(EventRecordSchema.SCHEMA).option("mode", "FAILFAST").json(records)
                        .write().parquet(options.output());
            }
        } finally {
            spark.sparkContext().removeSparkListener(progress);
        }
        JobSummary summary = counters.summary((System.nanoTime() - start) / 1e9);
        LOG.info("done in {} s: {} articles coded ({} articles/s), {} events, {} bad rows, {} articles failed",
                String.format("%.1f", summary.seconds()), summary.articles(),
                String.format("%.2f", summary.articlesPerSecond()), summary.events(), summary.badRows(),
                summary.failedArticles());
        return summary;
    }

    /** Logs the running totals on the driver as tasks finish (executors log within their partitions). */
    private static final class Progress extends SparkListener {
        private final JobCounters counters;

        Progress(JobCounters counters) {
            this.counters = counters;
        }

        private long logged;

        @Override
        public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            long articles = counters.articles().value();
            long skipped = counters.bad().value() + counters.failed().value();
            // Spark's own small jobs (listing files, planning) end tasks too; say only what changed.
            if (articles + skipped != logged) {
                logged = articles + skipped;
                LOG.info("progress: {} articles coded, {} events, {} skipped", articles, counters.events().value(),
                        skipped);
            }
        }
    }
}
