package org.annalist.eval;

import org.annalist.model.Actor;
import org.annalist.model.Event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores coded events against gold records with the protocol of shared/eval/README.md: type recall, type
 * precision (over coded events with a PLOVER type), F1, and tuple recall (type, source and target codes).
 */
public final class Score {
    /** Old CAMEO country codes still found in gold files, and their ISO 3166 codes. */
    private static final Map<String, String> OLD_CODES = Map.of("JAP", "JPN", "ITL", "ITA");

    private final Map<String, Counts> byType = new TreeMap<>();
    private final Counts total = new Counts();

    /** Per-type and overall tallies. */
    public static final class Counts {
        int records;
        int typeHits;
        int tupleHits;
        int sourceHits;
        int coded;
        int codedCorrect;

        public double recall() {
            return records == 0 ? 0 : (double) typeHits / records;
        }

        public double precision() {
            return coded == 0 ? 0 : (double) codedCorrect / coded;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double tupleRecall() {
            return records == 0 ? 0 : (double) tupleHits / records;
        }

        /** The share of records where some coded event, of any type, has a gold source code. */
        public double sourceRecall() {
            return records == 0 ? 0 : (double) sourceHits / records;
        }

        public int tupleHits() {
            return tupleHits;
        }

        public int sourceHits() {
            return sourceHits;
        }

        public int records() {
            return records;
        }

        public int coded() {
            return coded;
        }
    }

    static String normalise(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        c = c.length() > 3 ? c.substring(0, 3) : c;
        return OLD_CODES.getOrDefault(c, c);
    }

    /** Adds one gold record and the events coded for its sentence; returns whether the type was found. */
    public boolean add(GoldRecord gold, List<Event> events) {
        Counts type = byType.computeIfAbsent(gold.event(), k -> new Counts());
        boolean typeHit = false;
        boolean tupleHit = false;
        for (Event e : events) {
            String coded = e.plover().event();
            if (coded == null) {
                continue;
            }
            // Precision is charged to the type the coder claimed.
            Counts claimed = byType.computeIfAbsent(coded, k -> new Counts());
            claimed.coded++;
            total.coded++;
            if (coded.equals(gold.event())) {
                claimed.codedCorrect++;
                total.codedCorrect++;
                typeHit = true;
                if (matches(e.source(), gold.sources()) && (gold.targets().isEmpty() || matches(e.target(), gold.targets()))) {
                    tupleHit = true;
                }
            }
        }
        if (events.stream().anyMatch(e -> matches(e.source(), gold.sources()))) {
            type.sourceHits++;
            total.sourceHits++;
        }
        type.records++;
        total.records++;
        if (typeHit) {
            type.typeHits++;
            total.typeHits++;
        }
        if (tupleHit) {
            type.tupleHits++;
            total.tupleHits++;
        }
        return typeHit;
    }

    private static boolean matches(Actor actor, java.util.Set<String> gold) {
        return actor != null && actor.code() != null && gold.contains(normalise(actor.code()));
    }

    public Counts total() {
        return total;
    }

    public Map<String, Counts> byType() {
        return byType;
    }
}
