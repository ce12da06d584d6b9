package org.annalist.events;

import org.annalist.ontology.Cameo;

import java.util.Map;

/**
 * How a governing verb, negation or future tense turns the code of the event it governs into another code.
 * Written as tables from the CAMEO codebook's own structure: 03x intents, 12x rejections, 13x threats, 02x appeals
 * and 10x demands each have a sub-code per kind of cooperation or conflict.
 */
final class CodeRules {
    private CodeRules() {
    }

    /** Intent to do what the governed root does ("agreed to meet" 04 → 036). */
    private static final Map<String, String> INTENT = Map.of("04", "036", "05", "032", "06", "031", "07", "033",
            "08", "035", "03", "030");
    /** Threat to do what the governed root does ("threatened to attack" 19 → 138). */
    private static final Map<String, String> THREAT = Map.ofEntries(Map.entry("14", "133"), Map.entry("15", "138"),
            Map.entry("16", "131"), Map.entry("17", "137"), Map.entry("18", "138"), Map.entry("19", "138"),
            Map.entry("20", "138"), Map.entry("13", "130"), Map.entry("12", "130"), Map.entry("11", "130"));
    /** Refusal of what the governed root does ("refused to meet" 04 → 125, "refused to release" 08 → 124). */
    private static final Map<String, String> REFUSE = Map.of("04", "125", "03", "120", "05", "120", "06", "121",
            "07", "122", "08", "124", "02", "120");
    /** Appeal for what the governed root does ("urged X to negotiate" 04 → 026). */
    private static final Map<String, String> APPEAL = Map.of("04", "026", "06", "021", "07", "022", "08", "025",
            "05", "020", "03", "020");
    /** Demand for what the governed root does ("ordered X to withdraw" 08 → 105). */
    private static final Map<String, String> DEMAND = Map.of("04", "106", "06", "101", "07", "103", "08", "105",
            "05", "100", "03", "100");

    static String combine(ControlVerbs.ControlClass c, String governed, Cameo cameo) {
        String root = governed.substring(0, 2);
        String code = switch (c) {
            case INTENT -> INTENT.getOrDefault(root, "030");
            case THREAT -> THREAT.getOrDefault(root, "130");
            case REFUSE -> REFUSE.getOrDefault(root, "120");
            case APPEAL -> APPEAL.getOrDefault(root, "020");
            case DEMAND -> DEMAND.getOrDefault(root, "100");
            case TRANSPARENT, SPEECH -> governed;
        };
        // A sub-code missing from the codebook falls back to its root, which always exists.
        return cameo.find(code).isPresent() ? code : code.substring(0, 2);
    }

    /** The class's own code when the governed verb codes nothing ("agreed to set up a centre" → 030). */
    static String alone(ControlVerbs.ControlClass c) {
        return switch (c) {
            case INTENT -> "030";
            case THREAT -> "130";
            case REFUSE -> "120";
            case APPEAL -> "020";
            case DEMAND -> "100";
            case TRANSPARENT, SPEECH -> null;
        };
    }

    /** A negated event: cooperation not given is a rejection; conflict not carried out is no event (null). */
    static String negated(String code, Cameo cameo) {
        String root = code.substring(0, 2);
        if (root.compareTo("03") >= 0 && root.compareTo("08") <= 0) {
            return combine(ControlVerbs.ControlClass.REFUSE, code, cameo);
        }
        return null;
    }

    /** A future or possible event: cooperation announced is an intent, conflict announced a threat. */
    static String future(String code, Cameo cameo) {
        String root = code.substring(0, 2);
        if (root.compareTo("04") >= 0 && root.compareTo("08") <= 0) {
            return combine(ControlVerbs.ControlClass.INTENT, code, cameo);
        }
        if (root.compareTo("14") >= 0) {
            return combine(ControlVerbs.ControlClass.THREAT, code, cameo);
        }
        return code;
    }
}
