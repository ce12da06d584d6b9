package org.annalist.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.annalist.model.ActorMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Dependency;
import org.annalist.model.Event;
import org.annalist.model.Location;
import org.annalist.model.Sentence;

/**
 * The places of one article, found and resolved once, each with how it stands in its sentence; and the choice of
 * a location for each event (see {@link EventLocator}).
 */
final class ArticlePlaces {
    static final String EVENT_PHRASE = "event-phrase";
    static final String SENTENCE = "sentence";
    static final String ARTICLE_FOCUS = "article-focus";

    /** How a place stands to an event: higher is closer. */
    private static final int UNRELATED = 0;
    private static final int IN_GOVERNED_CLAUSE = 1;
    private static final int THROUGH_ARGUMENT = 2;
    private static final int ON_EVENT_WORD = 3;

    private final Map<Integer, SentencePlaces> bySentence;
    private final Location focus;

    private ArticlePlaces(Map<Integer, SentencePlaces> bySentence, Location focus) {
        this.bySentence = bySentence;
        this.focus = focus;
    }

    /**
     * Finds the article's places, resolves each in the context of the others (countries named, places named),
     * and notes which are settings rather than actors.
     */
    static ArticlePlaces read(PlaceResolver resolver, AnnotatedArticle article, List<ActorMention> actors) {
        Map<Integer, List<ActorMention>> actorsBySentence = new HashMap<>();
        for (ActorMention m : actors) {
            actorsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        record Named(Sentence sentence, List<PlaceMention> mentions) {
        }
        List<Named> named = new ArrayList<>();
        List<PlaceMention> all = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<PlaceMention> here = resolver.find(s);
            if (!here.isEmpty()) {
                named.add(new Named(s, here));
                all.addAll(here);
            }
        }
        ResolutionContext context = ResolutionContext.of(resolver, all);
        Map<Integer, SentencePlaces> bySentence = new HashMap<>();
        for (Named n : named) {
            Sentence s = n.sentence();
            Parse parse = new Parse(s);
            List<ActorMention> actorsHere = actorsBySentence.getOrDefault(s.index(), List.of());
            List<Found> found = new ArrayList<>();
            for (PlaceMention m : n.mentions()) {
                Optional<Location> location = resolver.resolve(m, context);
                location.ifPresent(l -> found.add(Found.of(parse, m, l, actorsHere)));
            }
            if (!found.isEmpty()) {
                bySentence.put(s.index(), new SentencePlaces(parse, found, actorsHere));
            }
        }
        return new ArticlePlaces(bySentence, focus(resolver, article.sentences(), bySentence));
    }

    /** Where the event happened, or {@code null} when neither its sentence nor the article says. */
    Location locate(Event event) {
        SentencePlaces here = bySentence.get(event.sentence());
        Location located = here == null ? null : here.locate(event);
        return located != null ? located : focus;
    }

    /**
     * The country the article's settings lie in most often (places used as actors do not count: "Moscow said" is
     * about who, not where); ties go to the country named first. {@code null} when no setting is named.
     */
    private static Location focus(PlaceResolver resolver, List<Sentence> sentences,
                                  Map<Integer, SentencePlaces> bySentence) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Location> named = new HashMap<>();
        for (Sentence s : sentences) {
            SentencePlaces here = bySentence.get(s.index());
            if (here == null) {
                continue;
            }
            for (Found f : here.found) {
                if (f.setting()) {
                    counts.merge(f.location().country(), 1, Integer::sum);
                }
                if ("country".equals(f.location().precision())) {
                    named.putIfAbsent(f.location().country(), f.location());
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        if (best == null) {
            return null;
        }
        Location country = resolver.country(best).orElse(named.get(best));
        return country == null ? null : withMethod(country, ARTICLE_FOCUS);
    }

    static Location withMethod(Location l, String method) {
        return new Location(l.name(), l.country(), l.admin1(), l.lat(), l.lon(), l.geonamesId(), l.precision(),
                method);
    }

    /**
     * A place mention of a sentence, resolved, and how it stands there.
     *
     * @param head     the token the mention hangs on the rest of the sentence by
     * @param anchor   the head, or the place noun it names ("city" in "the city of Idlib", "in Idlib city")
     * @param actor    whether the actor stage read these words as (part of) an actor
     * @param locative whether a locative preposition introduces it ("in", "at", "near", ...)
     * @param setting  whether it can say where something happened: locative, or not an actor, a subject, a
     *                 possessor or a country used as a modifier ("U.S. officials")
     */
    record Found(PlaceMention mention, Location location, int head, int anchor, boolean actor, boolean locative,
                 boolean setting) {

        static Found of(Parse parse, PlaceMention m, Location location, List<ActorMention> actorsHere) {
            int head = parse.head(m.start(), m.end());
            int anchor = Settings.anchor(parse, head);
            boolean actor = false;
            for (ActorMention a : actorsHere) {
                actor |= a.start() < m.end() && m.start() < a.end();
            }
            boolean locative = false;
            boolean participant = false;
            boolean country = "country".equals(location.precision());
            for (Dependency d : parse.parents(anchor)) {
                if (d.governor() < 0) {
                    continue;
                }
                locative |= Settings.isLocative(parse.preposition(anchor, d), parse.lemma(d.governor()));
                String r = d.relation();
                participant |= r.equals("nsubj") || r.equals("nsubj:xsubj") || Parse.base(r).equals("csubj")
                        || r.equals("nmod:poss") || r.equals("vocative")
                        || country && (r.equals("compound") || r.equals("amod"));
            }
            return new Found(m, location, head, anchor, actor, locative, locative || !actor && !participant);
        }

        int fineness() {
            return switch (location.precision()) {
                case "city" -> 2;
                case "region" -> 1;
                default -> 0;
            };
        }
    }

    /** The places of one sentence. */
    private static final class SentencePlaces {
        private final Parse parse;
        private final List<Found> found;
        private final List<ActorMention> actorsHere;

        SentencePlaces(Parse parse, List<Found> found, List<ActorMention> actorsHere) {
            this.parse = parse;
            this.found = List.copyOf(found);
            this.actorsHere = List.copyOf(actorsHere);
        }

        /** The event's place in its own phrase, else a setting elsewhere in the sentence, else {@code null}. */
        Location locate(Event event) {
            EventWords words = EventWords.of(parse, event, actorsHere);
            record Candidate(Found found, int attachment, int distance) {
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Found f : found) {
                candidates.add(new Candidate(f, attachment(f, words), distance(f, words)));
            }
            Comparator<Candidate> finerThenNearer = Comparator.<Candidate>comparingInt(c -> -c.found().fineness())
                    .thenComparingInt(Candidate::distance).thenComparingInt(c -> c.found().head());
            Optional<Candidate> phrase = candidates.stream().filter(c -> c.attachment() > UNRELATED)
                    .min(Comparator.<Candidate>comparingInt(c -> -c.attachment()).thenComparing(finerThenNearer));
            if (phrase.isPresent()) {
                return withMethod(phrase.get().found().location(), EVENT_PHRASE);
            }
            Optional<Candidate> elsewhere = candidates.stream().filter(c -> c.found().setting())
                    .min(Comparator.<Candidate, Boolean>comparing(c -> !c.found().locative())
                            .thenComparingInt(Candidate::distance)
                            .thenComparingInt(c -> -c.found().fineness()).thenComparingInt(c -> c.found().head()));
            return elsewhere.map(c -> withMethod(c.found().location(), SENTENCE)).orElse(null);
        }

        /**
         * How the place stands to the event: on its main words, inside one of their arguments, on a word of a clause
         * they govern ("asked ... to visit Khan Sheikhoun": where the asked-for visit would be), or not at all.
         */
        private int attachment(Found f, EventWords words) {
            if (words.isEmpty()) {
                return UNRELATED;
            }
            int onMain = attachment(f, words.main());
            if (onMain > UNRELATED) {
                return onMain;
            }
            return attachment(f, words.all()) > UNRELATED ? IN_GOVERNED_CLAUSE : UNRELATED;
        }

        private int attachment(Found f, Set<Integer> words) {
            int best = UNRELATED;
            for (Dependency d : parse.parents(f.anchor())) {
                int gov = d.governor();
                if (gov < 0) {
                    continue;
                }
                String preposition = parse.preposition(f.anchor(), d);
                boolean locative = Settings.isLocative(preposition, parse.lemma(gov));
                if (words.contains(gov)) {
                    // "launched air strikes on Raqqa": the preposition may hang on another of the event's words.
                    for (int w : words) {
                        locative |= Settings.isLocative(preposition, parse.lemma(w));
                    }
                    if (locative || Settings.isPlaceActedOn(parse, d, f.actor())
                            || d.relation().equals("compound") && parse.token(gov).isNoun() && f.fineness() > 0) {
                        return ON_EVENT_WORD;
                    }
                } else if (locative && Settings.reachesEvent(parse, gov, words)) {
                    best = THROUGH_ARGUMENT;
                }
            }
            return best;
        }

        /**
         * Tokens between the place's phrase and the event's outer word (its position when the words were not found).
         * Measured from the anchor, so that places of one phrase ("eastern Ukraine's Luhansk region") are equally
         * near and the finer wins.
         */
        private static int distance(Found f, EventWords words) {
            return words.isEmpty() ? f.anchor() : Math.abs(words.outer() - f.anchor());
        }
    }
}
