package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annalist.ingest.ArticleReader;
import org.annalist.ingest.ReadProblem;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.Location;
import org.annalist.model.Sentence;
import org.annalist.pipeline.Annalist;
import org.annalist.testing.SharedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's seed article (../shared/seed, outside the repository): skipped when it is not there. */
class SeedArticlePlacesTest {
    private static final Path SEED = Path.of("..", "..", "shared", "seed", "us-russia-2017-04.txt");

    private static Annalist.Analysis analysis;
    /** Each place named in the article, by its words, as resolved in the article's context. */
    private static Map<String, Location> places;

    @BeforeAll
    static void readTheSeed() {
        assumeTrue(Files.isRegularFile(SEED), "no seed article at " + SEED.toAbsolutePath().normalize());
        List<ReadProblem> problems = new ArrayList<>();
        List<Article> articles;
        try (Stream<Article> read = new ArticleReader().read(List.of(SEED.toString()), problems::add)) {
            articles = read.toList();
        }
        assertThat(problems).isEmpty();
        analysis = SharedNlp.annalist().analyse(articles.get(0));
        PlaceResolver resolver = PlaceResolver.create();
        ResolutionContext context = resolver.context(analysis.article().sentences());
        places = new LinkedHashMap<>();
        for (Sentence s : analysis.article().sentences()) {
            for (PlaceMention m : resolver.find(s)) {
                resolver.resolve(m, context).ifPresent(l -> places.putIfAbsent(m.text(), l));
            }
        }
    }

    @Test
    void khanSheikhoun_isTheTownInIdlibProvince() {
        Location town = places.get("Khan Sheikhoun");

        assertThat(town).as("places found: %s", places.keySet()).isNotNull();
        assertThat(town.geonamesId()).isEqualTo(168325L);
        assertThat(town.country()).isEqualTo("SYR");
        assertThat(town.admin1()).isEqualTo("Idlib");
        assertThat(town.lat()).isCloseTo(35.44, within(0.02));
        assertThat(town.lon()).isCloseTo(36.65, within(0.02));
    }

    @Test
    void idlib_isInSyria() {
        Location idlib = places.get("Idlib");

        assertThat(idlib).as("places found: %s", places.keySet()).isNotNull();
        assertThat(idlib.country()).isEqualTo("SYR");
        assertThat(idlib.admin1()).isEqualTo("Idlib");
        assertThat(idlib.lat()).isCloseTo(35.93, within(0.05));
        assertThat(idlib.lon()).isCloseTo(36.63, within(0.05));
    }

    @Test
    void moscow_isTheRussianCapital() {
        Location moscow = places.get("Moscow");

        assertThat(moscow).as("places found: %s", places.keySet()).isNotNull();
        assertThat(moscow.geonamesId()).isEqualTo(524901L);
        assertThat(moscow.country()).isEqualTo("RUS");
        assertThat(moscow.precision()).isEqualTo("city");
        assertThat(moscow.lat()).isCloseTo(55.75, within(0.02));
        assertThat(moscow.lon()).isCloseTo(37.62, within(0.02));
    }

    @Test
    void theRequestMadeDuringTheTalksInMoscow_isPlacedInMoscow() {
        List<Event> requests = analysis.events().stream().filter(e -> e.cameo().equals("020")).toList();

        assertThat(requests).isNotEmpty().allSatisfy(e -> {
            assertThat(e.location().geonamesId()).isEqualTo(524901L);
            assertThat(e.location().method()).isEqualTo("event-phrase");
        });
    }

    @Test
    void eventsTheTextDoesNotPlace_takeSyria_theCountryItsSettingsLieIn() {
        assertThat(analysis.events()).filteredOn(e -> e.location().method().equals("article-focus")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.location().country()).isEqualTo("SYR"));
    }
}
