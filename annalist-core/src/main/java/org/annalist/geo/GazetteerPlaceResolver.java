package org.annalist.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 *       still in France). Another reading of the same name is no context ("Moscow" the city does not make
 *       "Moscow" the region more likely), and a country's name counts as named only when named again.</li>
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
            } else if ("PERSON".equals(tokens.get(i).ner())) {
                // The NER takes unfamiliar transliterations for names ("Khan Sheikhoun"); a span of two or more
                // words that is exactly a notable place's name or alias, and follows no title, is the place.
                int j = i + 1;
                while (j < tokens.size() && "PERSON".equals(tokens.get(j).ner())) {
                    j++;
                }
                boolean titled = i > 0 && NOT_PLACES.contains(Names.lower(tokens.get(i - 1).word()));
                if (j - i >= 2 && !titled && namesNotablePlace(text(sentence, i, j))) {
                    int end = withRegionWord(sentence, i, j);
                    out.add(mention(sentence, i, end));
                    i = end;
                } else {
                    i = j;
                }
            } else if (!sentence.isTitle() && isNameToken(tokens.get(i))) {
                // Headlines capitalise every word, so the fallback stays out of titles.
                int j = i + 1;
                while (j < tokens.size() && isNameToken(tokens.get(j))) {
                    j++;
                }
                boolean sentenceInitialWord = i == 0 && j == 1;
                if (j - i <= MAX_FALLBACK_TOKENS && !sentenceInitialWord && !startsLongerName(tokens, j)
                        && namesNotablePlace(text(sentence, i, j))) {
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
        Scored best = null;
        for (Gazetteer.Match m : candidates) {
            Scored scored = score(m, candidates, context);
            if (best == null || BEST_FIRST.compare(scored, best) < 0) {
                best = scored;
            }
        }
        return best == null ? Optional.empty() : Optional.of(toLocation(best.match().place()));
    }

    @Override
    public String explain(PlaceMention mention, ResolutionContext context) {
        List<Scored> ranked = rank(mention, context);
        if (ranked.isEmpty()) {
            return "no place of that name in " + gazetteer.source();
        }
        Scored best = ranked.get(0);
        StringBuilder why = new StringBuilder();
        why.append(switch (best.match().quality()) {
            case ALIAS -> "alias";
            case NAME -> "name";
            case NEAR_ALTERNATE -> "variant spelling";
            case FAR_ALTERNATE -> "other name";
        });
        why.append(", ").append(kind(best.match().place()));
        if (best.match().place().population() > 0) {
            why.append(String.format(Locale.ROOT, ", pop %,d", best.match().place().population()));
        }
        if (best.strong()) {
            why.append(", same region as another place in the article");
        } else if (best.weak()) {
            why.append(", in a country the article names");
        }
        if (ranked.size() == 1) {
            why.append("; the only place of that name");
        } else {
            Scored next = ranked.get(1);
            why.append(String.format(Locale.ROOT, "; beats %d other%s (next: %s, %s%s, %.1f points lower)",
                    ranked.size() - 1, ranked.size() == 2 ? "" : "s", next.match().place().name(),
                    next.match().place().country(), regionSuffix(next.match().place()),
                    best.score() - next.score()));
        }
        return why.toString();
    }

    @Override
    public Optional<Location> country(String iso3) {
        return gazetteer.country(iso3).map(this::toLocation);
    }

    /** A candidate with its score and the context that counted for it. */
    private record Scored(Gazetteer.Match match, double score, boolean strong, boolean weak) {
    }

    private static final Comparator<Scored> BEST_FIRST = (a, b) -> a.score() != b.score()
            ? Double.compare(b.score(), a.score())
            : betterTie(a.match(), b.match()) ? -1 : betterTie(b.match(), a.match()) ? 1 : 0;

    /** The candidates for a mention, best first. */
    private List<Scored> rank(PlaceMention mention, ResolutionContext context) {
        Objects.requireNonNull(context, "context");
        List<Scored> ranked = new ArrayList<>();
        List<Gazetteer.Match> candidates = candidates(mention.text());
        for (Gazetteer.Match m : candidates) {
            ranked.add(score(m, candidates, context));
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    private static String kind(Place p) {
        return switch (p.featureCode()) {
            case "PCLI" -> "country";
            case "ADM1" -> "first-level region";
            case "PPLC" -> "capital";
            case "PPLA" -> "seat of a region";
            case "PPLA2" -> "seat of a district";
            default -> "place";
        };
    }

    private String regionSuffix(Place p) {
        String region = p.isCountry() ? null : regionLabel(p);
        return region == null ? "" : "/" + region;
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

    /**
     * Whether the words before {@code next} begin a longer name with "of": "Summit of the Americas", "University
     * of Beirut" (Summit, New Jersey and University, Mississippi exist). The NER tags real places of this form.
     */
    private static boolean startsLongerName(List<Token> tokens, int next) {
        if (next + 1 >= tokens.size() || !tokens.get(next).word().equals("of")) {
            return false;
        }
        int after = next + 1;
        if (tokens.get(after).word().equalsIgnoreCase("the") && after + 1 < tokens.size()) {
            after++;
        }
        String w = tokens.get(after).word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
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

    /**
     * The candidate's score. Context places that are themselves readings of the same name do not count: the
     * article's context holds this very mention, read on its own ("Moscow", the city), and that reading is no
     * evidence for another one (Moscow Oblast, whose region is "Moscow" too).
     */
    private Scored score(Gazetteer.Match m, List<Gazetteer.Match> candidates, ResolutionContext context) {
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
        boolean weak = context.focusOn(p.country()) > (namesCountry(candidates, p.country()) ? 1 : 0);
        boolean strong = false;
        String region = p.isCountry() ? null : regionLabel(p);
        for (Location other : context.places()) {
            if (!p.country().equals(other.country()) || isReading(other, candidates)) {
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
        return new Scored(m, score + (strong ? STRONG_CONTEXT : 0) + (weakCounts ? WEAK_CONTEXT : 0), strong,
                weakCounts);
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

    /** Whether the name itself names this country, so that the article's count of it includes this mention. */
    private static boolean namesCountry(List<Gazetteer.Match> candidates, String iso3) {
        for (Gazetteer.Match c : candidates) {
            if (c.place().isCountry() && c.place().country().equals(iso3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReading(Location other, List<Gazetteer.Match> candidates) {
        for (Gazetteer.Match c : candidates) {
            if (isSame(other, c.place())) {
                return true;
            }
        }
        return false;
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
