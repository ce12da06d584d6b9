package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gazetteer shipped in annalist-core, as built by tools/gazetteer/build.sh. */
class BundledGazetteerTest {

    @Test
    void bundled_holdsCountriesRegionsAndPlaces() {
        Gazetteer g = Gazetteer.bundled();

        assertThat(g.size()).isGreaterThan(130_000);
        assertThat(g.country("SYR")).get().extracting(Place::name).isEqualTo("Syria");
        assertThat(g.region("USA", "TX")).get().extracting(Place::name).isEqualTo("Texas");
        assertThat(g.lookup("Damascus")).extracting(Place::country).contains("SYR");
    }

    @Test
    void bundled_isLoadedOnce() {
        assertThat(Gazetteer.bundled()).isSameAs(Gazetteer.bundled());
    }

    @Test
    void bundledAliases_allNamePlacesInTheBundledGazetteer() {
        assertThat(Gazetteer.bundled().unresolvedAliases()).isZero();
    }

    @Test
    void bundledCountries_haveIso3CodesAndCoordinates() {
        Gazetteer g = Gazetteer.bundled();

        assertThat(g.country("RUS")).get().satisfies(russia -> {
            assertThat(russia.precision()).isEqualTo("country");
            assertThat(russia.lat()).isBetween(55.0, 56.5);
        });
        assertThat(g.lookup("United Kingdom")).extracting(Place::country).containsExactly("GBR");
        assertThat(g.lookup("Britain")).extracting(Place::country).contains("GBR");
    }
}
