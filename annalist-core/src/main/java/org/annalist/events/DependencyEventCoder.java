package org.annalist.events;

import org.annalist.model.Actor;
import org.annalist.model.ActorMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Event;
import org.annalist.model.Evidence;
import org.annalist.model.Plover;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.annalist.ontology.Cameo;
import org.annalist.ontology.CameoCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Codes events from dependency parses with the verb-pattern dictionary, in four steps per sentence:
 * match patterns on trigger words; find each match's source and target among the resolved actors; combine
 * governing verbs with the verbs they govern (control, reported speech); apply modality (negation, future,
 * counterfactual, past background) and keep one event per (source, target, code). Thread-safe.
 */
public final class DependencyEventCoder implements EventCoder {
    private static final Set<String> NEGATION = Set.of("not", "never", "n't", "no");
    private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "may", "might", "could", "wo", "'ll");
    /** Auxiliaries that announce a decision rather than a possibility ("will", not "may"). */
    private static final Set<String> DECISION_AUX = Set.of("will", "would", "shall", "'ll", "wo");
    private static final Set<String> OBLIGATION = Set.of("must", "should", "ought", "need");
    private static final Set<String> BACKGROUND_ADVERBS = Set.of("previously", "formerly", "once", "before");
    private static final Set<String> ORGANISATION_CODES = Set.of("IGO", "NGO", "IMG", "MNC");
    /** Sectors that, unnamed, are read as the acting state's own people ("the government arrested protesters"). */
    private static final Set<String> DOMESTIC_SECTORS = Set.of("REB", "OPP", "CVL", "COP", "JUD", "LEG", "PTY",
            "MED", "LAB", "REF", "CRM", "EDU", "REL", "AGR", "BUS", "HLH");
    /** Verbs whose object is the subject of their infinitive, besides the appeal and demand verbs of control.txt. */
    private static final Set<String> OBJECT_CONTROL = Set.of("allow", "permit", "enable", "help", "persuade",
            "convince", "require", "compel", "cause", "want", "expect", "need", "prompt", "authorize", "authorise",
            "empower", "oblige", "pressure", "get", "lead", "let", "make", "advise", "warn", "beg", "challenge",
            "forbid", "prohibit", "bar", "train", "teach", "inspire", "push", "drive", "leave");
    /** Intent verbs that only say what someone would like. */
    private static final Set<String> WISHES = Set.of("want", "wish", "hope", "expect", "aim", "prepare", "plan",
            "intend", "seek", "like", "love");
    /** Demand verbs that are speech when they govern a that-clause rather than an infinitive. */
    private static final Set<String> TELLING = Set.of("tell", "inform", "assure");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("it", "they", "we", "he", "she", "i");
    private static final Predicate<String> SUBJECT = r -> r.equals("nsubj") || r.equals("nsubj:xsubj");
    /** Verbs that only carry a noun event ("held talks", "carried out a strike"): their subject is its source. */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "carry", "conduct", "launch", "stage", "mount",
            "make", "pay", "impose", "give", "take", "deliver", "issue", "begin", "start", "continue", "resume",
            "undertake", "perform", "execute", "organize", "organise", "lead", "declare", "sign", "reach", "step",
            "intensify", "escalate", "wage", "unleash", "initiate", "announce", "order", "complete",
            "open", "have", "engage", "join", "speed", "accelerate", "hasten", "finish", "conclude", "implement",
            "expand");
    private static final Predicate<String> CLAUSE = r -> r.equals("xcomp") || r.equals("ccomp");
    /** Relations of a conditional clause to its main clause, in the enhanced parse. */
    private static final Set<String> CONDITIONS = Set.of("advcl:if", "advcl:unless", "advcl:whether",
            "advcl:in_case", "advcl:provided", "advcl:lest");
    /** Relations by which an unreal word holds its content: "refused to go", "demands that X go", "calls for X". */
    private static final Predicate<String> IRREALIS_COMPLEMENTS = r -> r.equals("xcomp") || r.equals("ccomp")
            || r.equals("obj") || r.equals("acl") || r.equals("acl:to") || r.equals("acl:that")
            || r.equals("advcl:to") || r.equals("obl:to") || r.equals("nmod:for") || r.equals("obl:for");
    /** Relations that stay within the content of a clause on the way up to what governs it. */
    private static final Predicate<String> CLIMB_WITHIN_CONTENT = r -> r.equals("xcomp") || r.equals("ccomp")
            || r.startsWith("conj") || r.equals("obj") || r.equals("acl") || r.equals("acl:to")
            || r.equals("advcl:to") || r.startsWith("nmod");
    /** Verbs whose "of"/"for" complement is an allegation, and the relations that hold it. */
    private static final Set<String> ACCUSING = Set.of("accuse", "charge", "blame", "suspect", "indict", "convict",
            "implicate", "allege", "criticize", "criticise", "condemn", "denounce", "fault");
    private static final Set<String> ALLEGED = Set.of("advcl:of", "advcl:for", "advcl:with", "obl:of", "obl:for",
            "obl:with", "ccomp");
    /** How a noun event hangs on what it is the topic of. */
    private static final Set<String> TOPIC_RELATIONS = Set.of("nmod:on", "nmod:about", "nmod:over", "nmod:regarding",
            "nmod:concerning", "obl:on", "obl:about", "obl:over", "obl:regarding", "obl:concerning");
    /** Verbs that label their object: "called the response unlawful". */
    private static final Set<String> LABELLING = Set.of("call", "describe", "label", "brand", "term", "deem",
            "characterize", "characterise", "dub");

    private final PatternDictionary patterns;
    private final ControlVerbs control;
    private final EvaluativeWords evaluative;
    private final Cameo cameo;
    private final boolean statements;

    /**
     * @param statements whether to keep public statements (CAMEO 01x with no PLOVER type); off by default,
     *                   since PLOVER does not count them as events
     */
    public DependencyEventCoder(PatternDictionary patterns, Cameo cameo, boolean statements) {
        this.patterns = patterns;
        this.control = ControlVerbs.bundled();
        this.evaluative = EvaluativeWords.bundled();
        this.cameo = cameo;
        this.statements = statements;
    }

    @Override
    public List<Event> code(AnnotatedArticle article, List<ActorMention> mentions) {
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (ActorMention m : mentions) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        List<Event> events = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            List<ActorMention> here = bySentence.getOrDefault(sentence.index(), List.of());
            if (here.isEmpty()) {
                continue;
            }
            events.addAll(code(article, sentence, here));
        }
        return events;
    }

    /**
     * How the coder reads one sentence, as lines for people: every pattern considered on every trigger word,
     * whether it matched, the candidates after governing verbs were combined, and what modality did to them.
     */
    public List<String> explain(Sentence sentence, List<ActorMention> mentions) {
        Graph graph = new Graph(sentence);
        List<String> lines = new ArrayList<>();
        SentenceCoder coder = new SentenceCoder(graph, mentions);
        for (int i = 0; i < graph.size(); i++) {
            Token token = graph.token(i);
            for (Pattern p : patterns.forTrigger(token.lemma().toLowerCase())) {
                List<Integer> words = new ArrayList<>();
                boolean posOk = p.pos() == (token.isVerb() ? Pattern.Pos.VERB : token.isNoun() ? Pattern.Pos.NOUN
                        : token.pos().startsWith("JJ") ? Pattern.Pos.ADJECTIVE : null);
                String verdict = !posOk ? "no: trigger is " + token.pos()
                        : coder.requiredWordsPresent(i, p, words) ? "matches" : "no: a required word is missing";
                lines.add(String.format("pattern  %-5s %-28s on '%s' (%s): %s", p.code(), p.text(), token.word(),
                        p.entry(), verdict));
            }
        }
        for (Candidate c : coder.run()) {
            Candidate modal = applyModality(graph, c);
            lines.add(String.format("candidate %-5s trigger '%s' sources %s targets %s rules %s -> %s", c.code(),
                    graph.token(c.trigger()).word(), names(c.sources()), names(c.targets()), c.rules(),
                    modal == null ? "dropped by modality" : "coded " + modal.code() + " " + modal.rules()));
        }
        return lines;
    }

    private static List<String> names(List<ActorMention> mentions) {
        return mentions.stream().map(m -> m.actor().code() + "/" + m.actor().sector() + " '" + m.actor().text() + "'")
                .toList();
    }

    private List<Event> code(AnnotatedArticle article, Sentence sentence, List<ActorMention> mentions) {
        Graph graph = new Graph(sentence);
        List<Candidate> candidates = new SentenceCoder(graph, mentions).run();
        Map<String, Event> kept = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Candidate modal = applyModality(graph, c);
            if (modal == null) {
                continue;
            }
            CameoCode code = cameo.get(modal.code());
            if (code.code().equals("010") && !statements) {
                continue;
            }
            for (ActorMention source : modal.sources()) {
                if (source.actor().code() == null) {
                    continue; // "police said ...": without a state or organisation the event places nobody
                }
                List<ActorMention> targets = modal.targets().isEmpty() ? java.util.Collections.singletonList(null)
                        : modal.targets();
                Candidate coded = modal;
                ActorMention ownGovernment = modal.targets().isEmpty() && code.root().equals("14")
                        ? ownGovernment(source) : null;
                if (ownGovernment != null) {
                    // "Opposition parties in Nepal organized a general strike": dissent with no target named is
                    // directed at the dissenters' own government, as event coders code it.
                    targets = List.of(ownGovernment);
                    coded = modal.with(modal.code(), modal.anchor(), modal.sources(), targets, List.of(),
                            "target:own-government");
                }
                for (ActorMention target : targets) {
                    if (target != null && sameActor(source, target)) {
                        continue;
                    }
                    Event event = toEvent(article, sentence, graph, coded, code, source, target);
                    String key = key(event.source()) + ">" + key(event.target()) + ">" + event.cameo();
                    kept.putIfAbsent(key, event);
                }
            }
        }
        return mostSpecific(new ArrayList<>(kept.values()));
    }

    /** Whether an actor code names a state (an ISO3 code), not an organisation. */
    private static boolean isState(String code) {
        return code != null && code.matches("[A-Z]{3}") && !ORGANISATION_CODES.contains(code);
    }

    /** The government of a non-governmental actor's state, or null for governments and organisations. */
    private static ActorMention ownGovernment(ActorMention source) {
        String state = source.actor().code();
        if (!isState(state)
                || "GOV".equals(source.actor().sector()) || source.actor().sector() == null) {
            return null;
        }
        return new ActorMention(source.sentence(), source.start(), source.end(), -1,
                new Actor(state, state, "GOV", null, null), "own-government", null);
    }

    private static boolean sameActor(ActorMention a, ActorMention b) {
        return a.head() == b.head() || (a.actor().code() != null && a.actor().code().equals(b.actor().code())
                && java.util.Objects.equals(a.actor().sector(), b.actor().sector())
                && java.util.Objects.equals(a.actor().name(), b.actor().name()));
    }

    private static String key(Actor a) {
        return a == null ? "-" : a.code() + "/" + a.sector() + "/" + a.name();
    }

    /** Of two events between the same actors, a code and its own sub-code, keep the sub-code. */
    private static List<Event> mostSpecific(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            boolean covered = events.stream().anyMatch(o -> o != e && key(o.source()).equals(key(e.source()))
                    && key(o.target()).equals(key(e.target())) && o.cameo().length() > e.cameo().length()
                    && o.cameo().startsWith(e.cameo()));
            if (!covered) {
                out.add(e);
            }
        }
        return out;
    }

    /** Negation, future and background tense change or drop an event; documented in docs/coder.md. */
    private Candidate applyModality(Graph g, Candidate c) {
        int anchor = c.anchor();
        int first = g.parent(anchor, r -> r.startsWith("conj"));
        if (first >= 0 && !hasOwnSubject(g, anchor, first)
                && g.children(anchor, r -> r.equals("aux") || r.equals("advmod")).isEmpty()) {
            // "would have condemned X and demanded Y": the second verb shares the first one's auxiliaries.
            anchor = first;
        }
        int purposeOf = g.parent(anchor, r -> r.equals("advcl:to"));
        if (purposeOf >= 0 && g.children(anchor, "aux").isEmpty()) {
            // "will give a grant to finance projects": the purpose of a future act is itself future.
            boolean futureGovernor = g.children(purposeOf, r -> r.equals("aux")).stream().anyMatch(a ->
                    FUTURE_AUX.contains(g.token(a).lemma().toLowerCase()) || FUTURE_AUX.contains(g.token(a).word().toLowerCase()));
            if (futureGovernor) {
                anchor = purposeOf;
            }
        }
        Token t = g.token(anchor);
        boolean negated = g.hasChildLemma(anchor, "advmod", NEGATION) || g.hasChildLemma(anchor, "det", Set.of("no"));
        boolean future = false;
        boolean perfect = false;
        for (int aux : g.children(anchor, r -> r.equals("aux") || r.equals("aux:pass"))) {
            String lemma = g.token(aux).lemma().toLowerCase();
            String word = g.token(aux).word().toLowerCase();
            future |= FUTURE_AUX.contains(lemma) || FUTURE_AUX.contains(word);
            perfect |= lemma.equals("have");
        }
        if (negated) {
            String code = CodeRules.negated(c.code(), cameo);
            return code == null ? null : c.withCode(code, "negated");
        }
        if (future && perfect) {
            return null; // "would have condemned": it did not happen
        }
        if (future) {
            boolean decided = g.children(anchor, r -> r.equals("aux")).stream().anyMatch(a ->
                    DECISION_AUX.contains(g.token(a).word().toLowerCase())) && !conditioned(g, anchor);
            String code = CodeRules.future(c.code(), decided, cameo);
            return code.equals(c.code()) ? c : c.withCode(code, "future");
        }
        boolean pastPerfect = g.children(anchor, "aux").stream()
                .anyMatch(a -> g.token(a).word().equalsIgnoreCase("had"));
        boolean background = g.hasChildLemma(anchor, "advmod", BACKGROUND_ADVERBS);
        if ((perfect || t.pos().equals("VBN")) && background || pastPerfect && background) {
            return null; // "has previously met": background, not news
        }
        return c;
    }

    /** Whether a verb carries a condition ("may halt mediation if cooperation founders"). */
    private static boolean conditioned(Graph g, int verb) {
        return !g.children(verb, r -> CONDITIONS.contains(r)).isEmpty();
    }

    /** "We will not accept X and we condemn Y": a conjunct with a subject of its own is a clause of its own. */
    private static boolean hasOwnSubject(Graph g, int conjunct, int first) {
        List<Integer> shared = g.children(first, "nsubj");
        return g.children(conjunct, "nsubj").stream().anyMatch(s -> !shared.contains(s));
    }

    private Event toEvent(AnnotatedArticle article, Sentence sentence, Graph g, Candidate c, CameoCode code,
                          ActorMention source, ActorMention target) {
        // The article's date until the dating stage (org.annalist.time) reads the sentence's own words.
        String date = article.article().date() == null ? null : article.article().date().toString();
        String dateSource = date == null ? null : "article";
        Actor s = source.actor();
        Actor t = target == null ? null : target.actor();
        String docId = article.article().id();
        String eventId = eventId(docId, sentence.index(), c.trigger(), s, t, code.code());
        List<Integer> words = new ArrayList<>(c.words());
        words.add(c.trigger());
        List<Integer> positions = words.stream().distinct().sorted().toList();
        Evidence evidence = new Evidence(g.words(positions),
                c.pattern() == null ? null : c.pattern().text(), c.pattern() == null ? null : c.pattern().entry(),
                c.rules(), positions);
        Plover plover = new Plover(code.ploverEvent(), code.ploverMode(), code.ploverContext());
        return new Event(docId, eventId, sentence.index(), sentence.text(), date, dateSource, s, t, code.code(),
                code.goldstein(), code.quadClass(), plover, null, evidence, null);
    }

    static String eventId(String docId, int sentence, int trigger, Actor source, Actor target, String code) {
        String basis = docId + "\u0000" + sentence + "\u0000" + trigger + "\u0000" + key(source) + "\u0000"
                + key(target) + "\u0000" + code;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The pattern and control work for one sentence. Not thread-safe; one per sentence. */
    private final class SentenceCoder {
        private final Graph g;
        private final Map<Integer, List<ActorMention>> byHead = new HashMap<>();
        private final Map<Integer, Candidate> byTrigger = new LinkedHashMap<>();

        SentenceCoder(Graph g, List<ActorMention> mentions) {
            this.g = g;
            for (ActorMention m : mentions) {
                byHead.computeIfAbsent(m.head(), k -> new ArrayList<>()).add(m);
            }
        }

        List<Candidate> run() {
            for (int i = 0; i < g.size(); i++) {
                Candidate c = match(i);
                if (c != null) {
                    byTrigger.put(i, c);
                }
            }
            // A noun that a verb's pattern needed ("held talks") is part of that event, not one of its own.
            for (Candidate c : List.copyOf(byTrigger.values())) {
                c.words().forEach(w -> {
                    if (g.token(w).isNoun()) {
                        byTrigger.remove(w);
                    }
                });
            }
            labelling();
            composeGoverningVerbs();
            dropUnrealised();
            List<Candidate> out = new ArrayList<>();
            for (Candidate c : byTrigger.values()) {
                if (c.sources().isEmpty()) {
                    c = authorityOfPlace(c);
                }
                if (c.sources().isEmpty()) {
                    continue;
                }
                if (!c.targets().isEmpty() && c.targets().stream().allMatch(t -> t.actor().code() == null)) {
                    c = domesticOrUncoded(c);
                }
                // Whom one met or talked with is said outright ("met Lavrov", "talks with Lavrov"); "talks in
                // Moscow" and "discussed charges against Assad" name a place and a topic, not the other side.
                String root = cameo.get(c.code()).root();
                if (c.targets().isEmpty() && !root.equals("01") && !root.equals("04")) {
                    List<ActorMention> nearest = nearestInSubtree(c);
                    if (!nearest.isEmpty()) {
                        c = c.with(c.code(), c.anchor(), c.sources(), nearest, List.of(), "target:nearest");
                    }
                }
                if (!isBareNominal(c)) {
                    out.add(c);
                }
            }
            return out;
        }

        // ---- matching ----

        private Candidate match(int i) {
            Token token = g.token(i);
            Pattern.Pos pos = token.isVerb() || actsAsVerb(i) ? Pattern.Pos.VERB : token.isNoun() ? Pattern.Pos.NOUN
                    : token.pos().startsWith("JJ") ? Pattern.Pos.ADJECTIVE : null;
            if (pos == null) {
                return null;
            }
            Candidate best = null;
            int bestScore = -1;
            for (Pattern p : patterns.forTrigger(token.lemma().toLowerCase())) {
                if (p.pos() != pos) {
                    continue;
                }
                List<Integer> words = new ArrayList<>();
                if (!requiredWordsPresent(i, p, words)) {
                    continue;
                }
                List<ActorMention> targets = targets(i, p, words);
                if (targets.isEmpty() && p.needsTarget()) {
                    continue;
                }
                int score = 4 * p.requiredWords() + (targets.isEmpty() ? 0 : 2) + (p.elements().isEmpty() ? 0 : 1);
                if (score > bestScore || score == bestScore && p.code().length() > best.code().length()) {
                    bestScore = score;
                    List<ActorMention> sources = sources(i, pos);
                    if (sources.isEmpty() && pos == Pattern.Pos.VERB && passive(i) && !p.hasObjectSlot()) {
                        // "Serb forces were engaged in ethnic cleansing": a passive form with no object slot to
                        // fill describes its subject's own act.
                        g.children(i, "nsubj:pass").forEach(sp -> sources.addAll(actorsAt(sp)));
                    }
                    best = new Candidate(i, i, p.code(), sources, targets, p, List.copyOf(words), List.of());
                }
            }
            return best;
        }

        /**
         * A word the tagger called a noun but the parser used as a verb ("they would blockade Paris": NN with
         * an auxiliary, a subject and an object).
         */
        private boolean actsAsVerb(int i) {
            return g.token(i).isNoun() && !g.children(i, r -> r.equals("aux")).isEmpty()
                    && !g.children(i, r -> r.startsWith("nsubj")).isEmpty();
        }

        private boolean requiredWordsPresent(int i, Pattern p, List<Integer> words) {
            for (Pattern.Element e : p.elements()) {
                if (e instanceof Pattern.Word w) {
                    // An object, particle or adverb: "cancelled a visit after a state of siege was declared" does
                    // not cancel the state.
                    int found = dependentWithLemma(i, w.lemma(), r -> !SUBJECT.test(r) && !r.startsWith("nsubj")
                            && !r.startsWith("obl") && !r.startsWith("advcl") && !r.startsWith("conj")
                            && !r.equals("parataxis") && !r.startsWith("acl") && !r.equals("ccomp"));
                    if (found >= 0 && g.token(found).isVerb()) {
                        found = -1; // "urged Russia to support an inquiry" is an appeal, not "urge support for"
                    }
                    for (int o : g.children(i, "obj")) {
                        if (found < 0) {
                            // "gave 5 million dollars of aid", "a grant of food": the word behind a quantity.
                            found = dependentWithLemma(o, w.lemma(), r -> r.equals("nmod:of") || r.equals("compound"));
                        }
                    }
                    if (found < 0 && passive(i)) {
                        // "a statement released by the campaign": the object of a passive is its patient.
                        found = passiveSubjects(i).stream().filter(o -> g.token(o).lemma().equalsIgnoreCase(w.lemma()))
                                .findFirst().orElse(-1);
                    }
                    if (found < 0) {
                        return false;
                    }
                    words.add(found);
                } else if (e instanceof Pattern.PrepWord pw) {
                    int found = dependentWithLemma(i, pw.lemma(), r -> prepOf(r) != null && pw.preps().contains(prepOf(r)));
                    if (found < 0) {
                        return false;
                    }
                    words.add(found);
                }
            }
            return true;
        }

        private int dependentWithLemma(int i, String lemma, Predicate<String> relation) {
            for (var d : g.children(i)) {
                if (relation.test(d.relation()) && g.token(d.dependent()).lemma().equalsIgnoreCase(lemma)) {
                    return d.dependent();
                }
            }
            return -1;
        }

        /** "obl:with" → "with"; "nmod:on_behalf_of" → "on_behalf_of"; null for other relations. */
        private static String prepOf(String relation) {
            if (relation.startsWith("obl:") || relation.startsWith("nmod:")) {
                String prep = relation.substring(relation.indexOf(':') + 1);
                return prep.equals("agent") ? "by" : prep.equals("poss") || prep.equals("tmod") ? null : prep;
            }
            return null;
        }

        private boolean passive(int i) {
            if (!g.children(i, r -> r.equals("nsubj:pass") || r.equals("aux:pass")).isEmpty()) {
                return true;
            }
            // "7,000 people killed by authorities", "civilians killed in the raid": a participle with no
            // auxiliary of its own, modifying its patient or parsed as a clause of its own.
            Token t = g.token(i);
            boolean perfect = g.children(i, "aux").stream().anyMatch(a -> g.token(a).lemma().equalsIgnoreCase("have"));
            return t.pos().equals("VBN") && !perfect && (g.parent(i, r -> r.equals("acl")) >= 0
                    || !g.children(i, r -> r.equals("obl:agent") || r.equals("obl:by")).isEmpty());
        }

        /** The patient of a passive verb: its passive subject, its plain subject, or the noun it modifies. */
        private List<Integer> passiveSubjects(int i) {
            List<Integer> subjects = g.children(i, r -> r.equals("nsubj:pass") || r.equals("nsubj"));
            if (subjects.isEmpty()) {
                int noun = g.parent(i, r -> r.equals("acl"));
                return noun < 0 ? List.of() : List.of(noun);
            }
            return subjects;
        }

        private List<ActorMention> targets(int i, Pattern p, List<Integer> words) {
            List<ActorMention> out = new ArrayList<>();
            for (Pattern.Element e : p.elements()) {
                if (e instanceof Pattern.Target) {
                    List<Integer> slots = passive(i) ? passiveSubjects(i)
                            : g.children(i, r -> r.equals("obj") || r.equals("iobj"));
                    if (p.pos() == Pattern.Pos.NOUN) {
                        slots = g.children(i, r -> r.equals("nmod:of"));
                    }
                    slots.forEach(s -> out.addAll(actorsAt(s)));
                } else if (e instanceof Pattern.PrepTarget pt) {
                    List<Integer> owners = new ArrayList<>(words);
                    owners.add(0, i);
                    int before = out.size();
                    for (int owner : owners) {
                        g.children(owner, r -> prepOf(r) != null && pt.preps().contains(prepOf(r)))
                                .forEach(s -> out.addAll(actorsAt(s)));
                    }
                    if (out.size() == before && (pt.preps().contains("to") || pt.preps().contains("for"))) {
                        // Dative shift: "give Tanzania a grant" is "give a grant to Tanzania".
                        g.children(i, "iobj").forEach(s -> out.addAll(actorsAt(s)));
                    }
                    if (out.size() == before) {
                        // "provide 70 million dollars of aid for Romania": the phrase hangs on a word of the object.
                        for (int o : g.children(i, "obj")) {
                            for (int inner : g.children(o, r -> r.equals("nmod:of"))) {
                                g.children(inner, r -> prepOf(r) != null && pt.preps().contains(prepOf(r)))
                                        .forEach(s -> out.addAll(actorsAt(s)));
                            }
                        }
                    }
                }
            }
            return out;
        }

        private List<ActorMention> sources(int i, Pattern.Pos pos) {
            List<ActorMention> out = new ArrayList<>();
            if (pos == Pattern.Pos.NOUN) {
                // "Russia's veto", "the U.S. strike": actors grouped on the noun itself.
                out.addAll(byHead.getOrDefault(i, List.of()));
                g.children(i, "nmod:by").forEach(s -> out.addAll(actorsAt(s)));
                if (out.isEmpty()) {
                    int verb = g.parent(i, r -> r.equals("obj"));
                    if (verb >= 0 && LIGHT_VERBS.contains(g.token(verb).lemma().toLowerCase())) {
                        out.addAll(subjectActors(verb));
                    }
                }
                if (out.isEmpty()) {
                    // "threw stones during demonstrations against X", "struck in protest of": the frame of what
                    // the subject did is the subject's own act.
                    int verb = g.parent(i, r -> r.equals("obl:during") || r.equals("obl:amid") || r.equals("obl:in"));
                    if (verb >= 0 && g.token(verb).isVerb()) {
                        out.addAll(subjectActors(verb));
                    }
                }
                return out;
            }
            if (passive(i)) {
                g.children(i, r -> r.equals("obl:agent") || r.equals("obl:by") && g.token(i).pos().equals("VBN"))
                        .forEach(s -> out.addAll(actorsAt(s)));
                return out;
            }
            return subjectActors(i);
        }

        /** Subject actors of a verb, or of the verb it hangs on when it has none ("Giving X a chilly reception, Y said"). */
        private List<ActorMention> subjectActors(int verb) {
            List<ActorMention> out = new ArrayList<>();
            // "sent personnel on Wednesday to investigate" is sometimes parsed with the date as the subject.
            List<Integer> subjects = g.children(verb, SUBJECT).stream()
                    .filter(s -> !TEMPORAL.contains(g.token(s).ner()) || byHead.containsKey(s))
                    .filter(s -> !objectWronglyControls(verb, s)).toList();
            subjects.forEach(s -> out.addAll(actorsAt(s)));
            if (out.isEmpty() && subjects.isEmpty()) {
                // "sent personnel to Bosnia to investigate": a clause without a subject shares its governor's.
                // A verb left hanging by "dep" is a parse that lost its subject ("workers affiliated with the union
                // stopped work"): the verb it hangs on holds it.
                int up = g.parent(verb, r -> r.startsWith("advcl") && !CONDITIONS.contains(r) || r.equals("xcomp")
                        || r.startsWith("conj") || r.equals("dep") && FINITE.contains(g.token(verb).pos()));
                if (up >= 0 && up != verb) {
                    g.children(up, SUBJECT).forEach(s -> out.addAll(actorsAt(s)));
                }
            }
            return out;
        }

        /**
         * The enhanced parse makes the object of a verb the subject of its infinitive whenever there is one
         * ("will visit Mauritania and Senegal to mediate", "used tear gas to disperse"); only verbs of object
         * control ("asked Syria to withdraw", "allowed planes to land") really pass their object on.
         */
        private boolean objectWronglyControls(int verb, int subject) {
            int governor = g.parent(verb, r -> r.equals("xcomp"));
            if (governor < 0 || !g.children(verb, "nsubj:xsubj").contains(subject)
                    || !g.children(governor, r -> r.equals("obj") || r.equals("iobj")).contains(subject)) {
                return false;
            }
            String lemma = g.token(governor).lemma().toLowerCase();
            ControlVerbs.ControlClass c = control.classOf(lemma);
            return c != ControlVerbs.ControlClass.APPEAL && c != ControlVerbs.ControlClass.DEMAND
                    && !OBJECT_CONTROL.contains(lemma);
        }

        /** Actors standing for a token: grouped on it, or inside "a group of X" / "members of X". */
        private List<ActorMention> actorsAt(int token) {
            List<ActorMention> here = byHead.get(token);
            if (here != null) {
                return here;
            }
            List<ActorMention> out = new ArrayList<>();
            g.children(token, r -> r.equals("nmod:of")).forEach(s -> out.addAll(byHead.getOrDefault(s, List.of())));
            return out;
        }

        // ---- evaluation ----

        /** "X called Y's response unlawful": a labelling verb with an evaluative complement. */
        private void labelling() {
            for (int m = 0; m < g.size(); m++) {
                if (!g.token(m).isVerb() || !LABELLING.contains(g.token(m).lemma().toLowerCase())) {
                    continue;
                }
                List<Integer> complements = new ArrayList<>(g.children(m, r -> r.equals("xcomp") || r.equals("obj")
                        || r.equals("ccomp")));
                // "called the US response 'unlawful'" is often parsed with the label as the object's modifier.
                g.children(m, "obj").forEach(o -> complements.addAll(g.children(o, r -> r.equals("amod") || r.equals("nmod") || r.equals("dep"))));
                for (int complement : complements) {
                    String code = evaluative.codeOf(g.token(complement).lemma());
                    if (code == null) {
                        continue;
                    }
                    List<ActorMention> targets = new ArrayList<>();
                    g.children(m, "obj").forEach(o -> targets.addAll(actorsAt(o)));
                    g.children(complement, r -> r.equals("nsubj")).forEach(o -> targets.addAll(actorsAt(o)));
                    byTrigger.put(m, new Candidate(m, m, code, subjectActors(m), targets, null, List.of(complement),
                            List.of("evaluative:labelling")));
                    break;
                }
            }
        }

        /**
         * "A missionary was arrested in Lebanon": coercion in the passive with no agent is done by the
         * authorities of the place where it happened, a state named in the verb's "in" phrase.
         */
        private Candidate authorityOfPlace(Candidate c) {
            if (!passive(c.trigger()) || !cameo.get(c.code()).root().equals("17")) {
                return c;
            }
            for (int place : g.children(c.trigger(), r -> r.equals("obl:in"))) {
                for (ActorMention m : byHead.getOrDefault(place, List.of())) {
                    String code = m.actor().code();
                    if (isState(code)) {
                        ActorMention authority = new ActorMention(m.sentence(), m.start(), m.end(), m.head(),
                                new Actor(m.actor().text(), code, "GOV", null, null), "authority-of-place", m.entry());
                        return c.with(c.code(), c.anchor(), List.of(authority), c.targets(), List.of(),
                                "passive:authority-of-place");
                    }
                }
            }
            return c;
        }

        /**
         * A target known only by a domestic sector ("accused rebels of ...", "arrested protesters") belongs to the
         * source's own state, the default reading in news; any other uncoded target ("President Reagan's
         * statement", no state named) gives way to the nearest coded actor.
         */
        private Candidate domesticOrUncoded(Candidate c) {
            ActorMention source = c.sources().get(0);
            String state = source.actor().code();
            boolean sourceIsState = isState(state);
            List<ActorMention> domestic = new ArrayList<>();
            for (ActorMention t : c.targets()) {
                if (sourceIsState && t.actor().sector() != null && DOMESTIC_SECTORS.contains(t.actor().sector())
                        && t.actor().name() == null) {
                    org.annalist.model.Actor a = t.actor();
                    domestic.add(new ActorMention(t.sentence(), t.start(), t.end(), t.head(),
                            new org.annalist.model.Actor(a.text(), state, a.sector(), a.name(), a.org()),
                            t.rule() + "+domestic", t.entry()));
                }
            }
            return domestic.isEmpty() ? c.with(c.code(), c.anchor(), c.sources(), List.of(), List.of(), "target:uncoded")
                    : c.with(c.code(), c.anchor(), c.sources(), domestic, List.of(), "target:domestic");
        }

        /**
         * A noun event with no target that no light verb carries ("researched Russian information warfare",
         * "to justify an American strike") is a topic, not a report of something done.
         */
        private boolean isBareNominal(Candidate c) {
            if (!g.token(c.trigger()).isNoun() || c.anchor() != c.trigger() || !c.targets().isEmpty()) {
                return false;
            }
            int verb = g.parent(c.trigger(), r -> r.equals("obj"));
            return verb < 0 || !LIGHT_VERBS.contains(g.token(verb).lemma().toLowerCase());
        }

        /**
         * For an event whose pattern found no target: the actor nearest its trigger within the trigger's own
         * clause ("agreed to set up a centre in Tokyo", "demonstrated in Serbia"), not inside reported speech or
         * attributions ("according to ...", "a UN spokesman said").
         */
        private List<ActorMention> nearestInSubtree(Candidate c) {
            int root = c.anchor();
            List<ActorMention> best = new ArrayList<>();
            int bestDistance = Integer.MAX_VALUE;
            for (var entry : byHead.entrySet()) {
                int head = entry.getKey();
                if (head == root || !g.dominates(root, head) || insideAttribution(root, head)
                        || c.sources().stream().anyMatch(src -> src.head() != root && g.dominates(src.head(), head))) {
                    continue; // "demonstrators in Baghdad": a place inside the source's phrase is not the target
                }
                for (ActorMention m : entry.getValue()) {
                    if (m.actor().code() == null || c.sources().stream().anyMatch(src -> src.head() == m.head()
                            || java.util.Objects.equals(src.actor().code(), m.actor().code())
                            && java.util.Objects.equals(src.actor().sector(), m.actor().sector()))) {
                        continue;
                    }
                    int distance = depthBetween(root, head);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best.clear();
                    }
                    if (distance == bestDistance) {
                        best.add(m);
                    }
                }
            }
            return best;
        }

        /** Whether the path from {@code root} down to {@code node} passes a speech verb or "according to". */
        private boolean insideAttribution(int root, int node) {
            int current = node;
            for (int steps = 0; steps < g.size() && current != root && current >= 0; steps++) {
                var up = g.parents(current).isEmpty() ? null : g.parents(current).get(0);
                if (up == null) {
                    return false;
                }
                String lemma = g.token(current).lemma().toLowerCase();
                if (up.relation().startsWith("obl:according") || up.relation().startsWith("nmod:according")
                        || (g.token(current).isVerb() && control.classOf(lemma) == ControlVerbs.ControlClass.SPEECH)
                        || up.relation().equals("parataxis") || up.relation().startsWith("acl:relcl")
                        || up.relation().equals("advcl")) {
                    return true;
                }
                current = up.governor();
            }
            return false;
        }

        private int depthBetween(int root, int node) {
            int d = 0;
            int current = node;
            while (current != root && current >= 0 && d < g.size()) {
                current = g.parents(current).isEmpty() ? -1 : g.parents(current).get(0).governor();
                d++;
            }
            return d;
        }

        /** The code of the strongest evaluative word in a clause (criticism first), or null. */
        private int evaluativeWord(int clause) {
            int found = -1;
            for (int i = 0; i < g.size(); i++) {
                if (g.dominates(clause, i) && evaluative.codeOf(g.token(i).lemma()) != null) {
                    if (found < 0 || evaluative.codeOf(g.token(i).lemma()).equals("111")) {
                        found = i;
                    }
                }
            }
            return found;
        }

        /**
         * The actors closest to a word in the dependency graph (ignoring the speakers): "the provocative role of
         * the US strike against Syria" evaluates the US strike, not Syria.
         */
        private List<ActorMention> nearestActors(int word, List<ActorMention> speakers) {
            int[] distance = new int[g.size()];
            java.util.Arrays.fill(distance, -1);
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            distance[word] = 0;
            queue.add(word);
            int best = Integer.MAX_VALUE;
            List<ActorMention> out = new ArrayList<>();
            while (!queue.isEmpty()) {
                int t = queue.poll();
                if (distance[t] > best) {
                    break;
                }
                for (ActorMention m : byHead.getOrDefault(t, List.of())) {
                    if (speakers.stream().noneMatch(sp -> sp.head() == m.head())) {
                        best = distance[t];
                        out.add(m);
                    }
                }
                List<Integer> next = new ArrayList<>();
                g.children(t).forEach(d -> next.add(d.dependent()));
                g.parents(t).forEach(d -> next.add(d.governor()));
                for (int n : next) {
                    if (n >= 0 && distance[n] < 0) {
                        distance[n] = distance[t] + 1;
                        queue.add(n);
                    }
                }
            }
            return out;
        }

        // ---- what did not happen ----

        /**
         * Drops what a sentence does not report as done: the content of what someone refused, intended,
         * threatened, asked or demanded ("refused to allow planes to land and evacuate observers": no evacuation),
         * the content of such a noun ("would not meet the demands to release prisoners"), what a clause says must
         * be done, the condition of a conditional ("unless Baghdad accepted"), and events named only as the topic
         * of another ("negotiations on an Israeli troop pullback"). Events composed onto the governing word are
         * anchored there and stay.
         */
        private void dropUnrealised() {
            byTrigger.values().removeIf(c -> conditional(c.anchor()) || governedByIrrealis(c.anchor())
                    || isTopic(c) || isAllegation(c.anchor()));
            byTrigger.values().removeIf(this::isPurposeOfAnotherEvent);
        }

        /**
         * "began a hunger strike to demand reforms", "opened the bridge to allow deliveries": the act is the
         * event, its purpose is why it was done. A purpose is coded only when its act is no event of its own
         * ("sent experts to investigate").
         */
        private boolean isPurposeOfAnotherEvent(Candidate c) {
            int act = g.parent(c.anchor(), r -> r.equals("advcl:to") || r.equals("xcomp"));
            ControlVerbs.ControlClass governing = act < 0 ? null : control.classOf(g.token(act).lemma().toLowerCase());
            if (act < 0 || governing != null && governing != ControlVerbs.ControlClass.TRANSPARENT) {
                return false;
            }
            List<Integer> acts = new ArrayList<>(g.children(act, "obj")); // "began a hunger strike to demand"
            acts.add(act);
            return acts.stream().map(byTrigger::get)
                    .anyMatch(main -> main != null && main != c && !main.sources().isEmpty());
        }

        /** What someone is accused of ("accused rebels of violating a ceasefire") is alleged, not reported. */
        private boolean isAllegation(int node) {
            int verb = g.parent(node, r -> ALLEGED.contains(r));
            return verb >= 0 && ACCUSING.contains(g.token(verb).lemma().toLowerCase());
        }

        /** Whether the clause of a word is the condition of a conditional ("if ...", "unless ..."). */
        private boolean conditional(int node) {
            int current = node;
            int steps = 0; // enhanced graphs may hold cycles; a path is never longer than the sentence
            for (var up = g.up(current); up != null && up.governor() >= 0 && steps++ < g.size(); up = g.up(current)) {
                if (CONDITIONS.contains(up.relation())) {
                    return true;
                }
                if (up.relation().startsWith("acl:relcl") || up.relation().equals("parataxis")) {
                    return false;
                }
                current = up.governor();
            }
            return false;
        }

        /**
         * Whether a word lies inside the complement of a word that makes its content unreal: a refusing,
         * intending, threatening, appealing or demanding verb or noun, or a verb with "must" or "should".
         * The climb goes through complements, conjuncts, objects and noun modifiers only; an adverbial
         * clause, relative clause or parenthetical starts a clause that stands on its own.
         */
        private boolean governedByIrrealis(int node) {
            int current = node;
            int steps = 0; // enhanced graphs may hold cycles; a path is never longer than the sentence
            for (var up = g.up(current); up != null && up.governor() >= 0 && steps++ < g.size(); up = g.up(current)) {
                String relation = up.relation();
                int governor = up.governor();
                if (isIrrealisHead(governor) && IRREALIS_COMPLEMENTS.test(relation)
                        && !reportsAFact(governor, current)) { // "insisted that troops had shelled villages"
                    return true;
                }
                if (!CLIMB_WITHIN_CONTENT.test(relation)) {
                    return false;
                }
                current = governor;
            }
            return false;
        }

        private boolean isIrrealisHead(int token) {
            Token t = g.token(token);
            ControlVerbs.ControlClass c = control.classOf(t.lemma().toLowerCase());
            boolean irrealisClass = c != null && c != ControlVerbs.ControlClass.TRANSPARENT
                    && c != ControlVerbs.ControlClass.SPEECH;
            if (irrealisClass && (t.isVerb() || t.isNoun() || t.pos().startsWith("JJ"))) {
                return true;
            }
            return t.isVerb() && g.hasChildLemma(token, "aux", OBLIGATION);
        }

        /**
         * A noun event hanging on another word by "on", "about", "over" and the like is what that word is
         * about ("talks on a pullback", "protests over the arrest"), not a report that it happened.
         */
        private boolean isTopic(Candidate c) {
            if (!g.token(c.trigger()).isNoun() || c.anchor() != c.trigger()) {
                return false;
            }
            int governor = g.parent(c.trigger(), r -> TOPIC_RELATIONS.contains(r));
            return governor >= 0;
        }

        // ---- governing verbs ----

        private void composeGoverningVerbs() {
            List<Integer> governors = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                boolean predicate = g.token(i).isVerb() || g.token(i).pos().startsWith("JJ");
                if (predicate && control.classOf(g.token(i).lemma().toLowerCase()) != null) {
                    governors.add(i);
                }
            }
            // Innermost first, so "asked X to request Y to visit" composes from the inside out.
            governors.sort(Comparator.comparingInt(this::depth).reversed());
            for (int m : governors) {
                ControlVerbs.ControlClass c = control.classOf(g.token(m).lemma().toLowerCase());
                boolean toldThat = c == ControlVerbs.ControlClass.DEMAND && g.children(m, "xcomp").isEmpty()
                        && !g.children(m, r -> r.equals("ccomp") || r.equals("parataxis")).isEmpty()
                        && TELLING.contains(g.token(m).lemma().toLowerCase());
                if (c == ControlVerbs.ControlClass.SPEECH || toldThat) {
                    // "told VOA that ...": telling someone that something is so is speech; "told X to go" a demand.
                    composeSpeech(m);
                } else {
                    composeControl(m, c);
                }
            }
        }

        private void composeControl(int m, ControlVerbs.ControlClass c) {
            Candidate ownPattern = byTrigger.get(m);
            if (ownPattern != null && ownPattern.pattern() != null && ownPattern.pattern().requiredWords() > 0) {
                // "called off the strike", "attempted to assassinate X": the verb's own pattern says it all, but
                // the target may stand in the governed clause.
                List<ActorMention> targets = new ArrayList<>(ownPattern.targets());
                for (int e : g.children(m, CLAUSE)) {
                    Candidate embedded = byTrigger.get(e);
                    if (targets.isEmpty() && embedded != null) {
                        targets.addAll(embedded.targets());
                    }
                    if (targets.isEmpty()) {
                        g.children(e, r -> r.equals("obj")).forEach(o -> targets.addAll(actorsAt(o)));
                    }
                    if (ownPattern.words().contains(e)) {
                        byTrigger.remove(e);
                    }
                }
                if (ownPattern.targets().isEmpty() && !targets.isEmpty()) {
                    byTrigger.put(m, ownPattern.with(ownPattern.code(), m, ownPattern.sources(), targets, List.of(),
                            "control:target-from-clause"));
                }
                return;
            }
            // "called Putin a threat", "what he called a difficult investigation": a noun or adjective as the
            // complement is a label, not an act asked for or promised.
            List<Integer> governed = new ArrayList<>(g.children(m, CLAUSE).stream()
                    .filter(e -> g.token(e).isVerb() || byTrigger.containsKey(e)).toList());
            // "is committed to opening up", "is opposed to French mediation": the governed act after "to".
            g.children(m, r -> r.equals("advcl:to") || r.equals("obl:to")).stream()
                    .filter(e -> g.token(e).isVerb() || byTrigger.containsKey(e)
                            || c == ControlVerbs.ControlClass.REFUSE && !actorsAt(e).isEmpty())
                    .forEach(governed::add);
            if (c != ControlVerbs.ControlClass.TRANSPARENT && c != ControlVerbs.ControlClass.SPEECH) {
                // Nominal events as objects: "wanted a frank exchange with Lavrov", "demanded an investigation".
                g.children(m, "obj").stream().filter(o -> byTrigger.containsKey(o) && g.token(o).isNoun())
                        .forEach(governed::add);
            }
            for (int e : governed) {
                Candidate embedded = byTrigger.get(e);
                if ((c == ControlVerbs.ControlClass.DEMAND || c == ControlVerbs.ControlClass.APPEAL)
                        && reportsAFact(m, e)) {
                    // "insisted unrest there reflected ethnic tensions", "insisting the Russians were attacking":
                    // an assertion, not a demand; what it asserts is coded as reported.
                    continue;
                }
                List<ActorMention> sources = subjectActors(m);
                if (sources.isEmpty()) {
                    List<ActorMention> passiveSubjects = new ArrayList<>();
                    g.children(m, "nsubj:pass").forEach(s -> passiveSubjects.addAll(actorsAt(s)));
                    sources = passiveSubjects;
                }
                if (sources.isEmpty() && byTrigger.containsKey(m)) {
                    sources = byTrigger.get(m).sources();
                }
                List<ActorMention> asked = new ArrayList<>();
                g.children(m, r -> r.equals("obj") || r.equals("iobj")).forEach(s -> asked.addAll(actorsAt(s)));
                boolean addressed = c == ControlVerbs.ControlClass.APPEAL || c == ControlVerbs.ControlClass.DEMAND;
                if (addressed && asked.isEmpty() && g.children(m, "xcomp").isEmpty()) {
                    g.children(e, r -> r.equals("nsubj")).forEach(s -> asked.addAll(actorsAt(s)));
                }
                if (embedded != null) {
                    String code = CodeRules.combine(c, embedded.code(), cameo);
                    List<ActorMention> targets = addressed && !asked.isEmpty() ? asked
                            : !embedded.targets().isEmpty() ? embedded.targets() : asked;
                    if (sources.isEmpty()) {
                        sources = embedded.sources();
                    }
                    byTrigger.remove(e);
                    byTrigger.put(m, embedded.with(code, m, sources, targets, List.of(m),
                            "control:" + c.name().toLowerCase()));
                } else if (CodeRules.alone(c) != null && !(c == ControlVerbs.ControlClass.INTENT
                        && WISHES.contains(g.token(m).lemma().toLowerCase()))) {
                    // A wish with nothing coded inside ("wants the United States to be respected") is no intent to
                    // cooperate; a commitment is ("is committed to opening up the economy").
                    Candidate own = byTrigger.get(m);
                    if (own != null && own.sources().isEmpty()) {
                        own = null; // "is committed to", "is opposed to": the passive form's pattern found no agent
                    }
                    List<ActorMention> targets = new ArrayList<>(asked);
                    if (targets.isEmpty() && !g.token(e).isVerb()) {
                        targets.addAll(actorsAt(e)); // "opposed to French mediation"
                    }
                    if (targets.isEmpty()) {
                        g.children(e, r -> r.equals("obj") || prepOf(r) != null).forEach(s -> targets.addAll(actorsAt(s)));
                    }
                    if (targets.isEmpty() && c != ControlVerbs.ControlClass.INTENT) {
                        // "rejected North Korea's demand to sever ties" is often parsed with the demand as subject.
                        g.children(e, "nsubj").forEach(s -> targets.addAll(actorsAt(s)));
                    }
                    if (own != null) {
                        if (own.targets().isEmpty()) {
                            byTrigger.put(m, own.with(own.code(), m, own.sources(), targets, List.of(), "control:" + c.name().toLowerCase()));
                        }
                    } else if (!sources.isEmpty()) {
                        byTrigger.put(m, new Candidate(m, m, CodeRules.alone(c), sources, targets, null, List.of(),
                                List.of("control:" + c.name().toLowerCase())));
                    }
                }
            }
        }

        /** A that-clause in the past or present indicative ("insisted that it was", "urges that X reflects"). */
        private boolean reportsAFact(int m, int clause) {
            if (g.parent(clause, r -> r.equals("ccomp")) != m) {
                return false;
            }
            List<Integer> finite = new ArrayList<>(g.children(clause, r -> r.equals("cop") || r.equals("aux")));
            finite.add(clause);
            boolean modal = finite.stream().anyMatch(t -> g.token(t).pos().equals("MD"));
            return !modal && finite.stream().anyMatch(t -> g.token(t).pos().equals("VBD") || g.token(t).pos().equals("VBZ"));
        }

        private void composeSpeech(int m) {
            List<ActorMention> speakers = subjectActors(m);
            List<Integer> clauses = g.children(m, r -> r.equals("ccomp") || r.equals("parataxis"));
            if (clauses.isEmpty()) {
                // Quotations are often parsed loosely ("said 'with this attack, the regime has ...'"): take what
                // hangs on the speech verb, other than its subject, as what was said.
                clauses = g.children(m, r -> r.equals("dep") || r.startsWith("obl") || r.equals("obj"));
            }
            for (int clause : clauses) {
                boolean obligation = g.hasChildLemma(clause, "aux", OBLIGATION)
                        || g.children(clause, "xcomp").stream().anyMatch(x -> g.token(x).lemma().equals("have")
                        && g.token(clause).lemma().equals("have"));
                List<ActorMention> addressee = new ArrayList<>();
                g.children(clause, r -> r.equals("nsubj") || r.equals("nsubj:pass")).forEach(s -> addressee.addAll(actorsAt(s)));
                if (obligation && addressee.isEmpty()) {
                    // "reminded Iraq that it must cooperate": the one spoken to.
                    g.children(m, r -> r.equals("obj") || r.equals("iobj")).forEach(s -> addressee.addAll(actorsAt(s)));
                }
                Candidate inner = byTrigger.get(clause);
                // "said America should be very proud": an obligation to be something is advice, not a demand.
                boolean act = inner != null || g.token(clause).isVerb()
                        && g.children(clause, r -> r.equals("cop")).isEmpty();
                boolean unmet = obligation && g.children(clause, r -> r.equals("aux")).stream()
                        .anyMatch(a -> g.token(a).lemma().equalsIgnoreCase("have"));
                if (unmet && !speakers.isEmpty() && !addressee.isEmpty()) {
                    // "said Obama should have given the order": blame for what was not done, not a demand.
                    byTrigger.remove(clause);
                    byTrigger.put(m, new Candidate(m, m, "111", speakers, addressee, null, List.of(clause),
                            List.of("speech:should-have")));
                    continue;
                }
                if (obligation && act && !speakers.isEmpty() && !addressee.isEmpty()) {
                    String code = inner == null ? "100" : CodeRules.combine(ControlVerbs.ControlClass.DEMAND, inner.code(), cameo);
                    Candidate base = inner != null ? inner : new Candidate(clause, m, code, speakers, addressee, null,
                            List.of(), List.of());
                    byTrigger.remove(clause);
                    byTrigger.put(m, base.with(code, m, speakers, addressee, List.of(clause), "speech:obligation"));
                    continue;
                }
                if (inner != null && inner.sources().isEmpty() && !speakers.isEmpty() && pronounSubject(clause)) {
                    // "Uganda said it had paid compensation": the pronoun is the speaker.
                    byTrigger.put(clause, inner.with(inner.code(), inner.anchor(), speakers, inner.targets(), List.of(),
                            "speech:pronoun-subject"));
                }
                boolean somethingInside = byTrigger.entrySet().stream().anyMatch(k -> k.getKey() != m
                        && !k.getValue().sources().isEmpty() && g.dominates(clause, k.getKey()));
                if (somethingInside) {
                    Candidate own = byTrigger.get(m);
                    if (own != null && cameo.get(own.code()).root().equals("01")) {
                        byTrigger.remove(m); // the report is carried by what it reports
                    }
                } else if (!speakers.isEmpty() && (!byTrigger.containsKey(m)
                        || cameo.get(byTrigger.get(m).code()).code().equals("010"))) {
                    int word = evaluativeWord(clause);
                    if (word >= 0) {
                        // "said the regime has plumbed new depths of horror": the speaker's own evaluation.
                        String code = evaluative.codeOf(g.token(word).lemma());
                        List<ActorMention> targets = addressee.isEmpty() ? nearestActors(word, speakers) : addressee;
                        targets = targets.stream().filter(t -> speakers.stream().noneMatch(sp -> sp.head() == t.head())).toList();
                        byTrigger.put(m, new Candidate(m, m, code, speakers, code.equals("111") || code.equals("051")
                                ? targets : List.of(), null, List.of(word), List.of("speech:evaluative")));
                    } else if (!byTrigger.containsKey(m)) {
                        byTrigger.put(m, new Candidate(m, m, "010", speakers, addressee, null, List.of(),
                                List.of("speech:statement")));
                    }
                }
            }
        }

        private boolean pronounSubject(int verb) {
            return g.children(verb, r -> r.startsWith("nsubj")).stream()
                    .anyMatch(s -> PRONOUN_SUBJECTS.contains(g.token(s).word().toLowerCase()));
        }

        private int depth(int token) {
            int d = 0;
            int current = token;
            while (d < g.size()) {
                int up = g.parents(current).isEmpty() ? -1 : g.parents(current).get(0).governor();
                if (up < 0) {
                    break;
                }
                current = up;
                d++;
            }
            return d;
        }
    }
}
