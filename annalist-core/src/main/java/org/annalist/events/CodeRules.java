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

    /** Intent to do what the governed code does ("agreed to meet" 04 → 036); 3-digit keys before roots. */
    private static final Map<String, String> INTENT = Map.ofEntries(Map.entry("04", "036"), Map.entry("05", "032"),
            Map.entry("06", "031"), Map.entry("07", "033"), Map.entry("08", "035"), Map.entry("03", "030"),
            Map.entry("045", "039"), Map.entry("046", "036"), Map.entry("037", "037"), Map.entry("038", "038"),
            Map.entry("039", "039"));
    /** Threat to do what the governed code does ("threatened to attack" 19 → 138). */
    private static final Map<String, String> THREAT = Map.ofEntries(Map.entry("14", "133"), Map.entry("15", "138"),
            Map.entry("16", "131"), Map.entry("17", "137"), Map.entry("18", "1383"), Map.entry("19", "138"),
            Map.entry("20", "138"), Map.entry("13", "130"), Map.entry("12", "130"), Map.entry("11", "130"),
            Map.entry("161", "1313"), Map.entry("162", "1311"), Map.entry("163", "1312"), Map.entry("164", "134"),
            Map.entry("165", "135"), Map.entry("166", "136"), Map.entry("191", "1381"), Map.entry("192", "1382"));
    /** Refusal of what the governed code does ("refused to meet" 04 → 125, "refused to release" 08 → 124). */
    private static final Map<String, String> REFUSE = Map.ofEntries(Map.entry("04", "125"), Map.entry("03", "120"),
            Map.entry("05", "120"), Map.entry("06", "121"), Map.entry("07", "122"), Map.entry("08", "124"),
            Map.entry("02", "120"), Map.entry("045", "126"), Map.entry("037", "127"), Map.entry("057", "127"));
    /** Appeal for what the governed code does ("urged X to negotiate" 04 → 026). */
    private static final Map<String, String> APPEAL = Map.ofEntries(Map.entry("04", "026"), Map.entry("06", "021"),
            Map.entry("07", "023"), Map.entry("08", "025"), Map.entry("05", "022"), Map.entry("03", "020"),
            Map.entry("045", "028"), Map.entry("037", "027"));
    /** Demand for what the governed code does ("ordered X to withdraw" 08 → 105). */
    private static final Map<String, String> DEMAND = Map.ofEntries(Map.entry("04", "106"), Map.entry("06", "101"),
            Map.entry("07", "103"), Map.entry("08", "105"), Map.entry("05", "102"), Map.entry("03", "100"),
            Map.entry("045", "108"), Map.entry("037", "107"));

    static String combine(ControlVerbs.ControlClass c, String governed, Cameo cameo) {
        String code = switch (c) {
            case INTENT -> lookup(INTENT, governed, "030");
            case THREAT -> lookup(THREAT, governed, "130");
            case REFUSE -> lookup(REFUSE, governed, "120");
            case APPEAL -> lookup(APPEAL, governed, "020");
            case DEMAND -> lookup(DEMAND, governed, "100");
            case TRANSPARENT, SPEECH -> governed;
        };
        // A sub-code missing from the codebook falls back to its root, which always exists.
        return cameo.find(code).isPresent() ? code : code.substring(0, 2);
    }

    /** The most specific entry for a code: its 3-digit prefix, else its root, else the default. */
    private static String lookup(Map<String, String> table, String governed, String fallback) {
        if (governed.length() >= 3 && table.containsKey(governed.substring(0, 3))) {
            return table.get(governed.substring(0, 3));
        }
        return table.getOrDefault(governed.substring(0, 2), fallback);
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

    /**
     * A future or possible event: cooperation announced is an intent, conflict announced a threat, except that a
     * reduction of relations decided ({@code decided}: "will cut aid", "would expel the diplomats", with no
     * condition) is the sanction itself, which coders code as the sanction; "may halt mediation if ..." stays a threat.
     */
    static String future(String code, boolean decided, Cameo cameo) {
        String root = code.substring(0, 2);
        if (root.compareTo("04") >= 0 && root.compareTo("08") <= 0) {
            return combine(ControlVerbs.ControlClass.INTENT, code, cameo);
        }
        if (root.equals("16") && decided) {
            return code;
        }
        if (root.compareTo("14") >= 0) {
            return combine(ControlVerbs.ControlClass.THREAT, code, cameo);
        }
        return code;
    }
}
