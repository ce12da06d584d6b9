package org.annalist.geo;

import static org.annalist.geo.TestSentences.sentence;
import static org.annalist.geo.TestSentences.title;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.annalist.model.Location;
import org.annalist.model.Sentence;
import org.junit.jupiter.api.Test;

/** The default resolver over the bundled gazetteer. */
class PlaceResolverTest {
    private static final PlaceResolver RESOLVER = PlaceResolver.create();

    @Test
    void resolve_parisWithFrenchContext_returnsFrance() {
        Location paris = resolve("Paris", ResolutionContext.focus(Map.of("FRA", 2))).orElseThrow();

        assertThat(paris.country()).isEqualTo("FRA");
        assertThat(paris.precision()).isEqualTo("city");
        assertThat(paris.geonamesId()).isEqualTo(2988507L);
    }

    @Test
    void resolve_parisWithTexasInTheArticle_returnsParisTexas() {
        List<Sentence> article = List.of(
                sentence(0, "A|DT tornado|NN hit|VBD Paris|NNP|CITY ,|, Texas|NNP|STATE_OR_PROVINCE ,|, on|IN "
                        + "Sunday|NNP|DATE .|."),
                sentence(1, "Officials|NNS in|IN Paris|NNP|LOCATION said|VBD damage|NN was|VBD heavy|JJ .|."));
        ResolutionContext context = RESOLVER.context(article);

        Location paris = RESOLVER.resolve(RESOLVER.find(article.get(1)).get(0), context).orElseThrow();

        assertThat(paris.country()).isEqualTo("USA");
        assertThat(paris.admin1()).isEqualTo("Texas");
        assertThat(paris.lat()).isCloseTo(33.66, within(0.1));
    }

    @Test
    void resolve_parisWithoutContext_returnsTheFrenchCapital() {
        assertThat(resolve("Paris", ResolutionContext.NONE)).get().extracting(Location::country).isEqualTo("FRA");
    }

    @Test
    void resolve_parisInAnArticleAboutTheUnitedStates_staysInFrance() {
        // Naming a country is weak evidence: it does not turn a capital into a small town of the same name.
        Location paris = resolve("Paris", ResolutionContext.focus(Map.of("USA", 3))).orElseThrow();

        assertThat(paris.country()).isEqualTo("FRA");
    }

    @Test
    void resolve_moscow_returnsRussiaNearTheKremlin() {
        Location moscow = resolve("Moscow", ResolutionContext.NONE).orElseThrow();

        assertThat(moscow.country()).isEqualTo("RUS");
        assertThat(moscow.lat()).isCloseTo(55.75, within(0.05));
        assertThat(moscow.lon()).isCloseTo(37.62, within(0.05));
        assertThat(moscow.method()).isEqualTo("sentence");
    }

    @Test
    void resolve_washington_returnsTheUsCapital() {
        Location washington = resolve("Washington", ResolutionContext.NONE).orElseThrow();

        assertThat(washington.geonamesId()).isEqualTo(4140963L);
        assertThat(washington.name()).isEqualTo("Washington, D.C.");
        assertThat(washington.country()).isEqualTo("USA");
        assertThat(washington.precision()).isEqualTo("city");
    }

    @Test
    void resolve_washingtonState_returnsTheState() {
        Sentence s = sentence(0, "Fires|NNS spread|VBD across|IN Washington|NNP|STATE_OR_PROVINCE state|NN .|.");

        List<PlaceMention> mentions = RESOLVER.find(s);
        Location state = RESOLVER.resolve(mentions.get(0), ResolutionContext.NONE).orElseThrow();

        assertThat(mentions).extracting(PlaceMention::text).containsExactly("Washington state");
        assertThat(state.precision()).isEqualTo("region");
        assertThat(state.name()).isEqualTo("Washington");
        assertThat(state.country()).isEqualTo("USA");
    }

    @Test
    void resolve_washingtonInAnArticleAboutSeattle_returnsTheState() {
        ResolutionContext context = RESOLVER.context(List.of(
                sentence(0, "Protesters|NNS gathered|VBD in|IN Seattle|NNP|CITY .|.")));

        Location washington = resolve("Washington", context).orElseThrow();

        assertThat(washington.precision()).isEqualTo("region");
        assertThat(washington.name()).isEqualTo("Washington");
    }

    @Test
    void resolve_romeInAnArticleAboutAmerica_staysInItaly() {
        // GeoNames lists "Rome" among Washington, D.C.'s names; a country focus must not make that win.
        Location rome = resolve("Rome", ResolutionContext.focus(Map.of("USA", 4))).orElseThrow();

        assertThat(rome.country()).isEqualTo("ITA");
    }

    @Test
    void resolve_englishExonymOfALargeCity_beatsAVillageOfThatName() {
        assertThat(resolve("Cologne", ResolutionContext.NONE)).get().extracting(Location::country).isEqualTo("DEU");
    }

    @Test
    void resolve_largeCityNamedLikeItsRegion_returnsTheCity() {
        Location lagos = resolve("Lagos", ResolutionContext.NONE).orElseThrow();

        assertThat(lagos.country()).isEqualTo("NGA");
        assertThat(lagos.precision()).isEqualTo("city");
    }

    @Test
    void resolve_idlib_returnsSyria() {
        Location idlib = resolve("Idlib", ResolutionContext.NONE).orElseThrow();

        assertThat(idlib.country()).isEqualTo("SYR");
        assertThat(idlib.admin1()).isEqualTo("Idlib");
    }

    @Test
    void resolve_idlibProvince_returnsTheGovernorate() {
        Location idlib = resolve("Idlib province", ResolutionContext.NONE).orElseThrow();

        assertThat(idlib.country()).isEqualTo("SYR");
        assertThat(idlib.precision()).isEqualTo("region");
    }

    @Test
    void resolve_khanSheikhounInEverySpelling_returnsTheSyrianTown() {
        for (String spelling : List.of("Khan Sheikhoun", "Khan Shaykhun", "Khan Sheikhun", "Khan Shaykhoun",
                "Khan-Sheikhoun", "Khān Shaykhūn")) {
            Optional<Location> town = resolve(spelling, ResolutionContext.NONE);

            assertThat(town).as(spelling).get().extracting(Location::geonamesId, Location::country)
                    .containsExactly(168325L, "SYR");
        }
    }

    @Test
    void resolve_countryName_returnsTheCountryWithCountryPrecision() {
        Location syria = resolve("Syria", ResolutionContext.NONE).orElseThrow();
        Location us = resolve("United States", ResolutionContext.NONE).orElseThrow();

        assertThat(syria.country()).isEqualTo("SYR");
        assertThat(syria.precision()).isEqualTo("country");
        assertThat(syria.admin1()).isNull();
        assertThat(us.country()).isEqualTo("USA");
        assertThat(us.precision()).isEqualTo("country");
    }

    @Test
    void resolve_georgiaWithAtlantaInTheArticle_returnsTheUsState() {
        List<Sentence> article = List.of(
                sentence(0, "Voters|NNS in|IN Atlanta|NNP|CITY and|CC across|IN Georgia|NNP|STATE_OR_PROVINCE "
                        + "queued|VBD .|."));
        ResolutionContext context = RESOLVER.context(article);

        Location georgia = resolve("Georgia", context).orElseThrow();
        Location alone = resolve("Georgia", ResolutionContext.NONE).orElseThrow();

        assertThat(georgia.country()).isEqualTo("USA");
        assertThat(georgia.precision()).isEqualTo("region");
        assertThat(alone.country()).isEqualTo("GEO");
        assertThat(alone.precision()).isEqualTo("country");
    }

    @Test
    void resolve_unknownName_returnsEmpty() {
        assertThat(resolve("Qwzxqy", ResolutionContext.NONE)).isEmpty();
    }

    @Test
    void find_sentenceWithoutPlaces_returnsNothing() {
        Sentence s = sentence(3, "The|DT minister|NN said|VBD talks|NNS would|MD resume|VB soon|RB .|.");

        assertThat(RESOLVER.find(s)).isEmpty();
        assertThat(RESOLVER.context(List.of(s))).isEqualTo(ResolutionContext.NONE);
    }

    @Test
    void find_consecutiveLocationTokens_formOneMention() {
        Sentence s = sentence(2, "Jets|NNS struck|VBD Khan|NNP|LOCATION Sheikhoun|NNP|LOCATION in|IN "
                + "northern|JJ Syria|NNP|COUNTRY .|.");

        List<PlaceMention> mentions = RESOLVER.find(s);

        assertThat(mentions).containsExactly(
                new PlaceMention(2, 2, 4, "Khan Sheikhoun"),
                new PlaceMention(2, 6, 7, "Syria"));
    }

    @Test
    void find_capitalisedPlaceTheNerMissed_isFound() {
        Sentence s = sentence(0, "Rebels|NNS withdrew|VBD from|IN Khan|NNP Sheikhoun|NNP overnight|RB .|.");

        assertThat(RESOLVER.find(s)).extracting(PlaceMention::text).containsExactly("Khan Sheikhoun");
    }

    @Test
    void find_sentenceInitialCapitalisedWord_isNotTakenForAPlace() {
        // Reading, England and Nice, France exist; at the start of a sentence these are just words.
        Sentence s = sentence(0, "Reading|NNP the|DT statement|NN ,|, he|PRP called|VBD it|PRP Nice|NNP "
                + "Work|NNP .|.");

        assertThat(RESOLVER.find(s)).isEmpty();
    }

    @Test
    void find_namesTheNerTaggedAsPeopleOrOrganisations_areNotPlaces() {
        Sentence s = sentence(0, "Officials|NNS met|VBD Paris|NNP|PERSON Hilton|NNP|PERSON and|CC the|DT "
                + "Bank|NNP|ORGANIZATION of|IN|ORGANIZATION America|NNP|ORGANIZATION .|.");

        assertThat(RESOLVER.find(s)).isEmpty();
    }

    @Test
    void find_capitalisedSequenceInATitle_isLeftToTheNer() {
        Sentence t = title("Talks|NNP Resume|NNP In|IN Moscow|NNP");

        assertThat(RESOLVER.find(t)).isEmpty();
    }

    @Test
    void find_mentionText_comesFromTheSentenceText() {
        Sentence s = sentence(1, "Troops|NNS entered|VBD Idlib|NNP|LOCATION province|NN .|.");

        List<PlaceMention> mentions = RESOLVER.find(s);

        assertThat(mentions).containsExactly(new PlaceMention(1, 2, 4, "Idlib province"));
    }

    @Test
    void find_capitalisedWordThatBeginsANameWithOf_isNotAPlace() {
        Sentence s = sentence(0, "Leaders|NNS met|VBD at|IN the|DT Summit|NNP of|IN the|DT Americas|NNPS "
                + "and|CC the|DT University|NNP of|IN Beirut|NNP|CITY .|.");

        assertThat(RESOLVER.find(s)).extracting(PlaceMention::text).containsExactly("Beirut");
    }

    @Test
    void find_twoWordPlaceTheNerTookForAPerson_isFound() {
        Sentence s = sentence(0, "Jets|NNS bombed|VBD Khan|NNP|PERSON Sheikhoun|NNP|PERSON at|IN dawn|NN .|.");

        assertThat(RESOLVER.find(s)).containsExactly(new PlaceMention(0, 2, 4, "Khan Sheikhoun"));
    }

    @Test
    void find_personWhoseSurnameIsAPlace_isNotAPlace() {
        Sentence s = sentence(0, "Historians|NNS praised|VBD George|NNP|PERSON Washington|NNP|PERSON and|CC "
                + "President|NNP Santa|NNP|PERSON Clara|NNP|PERSON .|.");

        assertThat(RESOLVER.find(s)).isEmpty();
    }

    @Test
    void resolve_nameInAContextThatHoldsItsOwnReading_keepsThatReading() {
        // The article's context holds "Moscow" read on its own (the city); that must not make Moscow Oblast,
        // whose region is also "Moscow", win by sharing a region with it.
        List<Sentence> article = List.of(sentence(0, "Talks|NNS in|IN Moscow|NNP|CITY ended|VBD .|."));
        ResolutionContext context = RESOLVER.context(article);

        Location moscow = RESOLVER.resolve(RESOLVER.find(article.get(0)).get(0), context).orElseThrow();

        assertThat(moscow.precision()).isEqualTo("city");
        assertThat(moscow.geonamesId()).isEqualTo(524901L);
    }

    @Test
    void explain_choice_namesTheMatchTheKindAndTheRunnerUp() {
        String why = RESOLVER.explain(new PlaceMention(0, 0, 1, "Paris"), ResolutionContext.NONE);

        assertThat(why).startsWith("name, capital, pop ").contains("beats ").contains("next: ");
    }

    @Test
    void explain_contextThatDecided_isSaid() {
        List<Sentence> article = List.of(
                sentence(0, "A|DT tornado|NN hit|VBD Paris|NNP|CITY ,|, Texas|NNP|STATE_OR_PROVINCE .|."));
        ResolutionContext context = RESOLVER.context(article);

        assertThat(RESOLVER.explain(RESOLVER.find(article.get(0)).get(0), context))
                .contains("same region as another place in the article");
    }

    @Test
    void explain_unknownName_saysThereIsNoSuchPlace() {
        assertThat(RESOLVER.explain(new PlaceMention(0, 0, 1, "Qwzxqy"), ResolutionContext.NONE))
                .startsWith("no place of that name");
    }

    @Test
    void country_iso3_isTheCountryAtItsCapital() {
        Location syria = RESOLVER.country("SYR").orElseThrow();

        assertThat(syria.name()).isEqualTo("Syria");
        assertThat(syria.precision()).isEqualTo("country");
        assertThat(syria.lat()).isCloseTo(33.51, within(0.05));
        assertThat(RESOLVER.country("XXX")).isEmpty();
    }

    @Test
    void context_article_countsCountriesAndKeepsOtherPlaces() {
        List<Sentence> article = List.of(
                sentence(0, "Syria|NNP|COUNTRY said|VBD jets|NNS hit|VBD Idlib|NNP|CITY .|."),
                sentence(1, "Syria|NNP|COUNTRY and|CC Russia|NNP|COUNTRY denied|VBD it|PRP .|."));

        ResolutionContext context = RESOLVER.context(article);

        assertThat(context.countryFocus()).containsExactlyInAnyOrderEntriesOf(Map.of("SYR", 2, "RUS", 1));
        assertThat(context.places()).extracting(Location::name).containsExactly("Idlib");
    }

    private static Optional<Location> resolve(String text, ResolutionContext context) {
        return RESOLVER.resolve(new PlaceMention(0, 0, 1, text), context);
    }
}
