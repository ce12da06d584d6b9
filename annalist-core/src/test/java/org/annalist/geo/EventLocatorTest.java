package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.annalist.model.Actor;
import org.annalist.model.Event;
import org.annalist.model.Evidence;
import org.annalist.model.Location;
import org.annalist.model.Plover;
import org.annalist.pipeline.Annalist;
import org.annalist.pipeline.AnnalistBuilder;
import org.annalist.testing.Coded;
import org.annalist.testing.SharedNlp;
import org.junit.jupiter.api.Test;

/** Placing events through the whole pipeline: annotate, actors, code, date, locate. */
class EventLocatorTest {
    private static final LocalDate MONDAY = LocalDate.of(2017, 4, 17);

    /** The one event with this CAMEO code in the text. */
    private static Event event(String text, String cameo) {
        List<Event> events = Coded.events(text, MONDAY).stream().filter(e -> e.cameo().equals(cameo)).toList();
        assertThat(events).as("events coded %s from: %s", cameo, text).hasSize(1);
        return events.get(0);
    }

    private static Event only(String text) {
        List<Event> events = Coded.events(text, MONDAY);
        assertThat(events).as("events coded from: %s", text).hasSize(1);
        return events.get(0);
    }

    @Test
    void aVetoAtTheUnitedNationsInNewYork_isPlacedInNewYorkCity() {
        Location l = event("On Wednesday, Russia vetoed a draft resolution at the United Nations in New York.", "129")
                .location();

        assertThat(l.name()).isEqualTo("New York City");
        assertThat(l.country()).isEqualTo("USA");
        assertThat(l.precision()).isEqualTo("city");
        assertThat(l.geonamesId()).isEqualTo(5128581L);
        assertThat(l.lat()).isCloseTo(40.71, within(0.05));
        assertThat(l.method()).isEqualTo("event-phrase");
    }

    @Test
    void talksWithLavrovInMoscow_arePlacedInMoscow_althoughMoscowIsAlsoAnActorName() {
        Location l = event("Tillerson held talks with Lavrov in Moscow.", "040").location();

        assertThat(l.name()).isEqualTo("Moscow");
        assertThat(l.country()).isEqualTo("RUS");
        assertThat(l.lat()).isCloseTo(55.75, within(0.05));
        assertThat(l.lon()).isCloseTo(37.62, within(0.05));
        assertThat(l.geonamesId()).isEqualTo(524901L);
        assertThat(l.method()).isEqualTo("event-phrase");
    }

    @Test
    void aChemicalAttackInKhanSheikhounInIdlibProvince_isPlacedInTheTown_notTheProvince() {
        // The coder finds no actor in this sentence, so the event is made by hand on the real analysis.
        String text = "A chemical attack in Khan Sheikhoun in Idlib province killed dozens.";
        Annalist.Analysis analysis = Coded.analysis(text, MONDAY);
        Event attack = handMade(analysis, "attack");

        Location l = EventLocator.shared().locate(analysis.article(), analysis.mentions(), List.of(attack)).get(0)
                .location();

        assertThat(l.name()).isEqualTo("Khān Shaykhūn");
        assertThat(l.country()).isEqualTo("SYR");
        assertThat(l.admin1()).isEqualTo("Idlib");
        assertThat(l.geonamesId()).isEqualTo(168325L);
        assertThat(l.method()).isEqualTo("event-phrase");
    }

    @Test
    void aChemicalAttackCarriedOutInKhanSheikhoun_isPlacedInTheTown() {
        Location l = only("Syrian government forces carried out a chemical attack in Khan Sheikhoun in Idlib province, "
                + "killing dozens.").location();

        assertThat(l.geonamesId()).isEqualTo(168325L);
        assertThat(l.country()).isEqualTo("SYR");
        assertThat(l.method()).isEqualTo("event-phrase");
    }

    @Test
    void aBombedTown_isWhereTheBombingHappened() {
        Location l = only("Syrian jets bombed Khan Sheikhoun in Idlib province.").location();

        assertThat(l.geonamesId()).isEqualTo(168325L);
        assertThat(l.method()).isEqualTo("event-phrase");
    }

    @Test
    void airStrikesOnACity_arePlacedInTheCity() {
        Location l = only("The United States launched air strikes on Raqqa.").location();

        assertThat(l.name()).isEqualTo("Ar Raqqah");
        assertThat(l.country()).isEqualTo("SYR");
        assertThat(l.method()).isEqualTo("event-phrase");
    }

    @Test
    void shellingPositionsNearACity_isPlacedThere() {
        Location l = event("Syrian troops shelled rebel positions near the city of Idlib on Thursday.", "193")
                .location();

        assertThat(l.country()).isEqualTo("SYR");
        assertThat(l.admin1()).isEqualTo("Idlib");
        assertThat(l.method()).isEqualTo("event-phrase");
    }

    @Test
    void aRequestMadeDuringTalksInMoscow_isPlacedInMoscow_notWhereTheRequestedVisitWouldBe() {
        Location l = event("Russia's foreign minister asked Tillerson during talks in Moscow to jointly request the "
                + "Organization for the Prohibition of Chemical Weapons to visit Khan Sheikhoun.", "020").location();

        assertThat(l.name()).isEqualTo("Moscow");
        assertThat(l.method()).isEqualTo("event-phrase");
    }

    @Test
    void aPlaceOnlyInTheAgreedAction_isStillTheEventsPhrase() {
        Location l = only("Russia agreed to meet the United States in Geneva.").location();

        assertThat(l.name()).isEqualTo("Genève");
        assertThat(l.country()).isEqualTo("CHE");
        assertThat(l.method()).isEqualTo("event-phrase");
    }

    @Test
    void peopleKilledInAnAssaultOnAVillageOutsideACity_areKilledThere() {
        Location l = event("Syrian government forces killed dozens of people in an assault on a village outside the "
                + "city of Homs.", "190").location();

        assertThat(l.name()).isEqualTo("Homs");
        assertThat(l.country()).isEqualTo("SYR");
        assertThat(l.method()).isEqualTo("event-phrase");
    }

    @Test
    void ofACountryAndARegionInOnePhrase_theRegionIsTheSentencesPlace() {
        Location l = event("Ukraine said that Russian forces had attacked its military units fighting separatists in "
                + "eastern Ukraine's Luhansk region.", "190").location();

        assertThat(l.country()).isEqualTo("UKR");
        assertThat(l.precision()).isEqualTo("region");
        assertThat(l.method()).isEqualTo("sentence");
    }

    @Test
    void aVisitedCapital_isWhereTheVisitHappened() {
        Location l = event("Tillerson visited Moscow on Tuesday.", "042").location();

        assertThat(l.name()).isEqualTo("Moscow");
        assertThat(l.method()).isEqualTo("event-phrase");
    }

    @Test
    void capitalsUsedAsActors_areNotWhereTheEventHappened() {
        Event e = only("Washington criticized Moscow.");

        assertThat(e.source().code()).isEqualTo("USA");
        assertThat(e.location()).isNull();
    }

    @Test
    void capitalsUsedAsActors_leaveTheEventToTheArticleFocus() {
        List<Event> events = Coded.events("Fighting raged across Syria on Monday. Washington criticized Moscow.",
                MONDAY);

        assertThat(events).filteredOn(e -> e.cameo().equals("111")).singleElement().satisfies(e -> {
            assertThat(e.location().country()).isEqualTo("SYR");
            assertThat(e.location().precision()).isEqualTo("country");
            assertThat(e.location().method()).isEqualTo("article-focus");
        });
    }

    @Test
    void countriesUsedAsActors_areNotWhereTheEventHappened() {
        assertThat(only("Russia condemned the United States.").location()).isNull();
    }

    @Test
    void anEventWithNoPlaceInItsSentence_takesTheArticlesFocus() {
        List<Event> events = Coded.events(String.join("\n\n",
                "Government forces shelled rebel positions in Syria on Sunday.",
                "Fighting raged across Syria on Monday.",
                "Russia condemned the United States."), MONDAY);

        Event condemnation = events.stream().filter(e -> e.source().code().equals("RUS")).findFirst().orElseThrow();
        assertThat(condemnation.location().name()).isEqualTo("Syria");
        assertThat(condemnation.location().country()).isEqualTo("SYR");
        assertThat(condemnation.location().precision()).isEqualTo("country");
        assertThat(condemnation.location().geonamesId()).isZero();
        assertThat(condemnation.location().method()).isEqualTo("article-focus");
    }

    @Test
    void aPlaceOnTheSubject_isTheSentencesPlace_notTheEventPhrase() {
        Location l = only("Russian troops in Syria attacked rebels.").location();

        assertThat(l.country()).isEqualTo("SYR");
        assertThat(l.method()).isEqualTo("sentence");
    }

    @Test
    void aPlaceOfAnotherEventInTheObject_isOnlyTheSentencesPlace() {
        // The resolution was vetoed in New York, not in Khan Sheikhoun; the sentence says no better.
        Location l = event("Russia vetoed a resolution on the attack in Khan Sheikhoun.", "129").location();

        assertThat(l.geonamesId()).isEqualTo(168325L);
        assertThat(l.method()).isEqualTo("sentence");
    }

    @Test
    void parisInAFrenchStory_isTheCapital() {
        Location l = event("French President Emmanuel Macron met German Chancellor Angela Merkel in Paris.", "040")
                .location();

        assertThat(l.country()).isEqualTo("FRA");
        assertThat(l.geonamesId()).isEqualTo(2988507L);
    }

    @Test
    void parisInAStoryAboutTexas_isParisTexas() {
        List<Event> events = Coded.events(String.join("\n\n",
                "A tornado hit Paris, Texas, on Sunday, killing two people.",
                "The mayor of Paris met Governor Greg Abbott in Paris on Monday."), MONDAY);

        assertThat(events).filteredOn(e -> e.cameo().equals("040")).singleElement().satisfies(e -> {
            assertThat(e.location().name()).isEqualTo("Paris");
            assertThat(e.location().country()).isEqualTo("USA");
            assertThat(e.location().admin1()).isEqualTo("Texas");
            assertThat(e.location().method()).isEqualTo("event-phrase");
        });
    }

    @Test
    void aLocatorThatChangesNothing_leavesEventsWithoutALocation() {
        Annalist annalist = AnnalistBuilder.defaults().annotator(SharedNlp.annotator())
                .locator((article, mentions, events) -> events).build();

        List<Event> events = annalist.code(new org.annalist.model.Article("t", "", MONDAY,
                "Tillerson held talks with Lavrov in Moscow.", null, null, "test"));

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.location()).isNull());
    }

    @Test
    void theSharedLocator_givesTheSameAnswersFromManyThreads() throws Exception {
        String text = "Tillerson held talks with Lavrov in Moscow. "
                + "Syrian jets bombed Khan Sheikhoun in Idlib province.";
        Annalist.Analysis analysis = Coded.analysis(text, MONDAY);
        List<Event> expected = EventLocator.shared().locate(analysis.article(), analysis.mentions(),
                analysis.events());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Event>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> EventLocator.shared().locate(analysis.article(), analysis.mentions(),
                        analysis.events())));
            }
            for (Future<List<Event>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).extracting(e -> e.location().method()).containsOnly("event-phrase");
    }

    /** An event of an unknown source on this trigger word of the analysed sentence. */
    private static Event handMade(Annalist.Analysis analysis, String trigger) {
        var sentence = analysis.article().sentences().get(0);
        return new Event("test", "0000000000000000", sentence.index(), sentence.text(), null, null,
                new Actor("unknown", null, "UNK", null, null), null, "190", -10.0, 4,
                new Plover("ASSAULT", null, null), null, new Evidence(trigger, null, null, List.of()));
    }
}
