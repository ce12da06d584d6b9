package org.annalist.time;

import org.annalist.model.Actor;
import org.annalist.model.Dependency;
import org.annalist.model.Event;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.annalist.time.DateResolver.Direction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An event's trigger in its sentence's dependency parse, and how a time expression stands to it: on the
 * trigger itself, on another of the event's words, inside one of its arguments, on a clause that reports it
 * ("..., the ministry said on Wednesday"), or elsewhere: in a relative clause, another clause, or on a noun
 * that is an event of its own ("after the attack on Tuesday"), which date other events and are ignored.
 */
final class EventClause {
    /** Rank of an expression for the event; higher is better, {@link #ELSEWHERE} is not used at all. */
    static final int ELSEWHERE = 0;
    static final int REPORTING = 1;
    static final int ARGUMENT = 2;
    static final int OTHER_WORD = 3;
    static final int TRIGGER = 4;

    private static final Set<String> CLAUSAL = Set.of("acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj",
            "list", "ref", "discourse", "vocative", "reparandum", "orphan");
    /** Prepositions that bound an event in time without dating it ("since Monday", "until March", "by 2020"). */
    private static final Set<String> BOUNDING = Set.of("since", "until", "till", "before", "after", "by", "from", "to",
            "through", "throughout", "for", "prior_to", "ahead_of", "following", "pending", "up_to", "within");
    /**
     * Nouns that are events themselves: a date on them dates that event, not this one. Not "statement" or
     * "speech": "condemned the strike in a statement on Wednesday" dates the condemnation.
     */
    private static final Set<String> EVENT_NOUNS = Set.of("attack", "strike", "airstrike", "bombing", "shelling",
            "raid", "assault", "offensive", "explosion", "blast", "shooting", "killing", "massacre", "clash", "fighting",
            "battle", "invasion", "incursion", "meeting", "talk", "summit", "visit", "trip", "call", "conversation",
            "vote", "election", "referendum", "ballot", "protest", "demonstration", "rally", "march", "riot", "coup",
            "arrest", "detention", "execution", "ceremony", "announcement", "decision", "ruling", "verdict",
            "agreement", "deal", "ceasefire", "truce", "accord", "treaty", "veto", "session", "debate", "hearing",
            "trial", "crash", "incident", "exercise", "drill", "launch", "test");
    /** Phrases that put an event inside another: "during talks", "at a meeting", "amid clashes". */
    private static final Set<String> FRAMING = Set.of("obl:during", "nmod:during", "obl:at", "obl:amid", "obl:in");
    private static final Set<String> SPEECH = Set.of("say", "tell", "announce", "report", "state", "add", "claim",
            "confirm", "insist", "write", "declare");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo", "would");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re", "'m");
    private static final int MAX_STEPS = 6;

    private final Sentence sentence;
    private final List<List<Dependency>> parents;
    private final List<List<Dependency>> children;
    private final Set<Integer> words;
    private final int trigger;

    private EventClause(Sentence sentence, List<List<Dependency>> parents, List<List<Dependency>> children,
                        Set<Integer> words, int trigger) {
        this.sentence = sentence;
        this.parents = parents;
        this.children = children;
        this.words = words;
        this.trigger = trigger;
    }

    /** The event's words in its sentence, or {@code null} when its trigger words cannot be found there. */
    static EventClause of(Sentence sentence, Event event) {
        if (sentence.dependencies().isEmpty() || event.evidence() == null || event.evidence().trigger() == null) {
            return null;
        }
        int n = sentence.tokens().size();
        List<List<Dependency>> parents = new ArrayList<>(n);
        List<List<Dependency>> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parents.add(new ArrayList<>());
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                parents.get(d.dependent()).add(d);
            }
            if (d.governor() >= 0 && d.governor() < n) {
                children.get(d.governor()).add(d);
            }
        }
        int[] match = locate(sentence, event);
        if (match == null) {
            return null;
        }
        Set<Integer> words = new HashSet<>();
        Arrays.stream(match).forEach(words::add);
        return new EventClause(sentence, parents, children, words, outermost(match, parents));
    }

    /**
     * Where the evidence's trigger words stand. The record carries the words, not their positions, so a word
     * that occurs twice is settled by nearness to the event's actors.
     */
    private static int[] locate(Sentence sentence, Event event) {
        return org.annalist.model.TriggerWords.locate(sentence, event,
                first -> distanceToActors(sentence, event, sentence.tokens().get(first)));
    }

    private static long distanceToActors(Sentence sentence, Event event, Token token) {
        long distance = 0;
        int at = token.begin() - sentence.begin();
        for (Actor actor : new Actor[]{event.source(), event.target()}) {
            int found = actor == null || actor.text() == null ? -1 : sentence.text().indexOf(actor.text());
            if (found >= 0) {
                distance += Math.abs(at - found);
            }
        }
        return distance;
    }

    /** The word of the event that governs the others: "agreed" in "agreed to meet". */
    private static int outermost(int[] match, List<List<Dependency>> parents) {
        int best = match[0];
        int bestGoverned = -1;
        for (int candidate : match) {
            int governed = 0;
            for (int other : match) {
                if (other != candidate && ancestors(parents, other, r -> true).contains(candidate)) {
                    governed++;
                }
            }
            if (governed > bestGoverned) {
                best = candidate;
                bestGoverned = governed;
            }
        }
        return best;
    }

    int trigger() {
        return trigger;
    }

    /** How a time expression over tokens [begin, end) stands to the event: one of the ranks above. */
    int rank(int begin, int end) {
        int best = ELSEWHERE;
        for (int i = begin; i < end && i < parents.size(); i++) {
            for (Dependency d : parents.get(i)) {
                if (d.governor() < begin || d.governor() >= end) {
                    best = Math.max(best, climb(d, false, 0));
                }
            }
        }
        return best;
    }

    /** Tokens between the expression and the trigger, for choosing between two of the same rank. */
    int distance(int begin, int end) {
        return trigger < begin ? begin - trigger : trigger >= end ? trigger - end + 1 : 0;
    }

    private int climb(Dependency d, boolean throughNoun, int steps) {
        int gov = d.governor();
        if (gov < 0 || steps > MAX_STEPS || CLAUSAL.contains(base(d.relation())) || bounding(d.relation())) {
            return ELSEWHERE;
        }
        if (words.contains(gov)) {
            return throughNoun ? ARGUMENT : gov == trigger ? TRIGGER : OTHER_WORD;
        }
        Token t = token(gov);
        if (isModifier(t)) {
            // "earlier" in "earlier this month", "ago" in "two days ago", "late" in "late on Wednesday"
            return climbParents(gov, throughNoun, steps);
        }
        if (t.isVerb()) {
            return !throughNoun && reports(gov) ? REPORTING : ELSEWHERE;
        }
        if (t.isNoun() || t.pos().startsWith("PRP") || t.pos().equals("CD")) {
            if (EVENT_NOUNS.contains(t.lemma().toLowerCase())) {
                // "asked X during talks earlier Wednesday": an event that frames this one dates it too.
                return framesTheEvent(gov) ? OTHER_WORD : ELSEWHERE;
            }
            // A parser often hangs the date on the object ("vetoed a resolution on Syria on Wednesday"); a noun
            // that is no event cannot happen on a day, so the date is the event's.
            return climbParents(gov, true, steps);
        }
        return ELSEWHERE;
    }

    private boolean framesTheEvent(int noun) {
        return parents.get(noun).stream().anyMatch(p -> FRAMING.contains(p.relation()) && words.contains(p.governor()));
    }

    private int climbParents(int token, boolean throughNoun, int steps) {
        int best = ELSEWHERE;
        for (Dependency p : parents.get(token)) {
            best = Math.max(best, climb(p, throughNoun, steps + 1));
        }
        return best;
    }

    /**
     * Whether {@code verb} reports or governs the event's clause: "said on Wednesday that Russia vetoed ...",
     * or "Russia vetoed ..., diplomats said on Wednesday" (the parser makes the report a parataxis).
     */
    private boolean reports(int verb) {
        if (ancestors(trigger, r -> r.equals("ccomp") || r.equals("xcomp") || r.equals("parataxis")
                || r.startsWith("csubj")).contains(verb)) {
            return true;
        }
        if (!SPEECH.contains(token(verb).lemma().toLowerCase())) {
            return false;
        }
        return children.get(trigger).stream().anyMatch(d -> d.dependent() == verb
                && (d.relation().equals("parataxis") || d.relation().equals("ccomp")));
    }

    /**
     * Whether the event is told as still to come: a future or conditional auxiliary, "going to", a headline
     * infinitive ("Trump to meet Putin"), the present tense in the body ("the council meets on Friday", "is
     * meeting"), or an infinitive under it ("is expected to veto", "are due to vote", "plans to visit").
     * Headlines tell past events in the present ("Russia vetoes ..."), so there the present is the past.
     */
    Direction direction(Event event) {
        if (event.evidence() != null && event.evidence().rules().contains("future")) {
            return Direction.FUTURE;
        }
        int verb = token(trigger).isVerb() ? trigger : governingVerb(trigger);
        if (verb < 0) {
            return Direction.PAST;
        }
        for (Dependency d : children.get(verb)) {
            Token aux = token(d.dependent());
            if ((d.relation().equals("aux") || d.relation().equals("aux:pass"))
                    && (FUTURE_AUX.contains(aux.word().toLowerCase()) || FUTURE_AUX.contains(aux.lemma().toLowerCase()))) {
                return Direction.FUTURE;
            }
        }
        for (Dependency d : parents.get(verb)) {
            Token up = d.governor() < 0 ? null : token(d.governor());
            if (up != null && d.relation().equals("xcomp") && up.lemma().equalsIgnoreCase("go") && up.pos().equals("VBG")) {
                return Direction.FUTURE; // "is going to veto"
            }
        }
        if (isInfinitive(verb)) {
            if (sentence.isTitle()) {
                return Direction.FUTURE;
            }
            for (Dependency d : parents.get(verb)) {
                if (d.relation().equals("xcomp") && d.governor() >= 0 && isPresent(d.governor())) {
                    return Direction.FUTURE;
                }
            }
        }
        if (sentence.isTitle()) {
            return Direction.PAST;
        }
        boolean present = isPresent(verb);
        boolean progressive = token(verb).pos().equals("VBG") && present;
        boolean simple = present && (token(verb).pos().equals("VBZ") || token(verb).pos().equals("VBP"));
        boolean beforeInfinitive = present && children.get(verb).stream()
                .anyMatch(d -> d.relation().equals("xcomp") && isInfinitive(d.dependent()));
        return simple || progressive || beforeInfinitive ? Direction.FUTURE : Direction.PAST;
    }

    /** A verb in the present: "meets", "meet" with no auxiliary, or with "is"/"are" ("is meeting", "is due"). */
    private boolean isPresent(int verb) {
        Token v = token(verb);
        boolean anyAux = false;
        for (Dependency d : children.get(verb)) {
            String r = d.relation();
            if (r.equals("aux") || r.equals("aux:pass") || r.equals("cop")) {
                if (PRESENT_BE.contains(token(d.dependent()).word().toLowerCase())) {
                    return true;
                }
                anyAux |= !r.equals("cop");
            }
        }
        return (v.pos().equals("VBZ") || v.pos().equals("VBP")) && !anyAux;
    }

    private boolean isInfinitive(int verb) {
        return token(verb).pos().equals("VB") && children.get(verb).stream()
                .anyMatch(d -> d.relation().equals("mark") && token(d.dependent()).word().equalsIgnoreCase("to"));
    }

    /** The verb a noun trigger hangs on ("Russia's veto" in "Russia's veto came on Wednesday"), or -1. */
    private int governingVerb(int noun) {
        for (int up : ancestors(noun, r -> !CLAUSAL.contains(base(r)))) {
            if (token(up).isVerb()) {
                return up;
            }
        }
        return -1;
    }

    private List<Integer> ancestors(int start, Predicate<String> over) {
        return ancestors(parents, start, over);
    }

    /** Tokens above {@code start} over relations accepted by {@code over}, nearest first; bounded for cycles. */
    private static List<Integer> ancestors(List<List<Dependency>> parents, int start, Predicate<String> over) {
        List<Integer> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen.add(start);
        while (!queue.isEmpty() && out.size() < parents.size()) {
            int current = queue.poll();
            for (Dependency d : parents.get(current)) {
                if (d.governor() >= 0 && over.test(d.relation()) && seen.add(d.governor())) {
                    out.add(d.governor());
                    queue.add(d.governor());
                }
            }
        }
        return out;
    }

    private Token token(int i) {
        return sentence.tokens().get(i);
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.startsWith("RB") || pos.startsWith("JJ") || pos.equals("IN") || pos.equals("RP");
    }

    private static boolean bounding(String relation) {
        int colon = relation.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String base = relation.substring(0, colon);
        return (base.equals("obl") || base.equals("nmod") || base.equals("advcl"))
                && BOUNDING.contains(relation.substring(colon + 1));
    }

    private static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
