package org.annalist.events;

import org.annalist.dict.DictionaryFiles;
import org.annalist.dict.DictionaryLine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The verbs that govern other verbs (events/control.txt), by lemma. Immutable. */
final class ControlVerbs {
    enum ControlClass { INTENT, THREAT, REFUSE, APPEAL, DEMAND, TRANSPARENT, SPEECH }

    private static final org.annalist.dict.Bundled<ControlVerbs> BUNDLED =
            new org.annalist.dict.Bundled<>(() -> parse(DictionaryFiles.readResource("events/control.txt")));
    private final Map<String, ControlClass> classes;

    private ControlVerbs(Map<String, ControlClass> classes) {
        this.classes = Map.copyOf(classes);
    }

    static ControlVerbs bundled() {
        return BUNDLED.get();
    }

    static ControlVerbs parse(List<DictionaryLine> lines) {
        Map<String, ControlClass> classes = new HashMap<>();
        for (DictionaryLine line : lines) {
            String lemma = line.required(0, "lemma");
            String name = line.required(1, "class");
            ControlClass c;
            try {
                c = ControlClass.valueOf(name.toUpperCase());
            } catch (IllegalArgumentException e) {
                throw line.error("unknown class '" + name + "' (intent, threat, refuse, appeal, demand, transparent, speech)");
            }
            if (classes.put(lemma, c) != null) {
                throw line.error("'" + lemma + "' is listed twice");
            }
        }
        return new ControlVerbs(classes);
    }

    ControlClass classOf(String lemma) {
        return classes.get(lemma);
    }
}
