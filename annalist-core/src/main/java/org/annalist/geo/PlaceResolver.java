package org.annalist.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.annalist.model.Location;
import org.annalist.model.Sentence;

/**
 * Finds place names in analysed sentences and resolves them to places, using the rest of the article to
 * choose between places of the same name.
 *
 * <p>Resolved locations carry the GeoNames name, the ISO3 country, the first-level region's English name
 * (or its GeoNames code when the gazetteer has no name for it), precision "city", "region" or "country",
 * and method "sentence"; the {@link EventLocator} restamps the method when it places an event.
 */
public interface PlaceResolver {

    /**
     * Spans of tokens that name places: consecutive tokens the NER tagged as location-like, and
     * capitalised proper-noun sequences the NER missed (or took for a person's name) that name a notable place
     * in the gazetteer.
     */
    List<PlaceMention> find(Sentence sentence);

    /** The place a mention most likely means in this context, or empty when the gazetteer has no such name. */
    Optional<Location> resolve(PlaceMention mention, ResolutionContext context);

    /**
     * Why {@link #resolve} chose what it chose, in a few words for people ("alias, capital, pop 10,381,222; beats
     * 3 others ..."); the default says nothing.
     */
    default String explain(PlaceMention mention, ResolutionContext context) {
        return "";
    }

    /** The country itself as a location of precision "country", or empty when this resolver cannot say. */
    default Optional<Location> country(String iso3) {
        return Optional.empty();
    }

    /**
     * The article's context: how often each country is named, and the other places named, each resolved
     * on its own (without context).
     */
    default ResolutionContext context(List<Sentence> sentences) {
        List<PlaceMention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            mentions.addAll(find(sentence));
        }
        return ResolutionContext.of(this, mentions);
    }

    /** A resolver over the bundled gazetteer. */
    static PlaceResolver create() {
        return new GazetteerPlaceResolver(Gazetteer.bundled());
    }

    /** A resolver over the given gazetteer. */
    static PlaceResolver create(Gazetteer gazetteer) {
        return new GazetteerPlaceResolver(gazetteer);
    }
}
