package org.annalist.actors;

import org.annalist.model.Actor;
import org.annalist.model.ActorMention;
import org.annalist.testing.Coded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Actor resolution in text, on the real NLP pipeline and the bundled dictionaries. */
class DictionaryActorResolverTest {
    private static List<ActorMention> mentions(String text, LocalDate date) {
        return Coded.analysis(text, date).mentions();
    }

    private static List<ActorMention> mentions(String text) {
        return mentions(text, LocalDate.of(2017, 4, 17));
    }

    private static Actor actor(List<ActorMention> mentions, String text) {
        return mentions.stream().filter(m -> m.actor().text().contains(text)).findFirst()
                .map(ActorMention::actor).orElseThrow(() -> new AssertionError("no mention of " + text + " in " + mentions));
    }

    @Test
    void possessiveTitle_isTheStatesGovernment() {
        Actor a = actor(mentions("Russia's foreign minister spoke to reporters."), "foreign minister");
        assertThat(a.code()).isEqualTo("RUS");
        assertThat(a.sector()).isEqualTo("GOV");
    }

    @Test
    void adjectiveAndSectorWord_combine() {
        Actor a = actor(mentions("Syrian troops shelled the town."), "Syrian troops");
        assertThat(a.code()).isEqualTo("SYR");
        assertThat(a.sector()).isEqualTo("MIL");
    }

    @Test
    void metonyms_areTheGovernment() {
        List<ActorMention> m = mentions("The Kremlin rejected the plan, and Washington criticized Moscow.");
        assertThat(actor(m, "Kremlin").code()).isEqualTo("RUS");
        assertThat(actor(m, "Washington").code()).isEqualTo("USA");
        assertThat(actor(m, "Washington").sector()).isEqualTo("GOV");
    }

    @Test
    void datedRoles_sameNameTwoDates_twoSectors() {
        Actor in2017 = actor(mentions("Tillerson visited Moscow.", LocalDate.of(2017, 4, 12)), "Tillerson");
        Actor in2010 = actor(mentions("Tillerson visited Moscow.", LocalDate.of(2010, 4, 12)), "Tillerson");
        assertThat(in2017.sector()).isEqualTo("GOV");
        assertThat(in2010.sector()).isEqualTo("BUS");
        assertThat(in2017.code()).isEqualTo("USA");
    }

    @Test
    void titleOfUnknownPerson_givesCountryAndSector() {
        Actor a = actor(mentions("Kenya's U.N. Ambassador Wanjiru Kamau-Odhiambo spoke."), "Kamau-Odhiambo");
        assertThat(a.code()).isEqualTo("KEN");
        assertThat(a.sector()).isEqualTo("GOV");
        assertThat(a.name()).contains("Kamau-Odhiambo");
    }

    @Test
    void surnameAndHonorific_referToTheEarlierFullMention() {
        List<ActorMention> m = mentions("Kenya's foreign minister Wanjiru Kamau-Odhiambo arrived. Later Ms Kamau-Odhiambo spoke.");
        ActorMention later = m.stream().filter(x -> x.sentence() == 1).findFirst().orElseThrow();
        assertThat(later.actor().code()).isEqualTo("KEN");
        assertThat(later.rule()).isEqualTo("surname-coreference");
    }

    @Test
    void intergovernmentalOrganisation_isIgo() {
        Actor a = actor(mentions("The U.N. Security Council met on Monday."), "Security Council");
        assertThat(a.code()).isEqualTo("IGO");
        assertThat(a.org()).isEqualTo("UNSC");
    }

    @Test
    void coordinatedAdjectives_giveOneActorEach() {
        List<ActorMention> m = mentions("Senior Hungarian and Romanian officials agreed on Wednesday.");
        assertThat(m).extracting(x -> x.actor().code()).contains("HUN", "ROU");
        assertThat(m).allSatisfy(x -> assertThat(x.actor().sector()).isEqualTo("GOV"));
    }

    @Test
    void pronoun_isTheLatestPersonBeforeIt() {
        List<ActorMention> m = mentions("Tillerson said he wanted a frank exchange with Lavrov.");
        ActorMention he = m.stream().filter(x -> x.rule().equals("pronoun")).findFirst().orElseThrow();
        assertThat(he.actor().name()).isEqualTo("Rex Tillerson");
    }

    @Test
    void unknownCivilSocietyBody_isAnNgo() {
        Actor a = actor(mentions("The Harbour Workers Association criticized the new port fees."), "Association");
        assertThat(a.code()).isEqualTo("NGO");
    }

    @Test
    void titledPersonOfUnknownState_doesNotTakeAnotherPersonsState() {
        List<ActorMention> m = mentions("Premier Aldous Fenwick hosted Kenyan leader Mwangi Otieno on Friday.");
        assertThat(actor(m, "Mwangi Otieno").code()).isEqualTo("KEN");
        assertThat(actor(m, "Aldous Fenwick").code()).isNull();
    }

    @Test
    void ethnicGroup_isCodedByTheStateItLivesIn() {
        assertThat(actor(mentions("Ethnic Hungarians in northern Serbia held a rally."), "Hungarians").code())
                .isEqualTo("SRB");
        assertThat(actor(mentions("Hungarian officials held a rally."), "Hungarian").code()).isEqualTo("HUN");
    }

    @Test
    void peopleOfOneState_areCodedByThatState() {
        assertThat(actor(mentions("Tamil leaders met in Jaffna."), "Tamil").code()).isEqualTo("LKA");
    }

    @Test
    void nonGovernmentalGroupOfNoStatedCountry_isAnNgo_notTheStateItSpeaksAbout() {
        List<ActorMention> m = mentions("A human rights group criticized the Croatian government.");
        assertThat(actor(m, "rights group").code()).isEqualTo("NGO");
    }

    @Test
    void capitalNameOfATownElsewhere_isTheTownOfTheStateTheSentenceNames() {
        List<ActorMention> m = mentions("Gunmen in Tripoli fired on the Lebanese army.");
        assertThat(actor(m, "Gunmen").code()).isEqualTo("LBN");
    }

    @Test
    void governmentOfANamedProvince_isTheProvincesState() {
        List<ActorMention> m = mentions("The government of Balochistan province imposed a curfew.");
        assertThat(actor(m, "government").code()).isEqualTo("PAK");
    }

    @Test
    void ethnicGroupActingSomewhereOnADay_isCodedByThatPlacesState() {
        Actor a = actor(mentions("About 200 ethnic Hungarians marched on Sunday in Romania."), "Hungarians");
        assertThat(a.code()).isEqualTo("ROU");
        assertThat(a.sector()).isEqualTo("CVL");
    }
}
