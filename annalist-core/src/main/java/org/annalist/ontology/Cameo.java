package org.annalist.ontology;

import org.annalist.dict.DictionaryFiles;
import org.annalist.dict.DictionaryLine;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CAMEO codebook: every event code with its name, Goldstein score, quad class and PLOVER mapping.
 * Immutable and thread-safe; load it once with {@link #bundled()}.
 */
public final class Cameo {
    /** The 16 event types of PLOVER 2021. */
    public static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private static final String FILE = "ontology/cameo.tsv";
    private static final org.annalist.dict.Bundled<Cameo> BUNDLED =
            new org.annalist.dict.Bundled<>(() -> parse(DictionaryFiles.readResource(FILE)));

    private final Map<String, CameoCode> codes;

    private Cameo(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** The codebook shipped with Annalist, loaded on first use. */
    public static Cameo bundled() {
        return BUNDLED.get();
    }

    static Cameo parse(List<DictionaryLine> lines) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (DictionaryLine line : lines) {
            String code = line.required(0, "code");
            if (!code.matches("\\d{2,4}") || Integer.parseInt(code.substring(0, 2)) < 1
                    || Integer.parseInt(code.substring(0, 2)) > 20) {
                throw line.error("'" + code + "' is not a CAMEO code (2 to 4 digits, root 01 to 20)");
            }
            if (codes.containsKey(code)) {
                throw line.error("code " + code + " is listed twice");
            }
            if (code.length() > 2 && !codes.containsKey(code.substring(0, code.length() - 1))
                    && !codes.containsKey(code.substring(0, 2))) {
                throw line.error("code " + code + " comes before its parent");
            }
            String name = line.required(1, "name");
            double goldstein;
            try {
                goldstein = Double.parseDouble(line.required(2, "goldstein"));
            } catch (NumberFormatException e) {
                throw line.error("goldstein '" + line.column(2) + "' is not a number");
            }
            if (goldstein < -10 || goldstein > 10) {
                throw line.error("goldstein " + goldstein + " is outside -10..10");
            }
            String plover = line.column(3);
            if (plover.isEmpty() || plover.equals("-")) {
                plover = null;
            } else if (!PLOVER_TYPES.contains(plover)) {
                throw line.error("'" + plover + "' is not a PLOVER event type (one of " + PLOVER_TYPES + ")");
            }
            codes.put(code, new CameoCode(code, name, goldstein, plover, emptyToNull(line.column(4)),
                    emptyToNull(line.column(5))));
        }
        return new Cameo(codes);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The code, if the codebook has it. */
    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** The code; an unknown code is a programming or dictionary error. */
    public CameoCode get(String code) {
        CameoCode result = codes.get(code);
        if (result == null) {
            throw new IllegalArgumentException("unknown CAMEO code '" + code + "'");
        }
        return result;
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
