package org.annalist.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.annalist.model.Location;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * The default {@link PlaceResolver}: NER spans plus a conservative gazetteer look-up for what the NER
 * missed, and a scored choice between candidates.
 *
 * <p>Each candidate scores kind + log10(population) + name match + context; highest wins.
 * <ul>
 *   <li>Kind: country 8, capital (PPLC) 4, admin seat (PPLA) 2, county seat (PPLA2) 1, first-level region 1
 *       (its population, a sum over its places, counts half a point less), other places 0. So a country
 *       beats its namesakes, a capital beats a town of the same name, and a large city beats a village.</li>
 *   <li>Name: a curated alias +6 ("Washington" is the capital, not the state or the towns); a variant
 *       spelling of the place's name -1 ("Kiev"); another name altogether -3 (GeoNames lists "Rome" for
 *       Washington, D.C., and "Cologne" for Köln).</li>
 *   <li>Context: +10 for sharing country and first-level region with another place of the article
 *       ("Paris" beside "Texas"); +3 for lying in a country the article names or another place lies in,
 *       which is not enough for a small town to beat a capital ("Paris" in an article about America is
 *       still in France).</li>
 * </ul>
 * Ties go to the better name match, then the larger population, then the lower GeoNames id.
 */
final class GazetteerPlaceResolver implements PlaceResolver {
    static final String METHOD = "sentence";

    private static final Set<String> LOCATION_TAGS = Set.of(
            "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "GPE", "LOC");

    /** Capitalised words that are not places even where GeoNames has a town of that name. */
    private static final Set<String> NOT_PLACES = Set.of(
            "president", "minister", "prime", "secretary", "general", "king", "queen", "prince", "princess",
            "pope", "senator", "governor", "mayor", "chancellor", "ambassador", "envoy", "spokesman",
            "spokeswoman", "foreign", "defence", "defense", "interior", "army", "police", "party", "council",
            "ministry", "government", "parliament", "congress", "senate", "court", "union", "national",
            "republic", "state", "states", "united", "nations", "international", "news", "agency", "mr",
            "mrs", "ms", "dr", "sir", "god", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "i");

    /** Longest capitalised sequence the gazetteer fallback considers. */
    private static final int MAX_FALLBACK_TOKENS = 4;
    /** A place the NER missed must be at least this populous (or a country, region, capital or seat). */
    private static final long NOTABLE_POPULATION = 10_000;

    private static final double STRONG_CONTEXT = 10;
    private static final double WEAK_CONTEXT = 3;
    private static final double ALIAS_BONUS = 6;
    private static final double NEAR_ALTERNATE_PENALTY = 1;
    private static final double FAR_ALTERNATE_PENALTY = 3;
    private static final double REGION_POPULATION_DISCOUNT = 0.5;

    private final Gazetteer gazetteer;

    GazetteerPlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    @Override
    public List<PlaceMention> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<PlaceMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (isLocationTag(tokens.get(i))) {
                int j = i + 1;
                while (j < tokens.size() && isLocationTag(tokens.get(j))) {
                    j++;
                }
                int end = withRegionWord(sentence, i, j);
                out.add(mention(sentence, i, end));
                i = end;
            } else if (!sentence.isTitle() && isNameToken(tokens.get(i))) {
                // Headlines capitalise every word, so the fallback stays out of titles.
                int j = i + 1;
                while (j < tokens.size() && isNameToken(tokens.get(j))) {
                    j++;
                }
                boolean sentenceInitialWord = i == 0 && j == 1;
                if (j - i <= MAX_FALLBACK_TOKENS && !sentenceInitialWord && namesNotablePlace(text(sentence, i, j))) {
                    int end = withRegionWord(sentence, i, j);
                    out.add(mention(sentence, i, end));
                    i = end;
                } else {
                    i = j;
                }
            } else {
                i++;
            }
        }
        return out;
    }

    @Override
    public Optional<Location> resolve(PlaceMention mention, ResolutionContext context) {
        Objects.requireNonNull(context, "context");
        List<Gazetteer.Match> candidates = candidates(mention.text());
        Gazetteer.Match best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Match m : candidates) {
            double score = score(m, context);
            if (best == null || score > bestScore || score == bestScore && betterTie(m, best)) {
                best = m;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(toLocation(best.place()));
    }

    // ---- finding ------------------------------------------------------------------------------

    private static boolean isLocationTag(Token t) {
        return t.ner() != null && LOCATION_TAGS.contains(t.ner());
    }

    private static boolean isNameToken(Token t) {
        String w = t.word();
        return (t.ner() == null || t.ner().isEmpty() || "O".equals(t.ner()))
                && t.pos() != null && t.pos().startsWith("NNP")
                && !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                && !NOT_PLACES.contains(Names.lower(w));
    }

    /** Whether the words name, by their name or an alias (not a mere alternate), a place worth reporting. */
    private boolean namesNotablePlace(String text) {
        for (Gazetteer.Match m : gazetteer.matches(Names.normalize(text))) {
            Place p = m.place();
            boolean prominentKind = p.isCountry() || p.isRegion() || "PPLC".equals(p.featureCode())
                    || "PPLA".equals(p.featureCode());
            if (m.quality().compareTo(Gazetteer.Quality.NAME) >= 0
                    && (prominentKind || p.population() >= NOTABLE_POPULATION)) {
                return true;
            }
        }
        return false;
    }

    /** Takes in a following "province", "state", ... when the words before it name a first-level region. */
    private int withRegionWord(Sentence sentence, int start, int end) {
        List<Token> tokens = sentence.tokens();
        if (end < tokens.size() && Names.MENTION_REGION_WORDS.contains(Names.lower(tokens.get(end).word()))) {
            for (Gazetteer.Match m : gazetteer.matches(Names.normalize(text(sentence, start, end)))) {
                if (m.place().isRegion()) {
                    return end + 1;
                }
            }
        }
        return end;
    }

    private static PlaceMention mention(Sentence sentence, int start, int end) {
        return new PlaceMention(sentence.index(), start, end, text(sentence, start, end));
    }

    /** The words as written in the sentence when the offsets agree with it, else the tokens joined by spaces. */
    private static String text(Sentence sentence, int start, int end) {
        List<Token> tokens = sentence.tokens();
        Token first = tokens.get(start);
        Token last = tokens.get(end - 1);
        int from = first.begin() - sentence.begin();
        int to = last.end() - sentence.begin();
        String s = sentence.text();
        if (s != null && 0 <= from && from < to && to <= s.length() && s.startsWith(first.word(), from)) {
            return s.substring(from, to);
        }
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (k > start) {
                b.append(' ');
            }
            b.append(tokens.get(k).word());
        }
        return b.toString();
    }

    // ---- resolving ----------------------------------------------------------------------------

    private List<Gazetteer.Match> candidates(String text) {
        String key = Names.normalize(text);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Gazetteer.Match> full = gazetteer.matches(key);
        int space = key.lastIndexOf(' ');
        if (space > 0 && Names.MENTION_REGION_WORDS.contains(key.substring(space + 1))) {
            // "Idlib province", "Washington state": the region, when there is one of that name.
            List<Gazetteer.Match> base = gazetteer.matches(key.substring(0, space));
            List<Gazetteer.Match> regional = regionsOnly(full, base);
            if (!regional.isEmpty()) {
                return regional;
            }
            return full.isEmpty() ? base : full;
        }
        if (full.isEmpty()) {
            // "the Netherlands", "al-Raqqa": retry without the article.
            String bare = key.startsWith("the ") ? key.substring(4) : Names.withoutArabicArticle(key);
            if (bare != null) {
                return gazetteer.matches(bare);
            }
        }
        return full;
    }

    private static List<Gazetteer.Match> regionsOnly(List<Gazetteer.Match> a, List<Gazetteer.Match> b) {
        Map<Place, Gazetteer.Match> regions = new LinkedHashMap<>();
        for (List<Gazetteer.Match> list : List.of(a, b)) {
            for (Gazetteer.Match m : list) {
                if (m.place().isRegion()) {
                    regions.merge(m.place(), m, (x, y) -> x.quality().compareTo(y.quality()) >= 0 ? x : y);
                }
            }
        }
        return List.copyOf(regions.values());
    }

    private double score(Gazetteer.Match m, ResolutionContext context) {
        Place p = m.place();
        double score = kindScore(p) + Math.log10(Math.max(1, p.population()));
        if (p.isRegion()) {
            score -= REGION_POPULATION_DISCOUNT;
        }
        score += switch (m.quality()) {
            case ALIAS -> ALIAS_BONUS;
            case NAME -> 0;
            case NEAR_ALTERNATE -> -NEAR_ALTERNATE_PENALTY;
            case FAR_ALTERNATE -> -FAR_ALTERNATE_PENALTY;
        };
        boolean weak = context.focusOn(p.country()) > 0;
        boolean strong = false;
        String region = p.isCountry() ? null : regionLabel(p);
        for (Location other : context.places()) {
            if (!p.country().equals(other.country()) || isSame(other, p)) {
                continue;
            }
            weak = true;
            if (region != null && !"country".equals(other.precision()) && region.equals(other.admin1())) {
                strong = true;
            }
        }
        // A country named in the article does not make every far alternate there plausible: "Rome" in an
        // American story is still Rome, not Washington.
        boolean weakCounts = weak && m.quality() != Gazetteer.Quality.FAR_ALTERNATE;
        return score + (strong ? STRONG_CONTEXT : 0) + (weakCounts ? WEAK_CONTEXT : 0);
    }

    private static boolean betterTie(Gazetteer.Match a, Gazetteer.Match b) {
        int byQuality = a.quality().compareTo(b.quality());
        if (byQuality != 0) {
            return byQuality > 0;
        }
        if (a.place().population() != b.place().population()) {
            return a.place().population() > b.place().population();
        }
        return a.place().geonamesId() < b.place().geonamesId();
    }

    /** Country > capital > admin seat > county seat and first-level region > other places. */
    static double kindScore(Place p) {
        return switch (p.featureCode()) {
            case "PCLI" -> 8;
            case "PPLC" -> 4;
            case "PPLA", "PPLG" -> 2;
            case "PPLA2", "ADM1" -> 1;
            default -> 0;
        };
    }

    /** Whether an already resolved place of the article is this very place (a mention is no context for itself). */
    private static boolean isSame(Location other, Place p) {
        if (p.geonamesId() != 0) {
            return other.geonamesId() == p.geonamesId();
        }
        return other.geonamesId() == 0 && other.name().equals(p.name()) && other.precision().equals(p.precision());
    }

    private String regionLabel(Place p) {
        if (p.isRegion()) {
            return p.name();
        }
        if (p.admin1().isEmpty()) {
            return null;
        }
        return gazetteer.region(p.country(), p.admin1()).map(Place::name).orElse(p.admin1());
    }

    private Location toLocation(Place p) {
        String admin1 = p.isCountry() ? null : regionLabel(p);
        return new Location(p.name(), p.country(), admin1, p.lat(), p.lon(), p.geonamesId(), p.precision(), METHOD);
    }
}
