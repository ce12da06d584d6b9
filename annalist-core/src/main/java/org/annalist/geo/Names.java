package org.annalist.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** How place names are compared: the same key for the spellings news and GeoNames write differently. */
final class Names {
    /** Words that GeoNames' first-level division names carry for their kind: "Kherson Oblast", "Borno State". */
    private static final Set<String> REGION_KINDS = Set.of(
            "state", "province", "governorate", "region", "oblast", "county", "district", "prefecture",
            "department", "parish", "municipality", "krai", "kray", "voivodeship", "division", "republic");

    /**
     * Words that, after a place name in running text, ask for the first-level division rather than the town:
     * "Idlib province", "Washington state", "Donetsk region". Narrower than {@link #REGION_KINDS}: "county" and
     * "district" are second-level almost everywhere, and "republic" ends country names.
     */
    static final Set<String> MENTION_REGION_WORDS = Set.of(
            "state", "province", "governorate", "region", "oblast", "prefecture");

    /** Arabic article forms as romanised by GeoNames and by news ("Ar Raqqah", "al-Bab", "Deir ez-Zor"). */
    private static final Set<String> ARABIC_ARTICLES = Set.of(
            "al", "ar", "as", "ash", "at", "ath", "ad", "adh", "az", "an", "el", "er", "es", "esh", "et", "ed", "ez",
            "en");

    /** Countries whose place names GeoNames romanises from Arabic with the article in front. */
    static final Set<String> ARABIC_NAMED = Set.of(
            "ARE", "BHR", "DZA", "EGY", "ESH", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "MRT", "OMN", "PSE",
            "QAT", "SAU", "SDN", "SYR", "TCD", "TUN", "YEM");

    private Names() {
    }

    /**
     * Lower case, accents and apostrophe-like marks dropped, hyphens and slashes as spaces, dots and
     * commas gone, spaces collapsed: "Khān Shaykhūn", "Khan-Shaykhun" and "khan shaykhun" all give
     * "khan shaykhun"; "Washington, D.C." gives "washington dc".
     */
    static String normalize(String s) {
        String d = isPlainAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean pendingSpace = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case '.', ',', '\'', '’', '‘', '`', 'ʻ', 'ʼ', 'ʿ', 'ʾ', '´', '"', '(', ')', '“', '”' -> {
                    continue;
                }
                case '-', '‐', '‑', '–', '—', '_', '/' -> {
                    pendingSpace = b.length() > 0;
                    continue;
                }
                default -> {
                }
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = b.length() > 0;
                continue;
            }
            if (pendingSpace) {
                b.append(' ');
                pendingSpace = false;
            }
            appendFolded(b, c);
        }
        return b.toString();
    }

    /**
     * The region's name without its kind: "Kherson Oblast" gives "kherson", "Province of Cordoba" gives
     * "cordoba"; {@code null} when the name has no such word. Takes a normalized key.
     */
    static String withoutRegionWord(String key) {
        int space = key.lastIndexOf(' ');
        if (space > 0 && REGION_KINDS.contains(key.substring(space + 1))) {
            return key.substring(0, space);
        }
        int of = key.indexOf(" of ");
        if (of > 0 && REGION_KINDS.contains(key.substring(0, of)) && of + 4 < key.length()) {
            return key.substring(of + 4);
        }
        return null;
    }

    /** "ar raqqah" gives "raqqah"; {@code null} when the key starts with no Arabic article. Takes a normalized key. */
    static String withoutArabicArticle(String key) {
        int space = key.indexOf(' ');
        if (space > 0 && space + 1 < key.length() && ARABIC_ARTICLES.contains(key.substring(0, space))) {
            return key.substring(space + 1);
        }
        return null;
    }

    /**
     * Whether one normalized name is a spelling variant of another: one contains the other ("washington"
     * in "washington dc"), or they differ in at most a third of their letters ("kiev"/"kyiv",
     * "deir al zour"/"deir ez zor").
     */
    static boolean isVariant(String a, String b) {
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        int longer = Math.max(a.length(), b.length());
        return editDistance(a, b) * 3 <= longer;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // Letters that NFD does not decompose into a base letter and a mark.
    private static void appendFolded(StringBuilder b, char c) {
        switch (c) {
            case 'ł', 'Ł' -> b.append('l');
            case 'ø', 'Ø' -> b.append('o');
            case 'đ', 'Đ', 'ð', 'Ð' -> b.append('d');
            case 'ħ', 'Ħ' -> b.append('h');
            case 'ı' -> b.append('i');
            case 'ß' -> b.append("ss");
            case 'æ', 'Æ' -> b.append("ae");
            case 'œ', 'Œ' -> b.append("oe");
            case 'þ', 'Þ' -> b.append("th");
            default -> b.append(Character.toLowerCase(c));
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
