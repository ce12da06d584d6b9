package org.annalist.store;

import org.annalist.model.Actor;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.Evidence;
import org.annalist.model.Plover;

import java.time.LocalDate;
import java.util.List;

/** Hand-made articles and event records, for store tests that need no NLP. */
public final class TestEvents {
    private TestEvents() {
    }

    /** An event of {@code source} to {@code target} (codes; target may be null) on a date, as a coder would emit it. */
    public static Event event(String docId, int sentence, String date, String source, String target, String cameo,
                              double goldstein, int quadClass) {
        return event(docId, sentence, date, actor(source, null), target == null ? null : actor(target, null), cameo,
                goldstein, quadClass);
    }

    /** An event between two actors with their sectors. */
    public static Event event(String docId, int sentence, String date, Actor source, Actor target, String cameo,
                              double goldstein, int quadClass) {
        return new Event(docId, EventKeys.hash(docId + "/" + sentence + "/" + cameo), sentence,
                name(source) + " did " + cameo + " to " + name(target) + ".", date, "article", source, target, cameo,
                goldstein, quadClass, new Plover("ACCUSE", null, null), null,
                new Evidence("did", "do T", "events/verbs.txt:1", List.of()));
    }

    /** An actor with a code and a sector, either of which may be null. */
    public static Actor actor(String code, String sector) {
        return new Actor(code != null ? code : sector, code, sector, null, null);
    }

    private static String name(Actor a) {
        return a == null ? "null" : a.text();
    }

    /** An article with a distinct text of its own, so that it is neither an exact nor a near copy of another. */
    public static Article article(String id, String date, String source) {
        return new Article(id, "", date == null ? null : LocalDate.parse(date), "Report " + id + " on the matter of "
                + id.hashCode() + " and nothing else at all.", source, null, id);
    }

    /** Stores the articles with their events, as an ingest would. */
    public static void store(Store store, IngestSettings settings, List<Article> articles, List<List<Event>> events) {
        try (Ingest ingest = store.ingest(settings)) {
            for (int i = 0; i < articles.size(); i++) {
                if (ingest.admit(articles.get(i)) == Ingest.Admission.CODE) {
                    ingest.add(articles.get(i), events.get(i));
                }
            }
        }
    }
}
