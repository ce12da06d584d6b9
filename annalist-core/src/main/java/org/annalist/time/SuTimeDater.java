package org.annalist.time;

import org.annalist.model.AnnotatedArticle;
import org.annalist.model.DateSpan;
import org.annalist.model.Event;
import org.annalist.model.Sentence;
import org.annalist.time.DateResolver.Days;
import org.annalist.time.DateResolver.Result;
import org.annalist.time.DateResolver.Unresolved;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Dates events from their own sentences with SUTime. SUTime costs milliseconds a sentence, so it runs only on
 * sentences that hold events, once each. Of the expressions found, the one on the event's trigger wins, then
 * one on another of its words, inside one of its arguments, on a clause reporting it; expressions in other
 * clauses date other events and are ignored. Then an event told again without a date of its own takes the
 * date of another telling in the article ({@link SameEventDates}). Thread-safe.
 */
final class SuTimeDater implements EventDater {
    private static SuTimeDater shared;

    private final Function<Sentence, List<TimeMention>> finder;

    static synchronized SuTimeDater shared() {
        if (shared == null) {
            shared = new SuTimeDater(SuTimeMentions.shared()::find);
        }
        return shared;
    }

    /** @param finder the time expressions of a sentence */
    SuTimeDater(Function<Sentence, List<TimeMention>> finder) {
        this.finder = finder;
    }

    @Override
    public List<Event> date(AnnotatedArticle article, List<Event> events) {
        LocalDate articleDate = article.article().date();
        Map<Integer, List<TimeMention>> bySentence = new HashMap<>();
        List<Event> out = new ArrayList<>(events.size());
        for (Event event : events) {
            Sentence sentence = sentence(article, event.sentence());
            if (sentence == null) {
                out.add(fromArticle(event, articleDate));
                continue;
            }
            List<TimeMention> mentions = bySentence.computeIfAbsent(sentence.index(), i -> finder.apply(sentence));
            out.add(date(event, sentence, mentions, articleDate));
        }
        return SameEventDates.apply(List.copyOf(out), articleDate);
    }

    private static Event date(Event event, Sentence sentence, List<TimeMention> mentions, LocalDate articleDate) {
        EventClause clause = mentions.isEmpty() ? null : EventClause.of(sentence, event);
        if (clause == null) {
            return fromArticle(event, articleDate);
        }
        record Ranked(TimeMention mention, int rank, int distance) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (TimeMention m : mentions) {
            int rank = DateResolver.isDateLike(m) ? clause.rank(m.begin(), m.end()) : EventClause.ELSEWHERE;
            if (rank > EventClause.ELSEWHERE) {
                ranked.add(new Ranked(m, rank, clause.distance(m.begin(), m.end())));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank).reversed().thenComparingInt(Ranked::distance));
        DateResolver.Direction direction = clause.direction(event);
        for (Ranked r : ranked) {
            Result result = DateResolver.resolve(r.mention(), articleDate, direction);
            if (result instanceof Days days) {
                DateSpan span = days.isSingleDay() ? null
                        : new DateSpan(days.start().toString(), days.end().toString());
                return event.withDate(days.start().toString(), "text", span);
            }
            if (result instanceof Unresolved) {
                return event.withDate(null, "unresolved", null);
            }
        }
        return fromArticle(event, articleDate);
    }

    private static Event fromArticle(Event event, LocalDate articleDate) {
        return articleDate == null ? event.withDate(null, null, null)
                : event.withDate(articleDate.toString(), "article", null);
    }

    private static Sentence sentence(AnnotatedArticle article, int index) {
        List<Sentence> sentences = article.sentences();
        if (index >= 0 && index < sentences.size() && sentences.get(index).index() == index) {
            return sentences.get(index);
        }
        return sentences.stream().filter(s -> s.index() == index).findFirst().orElse(null);
    }
}
