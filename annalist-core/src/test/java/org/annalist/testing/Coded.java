package org.annalist.testing;

import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.pipeline.Annalist;

import java.time.LocalDate;
import java.util.List;

/** Codes short texts with the shared pipeline, for tests that read as a specification. */
public final class Coded {
    private Coded() {
    }

    /** The events of one text (no title), read as of {@code date}. */
    public static List<Event> events(String text, LocalDate date) {
        return analysis(text, date).events();
    }

    public static List<Event> events(String text) {
        return events(text, LocalDate.of(2017, 4, 17));
    }

    public static Annalist.Analysis analysis(String text, LocalDate date) {
        return SharedNlp.annalist().analyse(new Article("test", "", date, text, null, null, "test"));
    }

    /** "RUS>IGO:129" for each event, the form the tests compare. */
    public static List<String> summaries(String text) {
        return events(text).stream().map(Coded::summary).toList();
    }

    public static String summary(Event e) {
        return code(e.source()) + ">" + (e.target() == null ? "-" : code(e.target())) + ":" + e.cameo();
    }

    private static String code(org.annalist.model.Actor a) {
        return a.code() == null ? "?" : a.code();
    }
}
