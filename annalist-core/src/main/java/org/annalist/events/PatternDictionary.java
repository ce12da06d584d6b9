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
    private static volatile PatternDictionary bundled;

    private final Map<String, List<Pattern>> byTrigger;
    private final int size;

    private PatternDictionary(Map<String, List<Pattern>> byTrigger, int size) {
        this.byTrigger = Collections.unmodifiableMap(byTrigger);
        this.size = size;
    }

    /** The dictionary shipped with Annalist, loaded once. */
    public static PatternDictionary bundled() {
        PatternDictionary result = bundled;
        if (result == null) {
            synchronized (PatternDictionary.class) {
                if (bundled == null) {
                    bundled = parse(DictionaryFiles.readResource("events/verbs.txt"), Cameo.bundled());
                }
                result = bundled;
            }
        }
        return result;
    }

    static PatternDictionary parse(List<DictionaryLine> lines, Cameo cameo) {
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
        return new PatternDictionary(byTrigger, seen.size());
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
        if (part.equals("T")) {
            return new Pattern.Target();
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
        if (object.equals("T")) {
            return new Pattern.PrepTarget(Set.copyOf(preps));
        }
        if (!WORD.matcher(object).matches()) {
            throw line.error("'" + object + "' in '" + part + "' is neither T nor a lower-case word");
        }
        return new Pattern.PrepWord(Set.copyOf(preps), object);
    }

    List<Pattern> forTrigger(String lemma) {
        return byTrigger.getOrDefault(lemma, List.of());
    }

    /** Number of patterns. */
    public int size() {
        return size;
    }
}
