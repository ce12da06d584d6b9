package org.annalist.geo;

import java.util.Set;

import org.annalist.model.Dependency;
import org.annalist.model.Token;

/** The syntax of settings: which prepositions place an event, and which phrases an event's place may sit in. */
final class Settings {
    /** Prepositions that say where, whatever they hang on. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "within", "across",
            "throughout", "around", "along", "off", "near_to", "close_to", "in_front_of", "next_to",
            "on_outskirts_of");
    /** Words after which "on" says where ("air strikes on Raqqa", "the assault on Mosul"), unlike "a vote on Syria". */
    private static final Set<String> STRIKES = Set.of("attack", "strike", "airstrike", "raid", "assault", "offensive",
            "bombing", "bombardment", "shelling", "bomb", "shell", "fire", "crackdown", "march", "advance", "push",
            "drop");
    /** Words after which "to" and "into" say where: "travelled to Moscow", "a visit to Beijing". */
    private static final Set<String> MOTION = Set.of("travel", "fly", "go", "come", "return", "head", "arrive",
            "deploy", "move", "march", "advance", "push", "visit", "trip", "journey", "incursion", "invasion", "enter",
            "flee", "escape", "retreat");
    /** Verbs whose object is the place itself even when the actor stage read it as an actor ("visited Moscow"). */
    private static final Set<String> VISITING = Set.of("visit", "tour");
    /**
     * Nouns that stand for the place they are "of", so that the place takes their preposition: "in the city of
     * Idlib", "on the outskirts of Damascus", "in Aleppo's eastern districts", "in Idlib city".
     */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "capital", "province", "region",
            "governorate", "state", "district", "county", "area", "outskirts", "suburb", "suburbs", "neighborhood",
            "neighbourhood", "port", "border", "countryside", "centre", "center", "heart", "north", "south", "east",
            "west", "northeast", "northwest", "southeast", "southwest", "part", "parts", "streets", "street", "coast",
            "enclave", "municipality", "oblast", "prefecture");
    /**
     * Nouns that are events of their own: a place on them is that event's ("condemned the attack in Khan
     * Sheikhoun" happened wherever the condemning was), unless they are among the event's own words.
     */
    private static final Set<String> EVENT_NOUNS = Set.of("attack", "strike", "airstrike", "bombing", "shelling",
            "raid", "assault", "offensive", "explosion", "blast", "shooting", "killing", "massacre", "clash",
            "fighting", "battle", "invasion", "incursion", "meeting", "talk", "summit", "visit", "trip", "call",
            "conversation", "vote", "election", "referendum", "protest", "demonstration", "rally", "riot", "coup",
            "arrest", "detention", "execution", "ceremony", "conference", "agreement", "deal", "ceasefire", "truce",
            "accord", "treaty", "session", "debate", "hearing", "trial", "crash", "incident", "exercise", "drill",
            "launch", "test", "war", "conflict", "crisis", "investigation", "inquiry");
    /**
     * Prepositions by which an event noun shares its place with the event it hangs on: "asked ... during talks in
     * Moscow", "said at a summit in Geneva", "killed in an assault on a village outside Homs".
     */
    private static final Set<String> DURING = Set.of("during", "at", "in", "on_sidelines_of", "on_margins_of");
    /** Relations by which a place's phrase may hang inside an argument of the event: its object, its obliques. */
    private static final Set<String> ARGUMENT_LINKS = Set.of("obj", "iobj", "obl", "nmod", "compound", "appos", "flat");
    /** Prepositions that lead away from the event: "troops from Russia", "after the vote in New York". */
    private static final Set<String> AWAY = Set.of("from", "after", "before", "since", "until", "following", "like",
            "than", "despite", "without", "against");
    private static final int MAX_STEPS = 5;

    private Settings() {
    }

    /** Whether this preposition, hanging on a word with this lemma, says where. */
    static boolean isLocative(String preposition, String governorLemma) {
        if (preposition.isEmpty()) {
            return false;
        }
        if (LOCATIVE.contains(preposition)) {
            return true;
        }
        if (preposition.equals("on")) {
            return STRIKES.contains(governorLemma);
        }
        return (preposition.equals("to") || preposition.equals("into")) && MOTION.contains(governorLemma);
    }

    /**
     * Whether a place that is the object of an event word is where it happened: "shelled Aleppo", "Aleppo was
     * bombed", "captured Palmyra"; but an actor object is a target ("criticized Moscow"), except after "visit".
     */
    static boolean isPlaceActedOn(Parse parse, Dependency d, boolean actor) {
        String r = d.relation();
        if (!r.equals("obj") && !r.equals("nsubj:pass")) {
            return false;
        }
        return !actor || VISITING.contains(parse.lemma(d.governor()));
    }

    /** The place noun a place stands for ("city" in "the city of Idlib"), or the place's own head. */
    static int anchor(Parse parse, int head) {
        int anchor = head;
        for (int step = 0; step < 2; step++) {
            int up = -1;
            for (Dependency d : parse.parents(anchor)) {
                String r = d.relation();
                if (d.governor() >= 0 && (r.equals("nmod:of") || r.equals("compound") || r.equals("nmod:poss"))
                        && PLACE_NOUNS.contains(parse.lemma(d.governor()))) {
                    up = d.governor();
                }
            }
            if (up < 0) {
                break;
            }
            anchor = up;
        }
        return anchor;
    }

    /**
     * Whether a noun lies inside one of the event's arguments: it hangs, through nouns that are no events of their
     * own (or events it happened during), by object and oblique links (not as a subject, not in a clause of its
     * own) on one of the event's words.
     * "vetoed a resolution at the United Nations in New York": "Nations" lies in the object of "vetoed".
     */
    static boolean reachesEvent(Parse parse, int noun, Set<Integer> words) {
        return reaches(parse, noun, words, 0);
    }

    private static boolean reaches(Parse parse, int node, Set<Integer> words, int steps) {
        if (steps > MAX_STEPS) {
            return false;
        }
        Token t = parse.token(node);
        boolean nominal = t.isNoun() || t.pos().startsWith("PRP") || t.pos().equals("CD");
        if (!nominal) {
            return false;
        }
        boolean ownEvent = EVENT_NOUNS.contains(parse.lemma(node));
        for (Dependency d : parse.parents(node)) {
            int gov = d.governor();
            String r = d.relation();
            String preposition = parse.preposition(node, d);
            if (gov < 0 || !(ARGUMENT_LINKS.contains(Parse.base(r)) || r.equals("nsubj:pass"))
                    || AWAY.contains(preposition) || ownEvent && !DURING.contains(preposition)) {
                continue;
            }
            if (words.contains(gov) || reaches(parse, gov, words, steps + 1)) {
                return true;
            }
        }
        return false;
    }
}
