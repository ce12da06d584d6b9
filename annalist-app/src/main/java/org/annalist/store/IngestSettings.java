package org.annalist.store;

import java.time.Duration;

/**
 * How articles are stored.
 *
 * @param nearDuplicateThreshold estimated Jaccard similarity of word 5-shingles at or above which an article is
 *                               linked to an earlier stored one as its copy; above 1 turns linking off
 * @param dedupWindowDays        mentions whose dates fall in the same window of this many days (and that agree on
 *                               actors and CAMEO root) are one event; {@code null} keeps the database's setting
 *                               (1, the same day, for a new database). Fixed for a database once set
 * @param batchArticles          articles stored per transaction at most
 * @param batchTime              how long a transaction may stay open; a killed ingest loses at most this much work
 */
public record IngestSettings(double nearDuplicateThreshold, Integer dedupWindowDays, int batchArticles,
                             Duration batchTime) {
    public static final double DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.6;
    public static final int DEFAULT_WINDOW_DAYS = 1;

    public IngestSettings {
        if (!(nearDuplicateThreshold > 0)) {
            throw new IllegalArgumentException("near-duplicate threshold must be above 0, not " + nearDuplicateThreshold);
        }
        if (dedupWindowDays != null && (dedupWindowDays < 1 || dedupWindowDays > 366)) {
            throw new IllegalArgumentException("dedup window must be 1 to 366 days, not " + dedupWindowDays);
        }
        if (batchArticles < 1) {
            throw new IllegalArgumentException("batch size must be at least 1 article, not " + batchArticles);
        }
    }

    public static IngestSettings defaults() {
        return new IngestSettings(DEFAULT_NEAR_DUPLICATE_THRESHOLD, null, 64, Duration.ofSeconds(2));
    }

    public IngestSettings withNearDuplicateThreshold(double threshold) {
        return new IngestSettings(threshold, dedupWindowDays, batchArticles, batchTime);
    }

    public IngestSettings withDedupWindowDays(Integer days) {
        return new IngestSettings(nearDuplicateThreshold, days, batchArticles, batchTime);
    }

    public IngestSettings withBatch(int articles, Duration time) {
        return new IngestSettings(nearDuplicateThreshold, dedupWindowDays, articles, time);
    }
}
