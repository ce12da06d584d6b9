package org.annalist.spark;

import java.io.Serializable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counts, summed over all tasks. Spark counts a retried task's work again, so after executor failures
 * these can run above the true totals; the output itself holds each event once.
 *
 * @param articles articles coded
 * @param events   events written
 * @param bad      rows that were not articles (unparsable line, missing id or text, bad date)
 * @param failed   articles the coder threw on
 */
record JobCounters(LongAccumulator articles, LongAccumulator events, LongAccumulator bad, LongAccumulator failed)
        implements Serializable {

    static JobCounters register(SparkSession spark) {
        var sc = spark.sparkContext();
        return new JobCounters(sc.longAccumulator("annalist articles coded"), sc.longAccumulator("annalist events"),
                sc.longAccumulator("annalist bad rows"), sc.longAccumulator("annalist failed articles"));
    }

    JobSummary summary(double seconds) {
        return new JobSummary(articles.value(), events.value(), bad.value(), failed.value(), seconds);
    }
}
