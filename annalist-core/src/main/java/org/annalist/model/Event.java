package org.annalist.model;

/**
 * One coded event: who did what to whom, when and where. The JSON form of this record is the public,
 * versioned event record (see docs/event-record.md).
 *
 * @param docId      the article's id
 * @param eventId    stable id, derived from the article id, sentence, actors and code
 * @param sentence   index of the sentence in the article
 * @param text       the sentence
 * @param date       event date, ISO YYYY-MM-DD (the first day of {@code dateSpan} when there is one), or
 *                   {@code null} when unknown
 * @param dateSource "text" when the sentence dated it, "coreference" when another report of the same event in the
 *                   article dated it, "article" when the article date was used, "unresolved" when the sentence
 *                   dates it relative to an article date that is unknown, or {@code null}
 * @param source     who acted
 * @param target     to whom, or {@code null}
 * @param cameo      CAMEO code, e.g. "129"
 * @param goldstein  Goldstein score of the CAMEO code
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover     PLOVER coding
 * @param location   where, or {@code null}
 * @param evidence   why it was coded
 * @param dateSpan   the days the event falls within when the text gives only a span ("last week"), or {@code null}
 */
public record Event(String docId, String eventId, int sentence, String text, String date, String dateSource,
                    Actor source, Actor target, String cameo, double goldstein, int quadClass, Plover plover,
                    Location location, Evidence evidence, DateSpan dateSpan) {

    /** An event with no date span: the record as it was before spans were added, kept for existing callers. */
    public Event(String docId, String eventId, int sentence, String text, String date, String dateSource,
                 Actor source, Actor target, String cameo, double goldstein, int quadClass, Plover plover,
                 Location location, Evidence evidence) {
        this(docId, eventId, sentence, text, date, dateSource, source, target, cameo, goldstein, quadClass, plover,
                location, evidence, null);
    }

    /** This event with another date. */
    public Event withDate(String newDate, String newDateSource, DateSpan newDateSpan) {
        return new Event(docId, eventId, sentence, text, newDate, newDateSource, source, target, cameo, goldstein,
                quadClass, plover, location, evidence, newDateSpan);
    }

    /** This event at another place ({@code null}: nowhere known). */
    public Event withLocation(Location newLocation) {
        return new Event(docId, eventId, sentence, text, date, dateSource, source, target, cameo, goldstein, quadClass,
                plover, newLocation, evidence, dateSpan);
    }
}
