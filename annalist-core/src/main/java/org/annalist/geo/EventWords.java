package org.annalist.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.annalist.model.ActorMention;
import org.annalist.model.Dependency;
import org.annalist.model.Event;
import org.annalist.model.Token;

/**
 * Where an event's trigger words stand in its sentence.
 *
 * @param outer the word that governs the others ("asked" in "asked ... to request ... to visit"), or -1 when the
 *              words were not found
 * @param main  the outer word and those it governs as a phrase ("held talks", "carried out an attack"): a place on
 *              them is where the event happened
 * @param all   every trigger word, also those in a clause the outer word governs ("to visit Khan Sheikhoun"),
 *              whose place is where the asked, agreed or planned action would happen
 */
record EventWords(int outer, Set<Integer> main, Set<Integer> all) {
    static final EventWords NONE = new EventWords(-1, Set.of(), Set.of());

    private static final Set<String> CLAUSAL = Set.of("xcomp", "ccomp", "advcl", "acl", "csubj", "parataxis", "conj",
            "list", "dep");
    private static final int MAX_STEPS = 8;

    /**
     * The event's words in the parse, or {@link #NONE} when they cannot be found. The record carries the words,
     * not their positions, so a word that occurs twice is settled by nearness to the event's actors.
     */
    static EventWords of(Parse parse, Event event, List<ActorMention> actorsHere) {
        int[] match = match(parse, event, actorsHere);
        if (match == null) {
            return NONE;
        }
        Set<Integer> all = new HashSet<>();
        for (int i : match) {
            all.add(i);
        }
        int outer = outermost(parse, all);
        Set<Integer> main = new HashSet<>();
        for (int w : all) {
            if (w == outer || governsAsPhrase(parse, outer, w)) {
                main.add(w);
            }
        }
        return new EventWords(outer, Set.copyOf(main), Set.copyOf(all));
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    private static int[] match(Parse parse, Event event, List<ActorMention> actorsHere) {
        return org.annalist.model.TriggerWords.locate(parse.sentence(), event, first -> {
            long distance = 0;
            for (ActorMention m : actorsHere) {
                if (Objects.equals(m.actor(), event.source()) || Objects.equals(m.actor(), event.target())) {
                    distance += Math.abs(m.head() - first);
                }
            }
            return distance;
        });
    }

    /** The word with the most of the others below it in the parse; the first one on a tie. */
    private static int outermost(Parse parse, Set<Integer> words) {
        int best = -1;
        int bestGoverned = -1;
        for (int candidate : words.stream().sorted().toList()) {
            int governed = 0;
            for (int other : words) {
                if (other != candidate && above(parse, candidate, other, false)) {
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

    /** Whether {@code word} hangs on {@code outer} without a clause between them ("talks" under "held"). */
    private static boolean governsAsPhrase(Parse parse, int outer, int word) {
        return above(parse, outer, word, true);
    }

    private static boolean above(Parse parse, int upper, int lower, boolean phraseOnly) {
        int current = lower;
        for (int step = 0; step < MAX_STEPS; step++) {
            Dependency up = null;
            for (Dependency d : parse.parents(current)) {
                if (d.governor() >= 0) {
                    up = d;
                    break;
                }
            }
            if (up == null || phraseOnly && CLAUSAL.contains(Parse.base(up.relation()))) {
                return false;
            }
            if (up.governor() == upper) {
                return true;
            }
            current = up.governor();
        }
        return false;
    }
}
