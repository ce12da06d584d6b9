package org.annalist.model;

/**
 * One coded event: who did what to whom, when and where. The JSON form of this record is the public,
 * versioned event record (see docs/event-record.md).
 *
 * @param docId      the article's id
 * @param eventId    stable id, derived from the article id, sentence, actors and code
 * @param sentence   index of the sentence in the article
 * @param text       the sentence
 * @param date       event date, ISO YYYY-MM-DD, or {@code null} when unknown
 * @param dateSource "text" when the sentence dated it, "article" when the article date was used, or {@code null}
 * @param source     who acted
 * @param target     to whom, or {@code null}
 * @param cameo      CAMEO code, e.g. "129"
 * @param goldstein  Goldstein score of the CAMEO code
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover     PLOVER coding
 * @param location   where, or {@code null}
 * @param evidence   why it was coded
 */
public record Event(String docId, String eventId, int sentence, String text, String date, String dateSource,
                    Actor source, Actor target, String cameo, double goldstein, int quadClass, Plover plover,
                    Location location, Evidence evidence) {
}
