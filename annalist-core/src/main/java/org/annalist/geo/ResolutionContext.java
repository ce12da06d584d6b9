package org.annalist.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annalist.model.Location;

/**
 * What the rest of the article says about where it is, used to choose between places of the same name.
 *
 * @param countryFocus how often each country (ISO 3166-1 alpha-3) is named in the article
 * @param places       the other places (cities and regions) named in the article, as resolved on their own
 */
public record ResolutionContext(Map<String, Integer> countryFocus, List<Location> places) {
    /** No context: each name gets its most prominent place. */
    public static final ResolutionContext NONE = new ResolutionContext(Map.of(), List.of());

    public ResolutionContext {
        countryFocus = Map.copyOf(countryFocus);
        places = List.copyOf(places);
    }

    /** A context of country counts alone, e.g. {@code focus(Map.of("FRA", 3))}. */
    public static ResolutionContext focus(Map<String, Integer> countryFocus) {
        return new ResolutionContext(countryFocus, List.of());
    }

    /** The context of these mentions: countries counted, other places kept, each resolved without context. */
    static ResolutionContext of(PlaceResolver resolver, List<PlaceMention> mentions) {
        Map<String, Integer> focus = new HashMap<>();
        List<Location> places = new ArrayList<>();
        for (PlaceMention mention : mentions) {
            resolver.resolve(mention, NONE).ifPresent(location -> {
                if ("country".equals(location.precision())) {
                    focus.merge(location.country(), 1, Integer::sum);
                } else {
                    places.add(location);
                }
            });
        }
        return new ResolutionContext(focus, places);
    }

    int focusOn(String iso3) {
        return countryFocus.getOrDefault(iso3, 0);
    }
}
