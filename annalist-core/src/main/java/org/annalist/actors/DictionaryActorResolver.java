package org.annalist.actors;

import org.annalist.model.Actor;
import org.annalist.model.ActorMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves actors from the dictionaries: matches phrases, groups the phrases of one noun phrase (by the dependency
 * parse) and combines them, so that "Russia's foreign minister" is one actor (RUS, GOV) and "Senior Hungarian and
 * Romanian officials" two (HUN GOV, ROU GOV). Surnames and honorifics refer back to earlier full mentions in the
 * same article. Thread-safe.
 */
public final class DictionaryActorResolver implements ActorResolver {
    /** Relations inside a noun phrase: the dependent describes the same actor as its head. */
    private static final Set<String> NOUN_PHRASE_RELATIONS = Set.of("compound", "amod", "nmod:poss", "flat",
            "flat:name", "appos", "det", "nmod:npmod");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Set<String> DATES = Set.of("DATE", "TIME");
    /** Relations by which a place locates the actor it modifies. */
    private static final Set<String> PLACE_RELATIONS = Set.of("compound", "nmod:in", "nmod:from", "nmod:of", "amod");

    private final ActorDictionary dictionary;
    private final PhraseMatcher matcher;
    private final PlaceCountries places;

    public DictionaryActorResolver(ActorDictionary dictionary) {
        this(dictionary, PlaceCountries.bundled());
    }

    DictionaryActorResolver(ActorDictionary dictionary, PlaceCountries places) {
        this.dictionary = dictionary;
        this.matcher = new PhraseMatcher(dictionary);
        this.places = places;
    }

    @Override
    public List<ActorMention> resolve(AnnotatedArticle article) {
        ArticleMemory memory = new ArticleMemory();
        List<List<ActorMention>> bySentence = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            bySentence.add(resolve(sentence, article.article().date(), memory));
        }
        attributeQuotationsToTheirClosingSpeaker(article.sentences(), bySentence);
        return bySentence.stream().flatMap(List::stream).toList();
    }

    /** Lemmas of the verbs that attribute a quotation after it closes ("...," Lavrov said). */
    private static final Set<String> ATTRIBUTING = Set.of("say", "add", "tell", "state", "declare", "continue",
            "insist", "warn", "note", "write", "explain", "conclude", "stress");
    /** How many sentences a quotation may run on before its attribution. */
    private static final int LONGEST_QUOTATION = 6;

    /**
     * A quotation of several sentences is often attributed only where it closes ("We condemn the strike. We
     * demand an inquiry," Lavrov said.): its earlier sentences speak with that speaker's voice, not with the
     * voice of whoever was named before the quotation opened.
     */
    private static void attributeQuotationsToTheirClosingSpeaker(List<Sentence> sentences,
                                                                 List<List<ActorMention>> bySentence) {
        for (int s = 0; s < sentences.size(); s++) {
            if (!opensUnclosedQuotation(sentences.get(s))) {
                continue;
            }
            for (int t = s + 1; t < sentences.size() && t <= s + LONGEST_QUOTATION; t++) {
                int close = closingQuote(sentences.get(t));
                if (close < 0) {
                    continue;
                }
                ActorMention speaker = speakerAfter(sentences.get(t), bySentence.get(t), close);
                if (speaker != null) {
                    for (int k = s; k < t; k++) {
                        bySentence.set(k, speakingAs(sentences.get(k), bySentence.get(k), speaker.actor()));
                    }
                }
                s = t;
                break;
            }
        }
    }

    private static boolean opensUnclosedQuotation(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        return !tokens.isEmpty() && tokens.get(0).pos().equals("``")
                && tokens.stream().noneMatch(t -> t.pos().equals("''"));
    }

    private static int closingQuote(Sentence sentence) {
        for (Token t : sentence.tokens()) {
            if (t.pos().equals("''")) {
                return t.index();
            }
        }
        return -1;
    }

    /** The actor named with an attributing verb just after a closing quote: '," Lavrov said' or '," said Lavrov'. */
    private static ActorMention speakerAfter(Sentence sentence, List<ActorMention> mentions, int close) {
        int end = Math.min(sentence.tokens().size(), close + 8);
        boolean attributed = sentence.tokens().subList(close, end).stream()
                .anyMatch(t -> ATTRIBUTING.contains(t.lemma().toLowerCase()));
        if (!attributed) {
            return null;
        }
        return mentions.stream().filter(m -> m.start() > close && m.start() < end && m.actor().code() != null)
                .findFirst().orElse(null);
    }

    /** The first-person pronouns of a quoted sentence, as the speaker. */
    private static List<ActorMention> speakingAs(Sentence sentence, List<ActorMention> mentions, Actor speaker) {
        List<ActorMention> out = new ArrayList<>(mentions.stream().filter(m -> !m.rule().equals("quote-speaker")).toList());
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        out.forEach(m -> taken.add(m.head()));
        out.addAll(firstPersonAs(sentence, speaker, taken::contains));
        out.sort(Comparator.comparingInt(ActorMention::start));
        return out;
    }

    /** "I" and "we" in a quotation, as its speaker, except on tokens already standing for an actor. */
    private static List<ActorMention> firstPersonAs(Sentence sentence, Actor speaker,
                                                    java.util.function.IntPredicate taken) {
        List<ActorMention> out = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (FIRST_PERSON.contains(token.word().toLowerCase()) && token.pos().startsWith("PRP")
                    && !taken.test(token.index())) {
                out.add(new ActorMention(sentence.index(), token.index(), token.index() + 1, token.index(),
                        new Actor(token.word(), speaker.code(), speaker.sector(), speaker.name(), speaker.org()),
                        "quote-speaker", null));
            }
        }
        return out;
    }

    /** What the article has said so far: surnames of people met, and the latest person, for later references. */
    private static final class ArticleMemory {
        final Map<String, Actor> bySurname = new HashMap<>();
        Actor lastPerson;
    }

    private List<ActorMention> resolve(Sentence sentence, LocalDate date, ArticleMemory memory) {
        List<Piece> pieces = matcher.match(sentence);
        int[] parent = nounPhraseParents(sentence);
        Map<Integer, List<Piece>> groups = new LinkedHashMap<>();
        for (Piece piece : pieces) {
            groups.computeIfAbsent(top(headOf(piece, sentence), parent), k -> new ArrayList<>()).add(piece);
        }
        Actor personBefore = memory.lastPerson;
        List<ActorMention> mentions = new ArrayList<>();
        for (var group : groups.entrySet()) {
            mentions.addAll(combine(sentence, group.getKey(), group.getValue(), date, memory));
        }
        mentions.addAll(civilSocietyBodies(sentence, pieces));
        if (personBefore != null && startsWithQuotation(sentence)) {
            // A sentence that is a quotation on its own speaks with the voice of the person quoted last:
            // its "I" and "we" are that speaker (and the speaker's side).
            mentions.addAll(firstPersonAs(sentence, personBefore, groups::containsKey));
        }
        for (Token token : sentence.tokens()) {
            if (PERSONAL_PRONOUNS.contains(token.word().toLowerCase()) && !groups.containsKey(token.index())) {
                // "he" is the latest named person before it: earlier in this sentence, else in an earlier one.
                Actor a = mentions.stream().filter(m -> m.start() < token.index() && m.actor().name() != null
                                && m.actor().org() == null).reduce((x, y) -> y.start() > x.start() ? y : x)
                        .map(ActorMention::actor).orElse(personBefore);
                if (a == null) {
                    continue;
                }
                mentions.add(new ActorMention(sentence.index(), token.index(), token.index() + 1, token.index(),
                        new Actor(token.word(), a.code(), a.sector(), a.name(), a.org()), "pronoun", null));
            }
        }
        mentions.sort(Comparator.comparingInt(ActorMention::start));
        return placeSectorActors(sentence, mentions);
    }

    /**
     * Gives a state to actors known only by their sector: from a place in their phrase ("Darfur rebels",
     * "opposition groups in Zimbabwe", "demonstrators in Baghdad"), else from the only state the sentence names.
     */
    private List<ActorMention> placeSectorActors(Sentence sentence, List<ActorMention> mentions) {
        if (mentions.stream().allMatch(m -> m.actor().code() != null && !isEthnic(sentence, m))) {
            return mentions;
        }
        java.util.Set<String> states = new java.util.LinkedHashSet<>();
        // States named in the sentence other than as a person's own country ("South African leader F.W. de Klerk").
        java.util.Set<String> unclaimedStates = new java.util.LinkedHashSet<>();
        for (ActorMention m : mentions) {
            if (ActorDictionary.isStateCode(m.actor().code())) {
                states.add(m.actor().code());
                if (m.actor().name() == null) {
                    unclaimedStates.add(m.actor().code());
                }
            }
        }
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            if (m.actor().code() != null && !isEthnic(sentence, m)) {
                out.add(m);
                continue;
            }
            Placement found = placeOf(sentence, mentions, m);
            String code = found == null ? null : found.code();
            String rule = found == null ? null : found.rule();
            if (m.actor().code() != null) {
                // "ethnic Albanians in south Serbia": an ethnic group is coded by the state it lives in, when the
                // sentence says where that is.
                // A people living in another state are its civilians unless a sector word says otherwise.
                String sector = m.actor().sector() == null ? "CVL" : m.actor().sector();
                out.add(code == null ? m : new ActorMention(m.sentence(), m.start(), m.end(), m.head(),
                        new Actor(m.actor().text(), code, sector, m.actor().name(), m.actor().org()),
                        "ethnic+" + rule, m.entry()));
                continue;
            }
            boolean nonGovernmental = "NGO".equals(m.actor().sector()) && m.actor().name() == null;
            if (code == null && nonGovernmental) {
                // "a human rights group protested": an NGO of no stated country is coded NGO, not by the state it
                // speaks about.
                code = "NGO";
                rule = "agent:ngo";
            }
            if (code == null && states.size() == 1 && (m.actor().name() == null || unclaimedStates.size() == 1)) {
                // A titled person of unknown state ("President Francois Mitterand") takes the sentence's only state
                // only when that state is not another person's own.
                code = states.iterator().next();
                rule = "agent+sentence-state";
            }
            if (code == null) {
                out.add(m);
            } else {
                Actor a = m.actor();
                out.add(new ActorMention(m.sentence(), m.start(), m.end(), m.head(),
                        new Actor(a.text(), code, a.sector(), a.name(), a.org()), rule, m.entry()));
            }
        }
        return out;
    }

    /** Where a sector-only or ethnic actor is: a place in its phrase, else where its verb's action took place. */
    private record Placement(String code, String rule) { }

    private Placement placeOf(Sentence sentence, List<ActorMention> mentions, ActorMention m) {
        String code = null;
        String rule = null;
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() == m.head() && PLACE_RELATIONS.contains(d.relation())) {
                code = stateOfPlace(sentence, mentions, d.dependent());
                if (code != null) {
                    rule = "agent+place";
                    break;
                }
            }
        }
        if (code == null) {
            // "Thousands of people blocked streets in Hong Kong": where the subject acted places it.
            for (Dependency subj : sentence.dependencies()) {
                if (subj.dependent() == m.head() && subj.relation().startsWith("nsubj") && subj.governor() >= 0) {
                    java.util.Set<Integer> owners = new java.util.HashSet<>();
                    owners.add(subj.governor());
                    // "declared a state of siege in Haiti", "demonstrated on Tuesday in Serbia": the place may hang on
                    // the verb's object or on its date.
                    sentence.dependencies().stream().filter(o -> o.governor() == subj.governor()
                            && (o.relation().equals("obj") || o.relation().startsWith("obl")
                            && DATES.contains(sentence.tokens().get(o.dependent()).ner())))
                            .forEach(o -> owners.add(o.dependent()));
                    for (Dependency d : sentence.dependencies()) {
                        if (owners.contains(d.governor()) && (d.relation().equals("obl:in")
                                || d.relation().equals("nmod:in"))) {
                            code = stateOfPlace(sentence, mentions, d.dependent());
                            if (code != null) {
                                rule = "agent+place-of-action";
                                break;
                            }
                        }
                    }
                }
                if (code != null) {
                    break;
                }
            }
        }
        return code == null ? null : new Placement(code, rule);
    }

    /** The state of the place named at a token: by the actor mention there, else by the gazetteer. */
    private String stateOfPlace(Sentence sentence, List<ActorMention> mentions, int token) {
        return mentions.stream().filter(o -> o.head() == token && o.actor().code() != null)
                .map(o -> placeOfMention(o, mentions)).findFirst()
                .orElseGet(() -> places.countryOf(sentence, token));
    }

    /**
     * The state of a place named by another mention. A capital's name can also be a town elsewhere: "militias in
     * Tripoli ... the north Lebanese port" is Lebanon's Tripoli, because the sentence names Lebanon and not Libya.
     */
    private String placeOfMention(ActorMention place, List<ActorMention> mentions) {
        String code = place.actor().code();
        if (!"metonym".equals(place.rule())) {
            return code;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        mentions.stream().filter(o -> o != place && o.actor().code() != null).forEach(o -> named.add(o.actor().code()));
        if (named.contains(code)) {
            return code;
        }
        return places.countriesNamed(place.actor().text().replaceFirst("^(?i)the ", "")).stream()
                .filter(named::contains).findFirst().orElse(code);
    }

    /** "ethnic Albanians": the group is named by a people, not by a state. */
    private static boolean isEthnic(Sentence sentence, ActorMention m) {
        return sentence.dependencies().stream().anyMatch(d -> d.governor() == m.head() && d.relation().equals("amod")
                && sentence.tokens().get(d.dependent()).word().equalsIgnoreCase("ethnic"));
    }

    private List<ActorMention> combine(Sentence sentence, int head, List<Piece> pieces, LocalDate date,
                                       ArticleMemory memory) {
        int start = pieces.stream().mapToInt(Piece::start).min().orElseThrow();
        int end = Math.max(head + 1, pieces.stream().mapToInt(Piece::end).max().orElseThrow());
        start = extendLeft(sentence, start, head);
        String text = sentence.text().substring(sentence.tokens().get(start).begin() - sentence.begin(),
                sentence.tokens().get(end - 1).end() - sentence.begin());
        List<ActorMention> out = new ArrayList<>();

        for (Piece piece : pieces) {
            if (piece.kind() == Entry.Kind.PERSON) {
                Person person = piece.entry().person();
                Role role = person.roleOn(date);
                Actor actor = new Actor(text, role.code(), role.sector(), person.name(), null);
                remember(memory, person.name(), actor);
                out.add(new ActorMention(sentence.index(), start, end, head, actor, "person-role", role.entry()));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        Piece agent = pieces.stream().filter(p -> p.kind() == Entry.Kind.AGENT)
                .max(Comparator.comparingInt(Piece::end)).orElse(null);
        String personName = pieces.stream().filter(Piece::isUnknownPerson)
                .map(p -> words(sentence, p)).reduce((a, b) -> b).orElse(null);
        Set<String> seen = new LinkedHashSet<>();
        for (Piece piece : pieces) {
            Entry e = piece.entry();
            if (e == null || !(e.kind() == Entry.Kind.COUNTRY || e.kind() == Entry.Kind.ADJECTIVE
                    || e.kind() == Entry.Kind.METONYM) || !seen.add(e.code())) {
                continue;
            }
            String sector = agent != null ? agent.entry().sector() : e.sector();
            if (e.kind() == Entry.Kind.METONYM && agent == null && isLocative(sentence, head)) {
                sector = null; // "a curfew in Algiers": the capital as a place, not as its government
            }
            Actor actor = new Actor(text, e.code(), sector, personName, null);
            String rule = personName != null && agent != null ? "title"
                    : agent != null ? "country+agent"
                    : e.kind() == Entry.Kind.METONYM ? "metonym"
                    : e.kind() == Entry.Kind.ADJECTIVE ? "country-adjective" : "country-name";
            out.add(new ActorMention(sentence.index(), start, end, head, actor, rule, e.entry()));
            if (personName != null) {
                remember(memory, personName, actor);
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (Piece piece : pieces) {
            Entry e = piece.entry();
            if (e != null && e.kind() == Entry.Kind.ORGANISATION && seen.add(e.org())) {
                String sector = agent != null ? agent.entry().sector() : e.sector();
                Actor actor = new Actor(text, e.code(), sector, personName != null ? personName : e.name(), e.org());
                out.add(new ActorMention(sentence.index(), start, end, head, actor,
                        agent != null ? "organisation+agent" : "organisation", e.entry()));
                if (personName != null) {
                    remember(memory, personName, actor);
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        if (personName != null) {
            Actor earlier = memory.bySurname.get(surname(personName));
            if (earlier != null) {
                Actor actor = new Actor(text, earlier.code(), earlier.sector(), earlier.name(), earlier.org());
                memory.lastPerson = actor;
                return List.of(new ActorMention(sentence.index(), start, end, head, actor, "surname-coreference",
                        null));
            }
        }
        if (agent != null && personName != null) {
            // "Vice-President Moody Awori": a titled person of a state the sentence may still name.
            Actor actor = new Actor(text, null, agent.entry().sector(), personName, null);
            remember(memory, personName, actor);
            return List.of(new ActorMention(sentence.index(), start, end, head, actor, "title", agent.entry().entry()));
        }
        if (agent != null && agent.end() - 1 == head) {
            // A sector word on its own ("rebels", "the government"): the sector is known, the state is not.
            Actor actor = new Actor(text, null, agent.entry().sector(), null, null);
            return List.of(new ActorMention(sentence.index(), start, end, head, actor, "agent", agent.entry().entry()));
        }
        return List.of();
    }

    /**
     * Named organisations that no dictionary knows, whose name says they are a civil-society body ("the Ceasefire
     * Violations Committee", "the Association of African Jurists"): NGO, as human coders code them. Names that
     * contain a known state or organisation are resolved by the dictionaries instead.
     */
    private static List<ActorMention> civilSocietyBodies(Sentence sentence, List<Piece> pieces) {
        List<ActorMention> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).ner().equals("ORGANIZATION")) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && tokens.get(i).ner().equals("ORGANIZATION")) {
                i++;
            }
            int end = i;
            boolean known = pieces.stream().anyMatch(p -> p.start() < end && p.end() > start);
            if (known) {
                continue;
            }
            Piece span = new Piece(start, end, null);
            int head = headOf(span, sentence);
            if (CIVIL_SOCIETY_HEADS.contains(tokens.get(head).word().toLowerCase())) {
                String text = sentence.text().substring(tokens.get(start).begin() - sentence.begin(),
                        tokens.get(end - 1).end() - sentence.begin());
                out.add(new ActorMention(sentence.index(), start, end, head, new Actor(text, "NGO", null, text, null),
                        "civil-society-name", null));
            }
        }
        return out;
    }

    /** Head words of the names of civil-society bodies. */
    private static final Set<String> CIVIL_SOCIETY_HEADS = Set.of("committee", "association", "society", "foundation",
            "federation", "institute", "network", "watch", "union", "league", "coalition", "council", "commission",
            "centre", "center", "forum", "trust", "organization", "organisation", "observatory");

    private static void remember(ArticleMemory memory, String name, Actor actor) {
        memory.bySurname.putIfAbsent(surname(name), actor);
        memory.lastPerson = actor;
    }

    private static String surname(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts[parts.length - 1].toLowerCase();
    }

    private static String words(Sentence sentence, Piece piece) {
        StringBuilder sb = new StringBuilder();
        for (int i = piece.start(); i < piece.end(); i++) {
            String word = sentence.tokens().get(i).word();
            if (HONORIFICS.contains(word.toLowerCase())) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(word);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** Takes in the determiners and adjectives before a mention so its text reads as in the sentence. */
    private static int extendLeft(Sentence sentence, int start, int head) {
        int s = Math.min(start, head);
        while (s > 0) {
            Token previous = sentence.tokens().get(s - 1);
            if (previous.pos().startsWith("NNP") || previous.pos().equals("JJ") || previous.pos().equals("POS")) {
                s--;
            } else {
                break;
            }
        }
        return s;
    }

    private static int[] nounPhraseParents(Sentence sentence) {
        int[] parent = new int[sentence.tokens().size()];
        java.util.Arrays.fill(parent, -1);
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() >= 0 && parent[d.dependent()] < 0 && (NOUN_PHRASE_RELATIONS.contains(d.relation())
                    || isNameLeftInDep(sentence, d))) {
                parent[d.dependent()] = d.governor();
            }
        }
        return parent;
    }

    private static boolean startsWithQuotation(Sentence sentence) {
        String text = sentence.text().strip();
        return !text.isEmpty() && "\"“‘'`".indexOf(text.charAt(0)) >= 0;
    }

    /** Prepositions that make a place of a capital's name. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "into", "inside", "outside", "across",
            "around", "through", "throughout", "within");

    private static boolean isLocative(Sentence sentence, int head) {
        return sentence.dependencies().stream().anyMatch(d -> d.governor() == head && d.relation().equals("case")
                && LOCATIVE.contains(sentence.tokens().get(d.dependent()).word().toLowerCase()));
    }

    /** The parser sometimes leaves a name after a title unattached ("Ambassador" dep "Delattre"). */
    private static boolean isNameLeftInDep(Sentence sentence, Dependency d) {
        return d.relation().equals("dep") && sentence.tokens().get(d.dependent()).isProperNoun()
                && sentence.tokens().get(d.governor()).isNoun() && Math.abs(d.dependent() - d.governor()) <= 3;
    }

    /** The token of a multi-word piece whose governor lies outside it ("Secretary" in "Secretary of State"). */
    private static int headOf(Piece piece, Sentence sentence) {
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= piece.start() && d.dependent() < piece.end()
                    && (d.governor() < piece.start() || d.governor() >= piece.end())) {
                return d.dependent();
            }
        }
        return piece.end() - 1;
    }

    private static int top(int token, int[] parent) {
        int current = token;
        for (int steps = 0; parent[current] >= 0 && steps < parent.length; steps++) {
            current = parent[current];
        }
        return current;
    }
}
