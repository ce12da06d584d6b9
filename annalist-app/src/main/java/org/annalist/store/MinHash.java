package org.annalist.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MinHash signatures of texts over word shingles, and the locality-sensitive hashing (LSH) band keys that
 * find candidate near-duplicates without comparing every pair.
 *
 * <p>Signatures are stored in the database, so the shingle size, the number of hashes, the seeds and the
 * banding must never change without a migration that recomputes them.
 */
final class MinHash {
    /** Words per shingle: long enough that unrelated news about the same topic shares few shingles. */
    static final int SHINGLE_WORDS = 5;
    static final int HASHES = 128;
    /**
     * 32 bands of 4 rows: two texts become candidates with probability 1 - (1 - J^4)^32, which is 0.99 at
     * Jaccard 0.6 and 0.87 at 0.5, so the estimate, not the banding, decides at the usual thresholds.
     */
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long state = 0x5DEECE66DL; // fixed: stored signatures depend on it
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(state);
        }
    }

    private MinHash() {
    }

    /** The lower-cased words of a text, split at anything that is not a letter or a digit. */
    static String[] words(String text) {
        String[] words = NON_WORD.split(text.toLowerCase(Locale.ROOT));
        return Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /** 64-bit hashes of the text's shingles; a text shorter than a shingle is one shingle; no words, none. */
    static long[] shingles(String text) {
        String[] words = words(text);
        if (words.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, words.length - SHINGLE_WORDS + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0xCBF29CE484222325L; // FNV-1a over the shingle's characters, words separated by a space
            for (int w = i; w < Math.min(words.length, i + SHINGLE_WORDS); w++) {
                String word = words[w];
                for (int c = 0; c < word.length(); c++) {
                    h = (h ^ word.charAt(c)) * 0x100000001B3L;
                }
                h = (h ^ ' ') * 0x100000001B3L;
            }
            hashes[i] = mix(h);
        }
        return hashes;
    }

    /** The signature: for each of the 128 hash functions, the least hash over the shingles (32 bits kept). */
    static int[] signature(String text) {
        long[] shingles = shingles(text);
        int[] signature = new int[HASHES];
        if (shingles.length == 0) {
            return signature; // all zeros: such a text is never linked (see isEmpty)
        }
        long[] mins = new long[HASHES];
        Arrays.fill(mins, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(shingle ^ SEEDS[i]) >>> 1; // non-negative, so signed comparison orders them
                if (h < mins[i]) {
                    mins[i] = h;
                }
            }
        }
        for (int i = 0; i < HASHES; i++) {
            signature[i] = (int) (mins[i] >>> 31);
        }
        return signature;
    }

    static boolean isEmpty(int[] signature) {
        for (int v : signature) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets: the share of equal signature entries. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** One key per band; two signatures sharing any band key are candidates. The band index is mixed in. */
    static long[] bandKeys(int[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ (signature[b * ROWS + r] & 0xFFFFFFFFL));
            }
            keys[b] = h;
        }
        return keys;
    }

    static byte[] toBytes(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * Integer.BYTES);
        buffer.asIntBuffer().put(signature);
        return buffer.array();
    }

    static int[] fromBytes(byte[] bytes) {
        if (bytes.length != HASHES * Integer.BYTES) {
            throw new IllegalArgumentException("a MinHash signature has " + HASHES * Integer.BYTES
                    + " bytes, not " + bytes.length);
        }
        int[] signature = new int[HASHES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
        return signature;
    }

    /** The exact Jaccard similarity of two texts' shingle sets, for tests and measurements. */
    static double exactJaccard(String a, String b) {
        long[] x = Arrays.stream(shingles(a)).distinct().sorted().toArray();
        long[] y = Arrays.stream(shingles(b)).distinct().sorted().toArray();
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = x.length + y.length - common;
        return union == 0 ? 0 : common / (double) union;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
