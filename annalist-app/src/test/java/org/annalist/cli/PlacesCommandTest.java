package org.annalist.cli;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesCommandTest {

    private static List<String> lines(String out) {
        return Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    @Test
    void places_printsEachMentionWithItsResolutionAndWhy() {
        CliRun run = CliRun.of("places", "Tillerson held talks with Lavrov in Moscow.", "--date", "2017-04-12");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = lines(run.out());
        assertThat(lines.get(0)).startsWith("SEN").contains("MENTION", "NAME", "CTRY", "ADMIN1", "LAT", "LON",
                "GEONAMES", "PRECISION", "WHY");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("0").contains("Moscow", "RUS", "55.7522", "37.6156",
                "524901", "city", "capital"));
    }

    @Test
    void places_showsWhereEachEventWasPlacedAndHow() {
        CliRun run = CliRun.of("places", "On Wednesday, Russia vetoed a draft resolution at the United Nations in "
                + "New York.", "--date", "2017-04-17");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(lines(run.out())).anySatisfy(l -> assertThat(l).contains("129", "RUS>IGO", "vetoed",
                "New York City, USA", "event-phrase"));
    }

    @Test
    void places_namesTheSameTownDifferentlyByItsArticle() {
        String texas = CliRun.of("places", "A tornado hit Paris, Texas, on Sunday. Officials in Paris counted the "
                + "damage.").out();
        String france = CliRun.of("places", "Officials in Paris counted the damage.").out();

        assertThat(lines(texas)).filteredOn(l -> l.startsWith("1 ")).singleElement().satisfies(l ->
                assertThat(l).contains("Paris", "USA", "Texas", "same region as another place in the article"));
        assertThat(lines(france)).filteredOn(l -> l.startsWith("0 ")).singleElement().satisfies(l ->
                assertThat(l).contains("Paris", "FRA", "2988507"));
    }

    @Test
    void places_textWithoutPlaces_printsTheHeadersOnly() {
        CliRun run = CliRun.of("places", "The minister said talks would resume soon.");

        assertThat(run.exitCode()).isZero();
        assertThat(lines(run.out())).first().asString().startsWith("SEN");
        assertThat(run.out()).contains("Countries named: none");
    }

    @Test
    void places_emptyText_isAUsageError() {
        CliRun run = CliRun.of("places", " ");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty");
    }
}
