package org.annalist.actors;

import org.annalist.dict.DictionaryFiles;
import org.annalist.dict.DictionaryLine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** CAMEO codes, dates and phrases as TABARI writes them, and what they are in Annalist's terms. */
final class TabariCodes {
    /** A code made of three-letter blocks: {@code RUS}, {@code RUSGOV}, {@code IGOUNOKFR}. */
    static final Pattern CODE = Pattern.compile("(?:[A-Z]{3})+");
    /** TABARI's null code: the phrase is recognised but never coded. */
    static final String NULL_CODE = "---";
    /** The start of an open-ended past ({@code <date}, {@code -date}): Annalist's roles need a first day. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

    /** Words written in lower case inside a name ("Kingdom of Norway"); matching ignores case anyway. */
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "in", "on", "at", "to");
    private static final Set<String> ORG_CODES = Set.of("IGO", "NGO", "IMG", "MNC");
    /** Old CAMEO country codes that are not (or no longer) ISO 3166-1 alpha-3. */
    private static final Map<String, String> OLD_CAMEO = Map.of(
            "ROM", "ROU",   // Romania: ISO changed ROM to ROU in 2002; CAMEO kept ROM
            "ZAR", "COD",   // Zaire, now the Democratic Republic of the Congo
            "TMP", "TLS",   // East Timor before ISO's change in 2002
            "KOS", "XKX");  // Kosovo: CAMEO's KOS, the XKX used by the EU and Annalist
    /** CAMEO sector codes that are kinds of one of Annalist's sectors. */
    private static final Map<String, String> SECTOR_SYNONYMS = Map.of(
            "INS", "REB",   // insurgents
            "SEP", "REB");  // separatist rebels
    /** Six or eight digits: what a date looks like, valid or not. */
    static final Pattern DATE_LIKE = Pattern.compile("\\d{6}|\\d{8}");

    /** What a code's first block is. */
    enum Head { COUNTRY, ORGANISATION, SECTOR, UNKNOWN }

    /**
     * A TABARI code read in Annalist's terms.
     *
     * @param original the code as written ({@code ROMGOV})
     * @param code     ISO3, IGO, NGO, IMG or MNC, or the unknown first block kept as it is; {@code null} for
     *                 a code that is only a sector ({@code REB})
     * @param sector   Annalist sector, or {@code null}
     * @param head     what the first block is
     * @param mapped   the first block was an old CAMEO code replaced by its ISO code
     */
    record Split(String original, String code, String sector, Head head, boolean mapped) {
        boolean bare() {
            return original.length() == 3;
        }
    }

    private static final org.annalist.dict.Bundled<Map<String, String>> COUNTRY_NAMES =
            new org.annalist.dict.Bundled<>(TabariCodes::readCountryNames);

    private TabariCodes() {
    }

    static Split split(String original) {
        String first = original.substring(0, 3);
        String second = original.length() >= 6 ? sector(original.substring(3, 6)) : null;
        if (OLD_CAMEO.containsKey(first)) {
            return new Split(original, OLD_CAMEO.get(first), second, Head.COUNTRY, true);
        }
        if (countryNames().containsKey(first)) {
            return new Split(original, first, second, Head.COUNTRY, false);
        }
        if (ORG_CODES.contains(first)) {
            return new Split(original, first, second, Head.ORGANISATION, false);
        }
        if (sector(first) != null) {
            return new Split(original, null, sector(first), Head.SECTOR, false);
        }
        return new Split(original, first, second, Head.UNKNOWN, false);
    }

    /** Annalist's sector for a three-letter CAMEO block, or {@code null}. */
    static String sector(String block) {
        String sector = SECTOR_SYNONYMS.getOrDefault(block, block);
        return ActorDictionary.SECTORS.contains(sector) ? sector : null;
    }

    /** The canonical names of the states Annalist knows, by ISO3 code. */
    static Map<String, String> countryNames() {
        return COUNTRY_NAMES.get();
    }

    private static Map<String, String> readCountryNames() {
        Map<String, String> names = new HashMap<>();
        for (DictionaryLine line : DictionaryFiles.readResource("actors/countries.tsv")) {
            names.put(line.column(0), line.column(1));
        }
        return Map.copyOf(names);
    }

    /**
     * A TABARI date, {@code YYMMDD} or {@code YYYYMMDD}. Two-digit years 00 to 30 are 20xx and 31 to 99 are
     * 19xx, as KEDS, TABARI and PETRARCH read them; {@code null} when the text is not a valid date.
     */
    static LocalDate date(String text) {
        if (!DATE_LIKE.matcher(text).matches()) {
            return null;
        }
        int year;
        int rest;
        if (text.length() == 8) {
            year = Integer.parseInt(text.substring(0, 4));
            rest = 4;
        } else {
            int yy = Integer.parseInt(text.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(text.substring(rest, rest + 2)),
                    Integer.parseInt(text.substring(rest + 2, rest + 4)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A TABARI phrase written as Annalist writes names: {@code VLADIMIR_PUTIN_} is "Vladimir Putin". Words in
     * capitals get an initial capital, so that they match in any case, except words with dots or digits
     * ({@code U.S.}) and, for organisations and states, a lone word of up to three letters ({@code UN}, {@code WHO}),
     * which Annalist then matches only as written ("WHO", not "who"). Phrases that already have lower-case
     * letters are kept as they are.
     */
    static String name(String phrase, boolean person) {
        String words = words(phrase);
        if (words.chars().anyMatch(Character::isLowerCase)) {
            return words;
        }
        if (!person && !words.contains(" ") && words.length() <= 3) {
            return words;
        }
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (!out.isEmpty() && MINOR_WORDS.contains(lower)) {
                out.append(lower);
            } else {
                out.append(word.matches(".*[.\\d].*") ? word : capitalised(word));
            }
        }
        return out.toString();
    }

    /** A TABARI agent phrase as Annalist's agents file writes it: lower case, words separated by spaces. */
    static String agentPhrase(String phrase) {
        return words(phrase).toLowerCase(Locale.ROOT);
    }

    /** Underscores and runs of blanks become one space; TABARI's final underscore ("no longer word") goes. */
    static String words(String phrase) {
        return phrase.replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    private static String capitalised(String word) {
        StringBuilder out = new StringBuilder(word.toLowerCase(Locale.ROOT));
        for (int i = 0; i < out.length(); i++) {
            if (i == 0 || out.charAt(i - 1) == '-') {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }
}
