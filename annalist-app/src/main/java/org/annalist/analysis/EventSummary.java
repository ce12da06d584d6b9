package org.annalist.analysis;

import java.time.LocalDate;

/**
 * One deduplicated event as stored, with the sentence of its representative mention.
 *
 * @param eventId        stable id: a hash of the dedup key
 * @param date           the event's date, or {@code null} when no report dated it
 * @param sourceCode     source actor's code, or null
 * @param sourceSector   source actor's sector, or null
 * @param targetCode     target actor's code, or null
 * @param targetSector   target actor's sector, or null
 * @param cameo          CAMEO code most of its mentions give
 * @param goldstein      Goldstein score of that code
 * @param quadClass      1 to 4
 * @param ploverEvent    PLOVER type, or null
 * @param numMentions    mentions: sentences that report it, in all articles
 * @param numArticles    articles that report it
 * @param numSources     publishers that report it
 * @param firstArticleId the first stored article to report it
 * @param text           the representative mention's sentence
 */
public record EventSummary(String eventId, LocalDate date, String sourceCode, String sourceSector, String targetCode,
                           String targetSector, String cameo, double goldstein, int quadClass, String ploverEvent,
                           int numMentions, int numArticles, int numSources, String firstArticleId, String text) {
}
