package org.annalist.actors;

import org.annalist.geo.Gazetteer;
import org.annalist.geo.Place;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

import java.util.Comparator;
import java.util.List;

/**
 * The state a place name in an actor's phrase belongs to ("Darfur rebels" → SDN), from the gazetteer.
 * The gazetteer is loaded on first use only: most actors name their state outright. Thread-safe.
 */
final class PlaceCountries {
    /** Small places share names with places elsewhere; only towns of this size or regions are trusted. */
    private static final long MIN_POPULATION = 50_000;
    private static final PlaceCountries BUNDLED = new PlaceCountries(null);
    private volatile Gazetteer gazetteer;

    PlaceCountries(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static PlaceCountries bundled() {
        return BUNDLED;
    }

    /** The ISO3 code of the place named by the proper-noun run at {@code token}, or null. */
    String countryOf(Sentence sentence, int token) {
        List<Token> tokens = sentence.tokens();
        if (tokens.get(token).isProperNoun() && !tokens.get(token).ner().equals("LOCATION")) {
            return null; // "Andreas Papandreou" is not Andreas on the Isle of Man
        }
        if (!tokens.get(token).isProperNoun()) {
            // "Sindh province", "Idlib governorate": the name stands just before the common noun, which says it
            // is a place whatever the tagger thought of the name.
            if (token > 0 && tokens.get(token - 1).isProperNoun()
                    && PLACE_NOUNS.contains(tokens.get(token).lemma().toLowerCase())) {
                return lookup(tokens, token - 1);
            }
            return null;
        }
        return lookup(tokens, token);
    }

    /** Words that make the proper noun before them a place. */
    private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of("province", "region", "state",
            "district", "governorate", "county", "prefecture", "oblast", "city", "town", "village", "enclave",
            "valley", "peninsula", "island", "islands", "territory", "area", "department", "canton", "emirate");

    private String lookup(List<Token> tokens, int token) {
        int start = token;
        while (start > 0 && tokens.get(start - 1).isProperNoun()) {
            start--;
        }
        StringBuilder name = new StringBuilder();
        for (int i = start; i <= token; i++) {
            name.append(i > start ? " " : "").append(tokens.get(i).word());
        }
        return countriesNamed(name.toString()).stream().findFirst().orElse(null);
    }

    /**
     * The states a place name may belong to, largest place first ("Tripoli": LBY, LBN), counting only countries,
     * regions and towns of some size.
     */
    List<String> countriesNamed(String name) {
        return gazetteer().lookup(name).stream()
                .filter(p -> p.isCountry() || p.isRegion() || p.population() >= MIN_POPULATION)
                .sorted(Comparator.comparingLong(Place::population).reversed())
                .map(Place::country).distinct().toList();
    }

    private Gazetteer gazetteer() {
        Gazetteer g = gazetteer;
        if (g == null) {
            g = Gazetteer.bundled();
            gazetteer = g;
        }
        return g;
    }
}
