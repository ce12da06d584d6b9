package org.annalist.spark;

/**
 * What a run of {@link CodeJob} did.
 *
 * @param articles       articles coded
 * @param events         event records written
 * @param badRows        input rows skipped because they were not articles
 * @param failedArticles articles skipped because the coder failed on them
 * @param seconds        wall-clock time of the run, models' loading included
 */
public record JobSummary(long articles, long events, long badRows, long failedArticles, double seconds) {
    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }

    /** Articles that were read but not coded. */
    public long skipped() {
        return badRows + failedArticles;
    }
}
