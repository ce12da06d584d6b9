package org.annalist.events;

import org.annalist.dict.DictionaryFiles;
import org.annalist.dict.DictionaryLine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Evaluative words (events/evaluative.txt) and the CAMEO code each class stands for. Immutable. */
final class EvaluativeWords {
    private static final Map<String, String> CODES = Map.of("criticism", "111", "praise", "051",
            "pessimism", "012", "optimism", "013");
    private static final org.annalist.dict.Bundled<EvaluativeWords> BUNDLED =
            new org.annalist.dict.Bundled<>(() -> parse(DictionaryFiles.readResource("events/evaluative.txt")));
    private final Map<String, String> codeByLemma;

    private EvaluativeWords(Map<String, String> codeByLemma) {
        this.codeByLemma = Map.copyOf(codeByLemma);
    }

    static EvaluativeWords bundled() {
        return BUNDLED.get();
    }

    static EvaluativeWords parse(List<DictionaryLine> lines) {
        Map<String, String> codes = new HashMap<>();
        for (DictionaryLine line : lines) {
            String lemma = line.required(0, "lemma");
            String code = CODES.get(line.required(1, "class"));
            if (code == null) {
                throw line.error("unknown class '" + line.column(1) + "' (one of " + CODES.keySet() + ")");
            }
            if (codes.put(lemma, code) != null) {
                throw line.error("'" + lemma + "' is listed twice");
            }
        }
        return new EvaluativeWords(codes);
    }

    /** The CAMEO code the word's class stands for, or null. */
    String codeOf(String lemma) {
        return codeByLemma.get(lemma.toLowerCase());
    }
}
