package org.annalist.events;

import org.annalist.dict.DictionaryFiles;
import org.annalist.dict.DictionaryLine;
import org.annalist.ontology.Cameo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verb-pattern dictionary (events/verbs.txt), indexed by trigger lemma. Immutable and thread-safe.
 * The pattern language is documented at the top of verbs.txt.
 */
public final class PatternDictionary {
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[a-z][a-z'\\-]*");
    private static final org.annalist.dict.Bundled<PatternDictionary> BUNDLED =
            new org.annalist.dict.Bundled<>(() -> parse(DictionaryFiles.readResource("events/verbs.txt"),
                            DictionaryFiles.readResource("events/synonyms.txt"), Cameo.bundled()));

    /** Patterns by trigger lemma, those taken through synonyms included. */
    private final Map<String, List<Pattern>> byTrigger;
    /** Only the patterns written in verbs.txt. */
    private final Map<String, List<Pattern>> own;
    private final Map<String, Synonym> synonyms;
    private final int size;

    /**
     * A curated synonym (events/synonyms.txt): a word that codes like the trigger with all of its patterns.
     *
     * @param word     the synonym's lemma
     * @param trigger  the lemma of the trigger whose patterns it takes
     * @param pos      part of speech of both
     * @param entry    "synonyms.txt:12"
     */
    record Synonym(String word, String trigger, Pattern.Pos pos, String entry) {
        /** As written in synonyms.txt: {@code lemma}, {@code lemma/n} or {@code lemma/a}. */
        String written() {
            return PatternDictionary.written(word, pos);
        }

        String writtenTrigger() {
            return PatternDictionary.written(trigger, pos);
        }
    }

    /** A trigger word of verbs.txt with the CAMEO codes of its patterns, for tools. */
    record Trigger(String lemma, Pattern.Pos pos, List<String> codes, int patterns) {
        String written() {
            return PatternDictionary.written(lemma, pos);
        }
    }

    private PatternDictionary(Map<String, List<Pattern>> own, Map<String, List<Pattern>> byTrigger,
                              Map<String, Synonym> synonyms, int size) {
        this.own = Collections.unmodifiableMap(own);
        this.byTrigger = Collections.unmodifiableMap(byTrigger);
        this.synonyms = Collections.unmodifiableMap(synonyms);
        this.size = size;
    }

    /** The dictionary shipped with Annalist (verbs.txt and the curated synonyms.txt), loaded once. */
    public static PatternDictionary bundled() {
        return BUNDLED.get();
    }

    static PatternDictionary parse(List<DictionaryLine> lines, Cameo cameo) {
        return parse(lines, List.of(), cameo);
    }

    /**
     * Reads the patterns, then the synonyms: each synonym is indexed under every pattern of its trigger (same part
     * of speech), with pattern text {@code "block T (via synonym blockade)"} and an entry naming both lines.
     */
    static PatternDictionary parse(List<DictionaryLine> lines, List<DictionaryLine> synonymLines, Cameo cameo) {
        Map<String, List<Pattern>> byTrigger = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (DictionaryLine line : lines) {
            String code = line.required(0, "CAMEO code");
            if (cameo.find(code).isEmpty()) {
                throw line.error("'" + code + "' is not a CAMEO code of ontology/cameo.tsv");
            }
            String text = line.required(1, "pattern");
            if (!seen.add(code + "\t" + text)) {
                throw line.error("pattern '" + text + "' is listed twice for " + code);
            }
            Pattern pattern = parsePattern(line, code, text);
            byTrigger.computeIfAbsent(pattern.trigger(), k -> new ArrayList<>()).add(pattern);
        }
        Map<String, Synonym> synonyms = new java.util.LinkedHashMap<>();
        Map<String, List<Pattern>> added = new HashMap<>();
        for (DictionaryLine line : synonymLines) {
            Synonym synonym = parseSynonym(line, byTrigger, synonyms);
            synonyms.put(synonym.written(), synonym);
            for (Pattern p : ownPatterns(byTrigger, synonym.trigger(), synonym.pos())) {
                added.computeIfAbsent(synonym.word(), k -> new ArrayList<>()).add(new Pattern(p.code(), synonym.word(),
                        p.pos(), p.elements(), p.text() + " (via synonym " + synonym.word() + ")",
                        p.entry() + " via " + synonym.entry()));
            }
        }
        Map<String, List<Pattern>> all = new HashMap<>();
        byTrigger.forEach((word, patterns) -> all.put(word, List.copyOf(patterns)));
        added.forEach((word, patterns) -> all.merge(word, List.copyOf(patterns),
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        return new PatternDictionary(byTrigger, all, synonyms, seen.size());
    }

    private static Synonym parseSynonym(DictionaryLine line, Map<String, List<Pattern>> byTrigger,
                                        Map<String, Synonym> earlier) {
        String synonymText = line.required(0, "synonym");
        String triggerText = line.required(1, "trigger");
        if (!line.column(2).isEmpty()) {
            throw line.error("unexpected third column '" + line.column(2)
                    + "' (a line is SYNONYM <TAB> TRIGGER, optionally followed by <TAB> # note)");
        }
        Map.Entry<String, Pattern.Pos> synonym = parseLemma(line, synonymText, "synonym");
        Map.Entry<String, Pattern.Pos> trigger = parseLemma(line, triggerText, "trigger");
        if (synonym.getValue() != trigger.getValue()) {
            throw line.error("synonym '" + synonymText + "' is a " + name(synonym.getValue()) + " but trigger '"
                    + triggerText + "' is a " + name(trigger.getValue()) + " (write both with the same suffix)");
        }
        Pattern.Pos pos = synonym.getValue();
        if (synonym.getKey().equals(trigger.getKey())) {
            throw line.error("'" + synonymText + "' is given as its own synonym");
        }
        Synonym twice = earlier.get(synonymText);
        if (twice != null) {
            throw line.error("'" + synonymText + "' is listed twice: already a synonym of '" + twice.writtenTrigger()
                    + "' (" + twice.entry() + ")");
        }
        List<Pattern> own = ownPatterns(byTrigger, synonym.getKey(), pos);
        if (!own.isEmpty()) {
            throw line.error("'" + synonymText + "' has patterns of its own in verbs.txt (" + own.get(0).entry()
                    + (own.size() > 1 ? " and " + (own.size() - 1) + " more" : "")
                    + "): it cannot also take the patterns of '" + triggerText
                    + "'; add the patterns it lacks to verbs.txt instead");
        }
        if (ownPatterns(byTrigger, trigger.getKey(), pos).isEmpty()) {
            Synonym chained = earlier.get(triggerText);
            throw line.error(chained != null
                    ? "trigger '" + triggerText + "' is itself a synonym of '" + chained.writtenTrigger() + "' ("
                    + chained.entry() + "): name '" + chained.writtenTrigger() + "' as the trigger"
                    : "unknown trigger '" + triggerText + "': verbs.txt has no " + name(pos) + " pattern for it");
        }
        return new Synonym(synonym.getKey(), trigger.getKey(), pos, line.location());
    }

    private static Map.Entry<String, Pattern.Pos> parseLemma(DictionaryLine line, String text, String what) {
        String lemma = text;
        Pattern.Pos pos = Pattern.Pos.VERB;
        if (text.endsWith("/n")) {
            pos = Pattern.Pos.NOUN;
            lemma = text.substring(0, text.length() - 2);
        } else if (text.endsWith("/a")) {
            pos = Pattern.Pos.ADJECTIVE;
            lemma = text.substring(0, text.length() - 2);
        }
        if (!WORD.matcher(lemma).matches()) {
            throw line.error(what + " '" + text + "' is not one lower-case lemma (optionally with /n or /a)");
        }
        return Map.entry(lemma, pos);
    }

    /** The patterns written in verbs.txt for this lemma and part of speech (not those taken through synonyms). */
    private static List<Pattern> ownPatterns(Map<String, List<Pattern>> byTrigger, String lemma, Pattern.Pos pos) {
        return byTrigger.getOrDefault(lemma, List.of()).stream().filter(p -> p.pos() == pos).toList();
    }

    private static String name(Pattern.Pos pos) {
        return switch (pos) {
            case VERB -> "verb";
            case NOUN -> "noun";
            case ADJECTIVE -> "adjective";
        };
    }

    static String written(String lemma, Pattern.Pos pos) {
        return switch (pos) {
            case VERB -> lemma;
            case NOUN -> lemma + "/n";
            case ADJECTIVE -> lemma + "/a";
        };
    }

    private static Pattern parsePattern(DictionaryLine line, String code, String text) {
        String[] parts = text.trim().split("\\s+");
        String trigger = parts[0];
        Pattern.Pos pos = Pattern.Pos.VERB;
        if (trigger.endsWith("/n")) {
            pos = Pattern.Pos.NOUN;
            trigger = trigger.substring(0, trigger.length() - 2);
        } else if (trigger.endsWith("/a")) {
            pos = Pattern.Pos.ADJECTIVE;
            trigger = trigger.substring(0, trigger.length() - 2);
        }
        if (!WORD.matcher(trigger).matches()) {
            throw line.error("trigger '" + parts[0] + "' is not a lower-case lemma (optionally with /n or /a)");
        }
        List<Pattern.Element> elements = new ArrayList<>();
        for (String part : Arrays.asList(parts).subList(1, parts.length)) {
            elements.add(parseElement(line, part));
        }
        return new Pattern(code, trigger, pos, List.copyOf(elements), text, line.location());
    }

    private static Pattern.Element parseElement(DictionaryLine line, String part) {
        if (part.equals("T") || part.equals("T!")) {
            return new Pattern.Target(part.endsWith("!"));
        }
        int colon = part.indexOf(':');
        if (colon < 0) {
            if (!WORD.matcher(part).matches()) {
                throw line.error("'" + part + "' is neither T, PREP:T, a lower-case word nor PREP:word");
            }
            return new Pattern.Word(part);
        }
        Set<String> preps = new LinkedHashSet<>(Arrays.asList(part.substring(0, colon).split("\\|")));
        for (String prep : preps) {
            if (!WORD.matcher(prep).matches() && !prep.matches("[a-z]+(_[a-z]+)+")) {
                throw line.error("'" + prep + "' in '" + part + "' is not a preposition");
            }
        }
        String object = part.substring(colon + 1);
        if (object.equals("T") || object.equals("T!")) {
            return new Pattern.PrepTarget(Set.copyOf(preps), object.endsWith("!"));
        }
        if (!WORD.matcher(object).matches()) {
            throw line.error("'" + object + "' in '" + part + "' is neither T nor a lower-case word");
        }
        return new Pattern.PrepWord(Set.copyOf(preps), object);
    }

    List<Pattern> forTrigger(String lemma) {
        return byTrigger.getOrDefault(lemma, List.of());
    }

    /** Number of patterns written in verbs.txt (synonyms not counted). */
    public int size() {
        return size;
    }

    /** The curated synonyms, in file order. */
    List<Synonym> synonyms() {
        return List.copyOf(synonyms.values());
    }

    /** The synonym written {@code lemma}, {@code lemma/n} or {@code lemma/a}, if synonyms.txt lists it. */
    java.util.Optional<Synonym> synonym(String written) {
        return java.util.Optional.ofNullable(synonyms.get(written));
    }

    /** Whether verbs.txt itself has patterns for this lemma with this part of speech. */
    boolean hasOwnPatterns(String lemma, Pattern.Pos pos) {
        return !ownPatterns(own, lemma, pos).isEmpty();
    }

    /** The triggers of verbs.txt (synonyms excluded), sorted by lemma then part of speech. */
    List<Trigger> triggers() {
        Map<String, Trigger> out = new java.util.TreeMap<>();
        own.forEach((lemma, patterns) -> {
            for (Pattern.Pos pos : Pattern.Pos.values()) {
                List<Pattern> these = ownPatterns(own, lemma, pos);
                if (!these.isEmpty()) {
                    out.put(lemma + "\t" + pos.ordinal(), new Trigger(lemma, pos,
                            these.stream().map(Pattern::code).distinct().sorted().toList(), these.size()));
                }
            }
        });
        return List.copyOf(out.values());
    }
}
