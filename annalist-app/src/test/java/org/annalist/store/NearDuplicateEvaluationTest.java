package org.annalist.store;

import org.annalist.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures near-duplicate linking through the store itself: base texts are stored, then copies made from them by
 * dropping sentences and swapping words for synonyms, at three strengths, and independent reports of the same
 * stories in other words. Precision: links that point to the right base; recall: copies linked to their base.
 */
class NearDuplicateEvaluationTest {
    private static final Map<String, String> SYNONYMS = new HashMap<>();

    static {
        String pairs = "said stated,told informed,officials authorities,government administration,"
                + "governments administrations,country nation,countries nations,people persons,meeting session,"
                + "talks negotiations,promised pledged,warned cautioned,agreed consented,announced declared,"
                + "several many,many numerous,first initial,new fresh,main principal,called labelled,leaders chiefs,"
                + "leader chief,help assistance,capital metropolis,police officers,began started,reached attained,"
                + "expected anticipated,released published,heavy intense,continued persisted,group faction,"
                + "forces troops,troops soldiers,army military,decision ruling,plan proposal,people citizens,"
                + "residents inhabitants,families households,support backing,offered proposed,rejected dismissed,"
                + "urged pressed,criticised faulted,accused charged,called described,killed slain,week fortnight,"
                + "building structure,border frontier,vote ballot,court tribunal,sentenced condemned,"
                + "largely mostly,almost nearly,early soon,more additional,lower reduced,highest greatest";
        for (String pair : pairs.split(",")) {
            String[] p = pair.split(" ");
            SYNONYMS.putIfAbsent(p[0], p[1]);
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    /** How hard a copy is rewritten: the share of sentences dropped (at least minDrop) and the chance of swapping each known word. */
    private enum Level {
        republished(0, 0, 0.05), light(0.1, 1, 0.10), medium(0.2, 1, 0.20), heavy(0.4, 1, 0.35);

        final double dropShare;
        final int minDrop;
        final double swapChance;

        Level(double dropShare, int minDrop, double swapChance) {
            this.dropShare = dropShare;
            this.minDrop = minDrop;
            this.swapChance = swapChance;
        }
    }

    private record Copy(String id, int base, Level level, String text) {
    }

    @Test
    void nearDuplicates_copiesAreLinkedToTheirBase_independentReportsAreNot(@TempDir Path dir) throws IOException {
        List<String> texts = texts();
        List<String> bases = texts.subList(0, 12);
        List<String> independent = texts.subList(12, texts.size());
        List<Copy> copies = new ArrayList<>();
        for (int b = 0; b < bases.size(); b++) {
            for (Level level : Level.values()) {
                for (int seed = 0; seed < 2; seed++) {
                    Random random = new Random(1000L * b + 10L * level.ordinal() + seed);
                    copies.add(new Copy("copy-" + b + "-" + level + "-" + seed, b, level,
                            rewrite(bases.get(b), level, random)));
                }
            }
        }

        Map<String, String> links = new HashMap<>();
        try (Store store = Store.open(dir.resolve("near.duckdb"))) {
            try (Ingest ingest = store.ingest(IngestSettings.defaults())) {
                for (int b = 0; b < bases.size(); b++) {
                    store(ingest, "base-" + b, bases.get(b));
                }
                for (int i = 0; i < independent.size(); i++) {
                    store(ingest, "independent-" + i, independent.get(i));
                }
                for (Copy copy : copies) {
                    store(ingest, copy.id(), copy.text());
                }
            }
            store.query("SELECT id, duplicate_of FROM articles", List.of(),
                    r -> links.put(r.string("id"), r.string("duplicate_of")));
        }

        int linked = 0;
        int correct = 0;
        for (Map.Entry<String, String> link : links.entrySet()) {
            if (link.getValue() == null) {
                continue;
            }
            linked++;
            Copy copy = copies.stream().filter(c -> c.id().equals(link.getKey())).findFirst().orElse(null);
            // A copy linked to another copy of its base (one that was itself too rewritten to be linked) is in the
            // right family; a link across families is wrong.
            if (copy != null && family(link.getValue()).equals("base-" + copy.base())) {
                correct++;
            }
        }
        for (int b = 0; b < bases.size(); b++) {
            assertThat(links.get("base-" + b)).as("base texts are distinct stories").isNull();
        }
        for (int i = 0; i < independent.size(); i++) {
            assertThat(links.get("independent-" + i)).as("an independent report is not a copy").isNull();
        }

        Map<Level, double[]> byLevel = new LinkedHashMap<>(); // linked to the base, copies, sum of exact Jaccard
        int aboveFound = 0;
        int aboveTotal = 0;
        for (Copy copy : copies) {
            double[] c = byLevel.computeIfAbsent(copy.level(), l -> new double[3]);
            boolean found = ("base-" + copy.base()).equals(links.get(copy.id()));
            double exact = MinHash.exactJaccard(bases.get(copy.base()), copy.text());
            c[0] += found ? 1 : 0;
            c[1]++;
            c[2] += exact;
            if (exact >= IngestSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD) {
                aboveTotal++;
                aboveFound += found ? 1 : 0;
            }
        }
        double precision = linked == 0 ? 1 : correct / (double) linked;
        System.out.printf("Near-duplicate linking, threshold %.2f: precision %.3f (%d of %d links within the right family)%n",
                IngestSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD, precision, correct, linked);
        byLevel.forEach((level, c) -> System.out.printf("  %-11s copies: recall %.3f (%d of %d linked to the base), mean exact Jaccard %.2f%n",
                level, c[0] / c[1], (int) c[0], (int) c[1], c[2] / c[1]));
        System.out.printf("  copies whose exact Jaccard is at or above the threshold: recall %.3f (%d of %d)%n",
                aboveFound / (double) aboveTotal, aboveFound, aboveTotal);

        assertThat(precision).isEqualTo(1.0);
        assertThat(byLevel.get(Level.republished)[0]).as("republished copies linked")
                .isEqualTo(byLevel.get(Level.republished)[1]);
        assertThat(byLevel.get(Level.light)[0] / byLevel.get(Level.light)[1]).as("light recall").isGreaterThanOrEqualTo(0.85);
        assertThat(aboveFound / (double) aboveTotal).as("recall above the threshold").isGreaterThanOrEqualTo(0.9);
    }

    /** The base an article was made from ("copy-3-light-0" is of "base-3"), or the article itself. */
    private static String family(String id) {
        return id.startsWith("copy-") ? "base-" + id.split("-")[1] : id;
    }

    private static void store(Ingest ingest, String id, String text) {
        Article article = new Article(id, "", LocalDate.of(2020, 1, 1), text, "Test Wire", null, id);
        // Two copies may come out the same; the second is then stored as an exact copy, linked without coding.
        if (ingest.admit(article) == Ingest.Admission.CODE) {
            ingest.add(article, List.of());
        }
    }

    /** Drops sentences (never the first) and swaps known words for synonyms. */
    static String rewrite(String text, Level level, Random random) {
        List<String> sentences = new ArrayList<>(List.of(SENTENCE_END.split(text)));
        int drop = Math.max(level.minDrop, (int) Math.round(sentences.size() * level.dropShare));
        for (int i = 0; i < drop && sentences.size() > 2; i++) {
            sentences.remove(1 + random.nextInt(sentences.size() - 1));
        }
        Matcher m = WORD.matcher(String.join(" ", sentences));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String synonym = SYNONYMS.get(m.group());
            m.appendReplacement(out, synonym != null && random.nextDouble() < level.swapChance ? synonym : m.group());
        }
        m.appendTail(out);
        return out.toString();
    }

    static List<String> texts() throws IOException {
        try (InputStream in = NearDuplicateEvaluationTest.class.getResourceAsStream("base-texts.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> texts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : (all + "\n\n").split("\n", -1)) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isBlank()) {
                    if (current.length() > 0) {
                        texts.add(current.toString().strip());
                        current.setLength(0);
                    }
                } else {
                    current.append(line).append(' ');
                }
            }
            return texts;
        }
    }
}
