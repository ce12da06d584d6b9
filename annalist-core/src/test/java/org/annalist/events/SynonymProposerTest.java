package org.annalist.events;

import net.sf.extjwnl.dictionary.Dictionary;
import org.annalist.ontology.Cameo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.events.PatternDictionaryTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

/** WordNet 3.1 proposals for curators, on a small verb dictionary. */
class SynonymProposerTest {
    private static final String VERBS = """
            129\tblock resolution
            144\tblock road
            1245\tblock access to:T
            111\tcondemn T
            190\tbattle/n with|against|between:T
            183\tbomb T
            1211\thinder investment
            """;
    private static Dictionary wordnet;

    @BeforeAll
    static void loadWordNet() throws Exception {
        wordnet = Dictionary.getDefaultResourceInstance();
    }

    private static SynonymProposer proposer(String synonyms, String control) {
        PatternDictionary patterns = PatternDictionary.parse(lines("verbs.txt", VERBS), lines("synonyms.txt", synonyms),
                Cameo.bundled());
        return new SynonymProposer(wordnet, patterns, ControlVerbs.parse(lines("control.txt", control)));
    }

    @Test
    void proposals_comeFromTheTriggersFirstSensesWithTheirGloss() {
        List<SynonymProposer.Proposal> block = proposer("", "").proposeFor("block", 0, 2);
        assertThat(block).extracting(SynonymProposer.Proposal::synonym).contains("stymie", "stymy", "embarrass")
                .doesNotContain("block", "hinder"); // hinder has patterns of its own here
        SynonymProposer.Proposal stymie = block.stream().filter(p -> p.synonym().equals("stymie")).findFirst().orElseThrow();
        assertThat(stymie.line()).isEqualTo("stymie\tblock\t# 1245 129 144 | block sense 2: hinder or prevent the"
                + " progress or accomplishment of | stymie: sense 1 of 1, tagged 0x");
    }

    @Test
    void curatedSynonyms_areNotProposedAgain() {
        assertThat(proposer("stymie\tblock", "").proposeFor("block", 0, 2))
                .extracting(SynonymProposer.Proposal::synonym).doesNotContain("stymie").contains("stymy");
    }

    @Test
    void oneSense_andMinimumCount_narrowTheList() {
        SynonymProposer p = proposer("", "");
        assertThat(p.proposeFor("block", 0, 1)).extracting(SynonymProposer.Proposal::synonym)
                .containsExactly("barricade", "blockade", "stop", "bar"); // sense 1: render unsuitable for passage
        assertThat(p.proposeFor("block", 1, 2)).extracting(SynonymProposer.Proposal::synonym)
                .containsExactly("barricade", "bar", "obstruct"); // tagged at least once in that sense
        assertThat(p.proposeFor("condemn", 0, 2)).extracting(SynonymProposer.Proposal::synonym)
                .contains("objurgate", "reprobate");
        assertThat(p.proposeFor("condemn", 1, 2)).extracting(SynonymProposer.Proposal::synonym)
                .containsExactly("decry", "excoriate"); // the rare two are never sense-tagged in WordNet's corpus
    }

    @Test
    void nounTriggers_getNounSynonyms() {
        assertThat(proposer("", "").proposeFor("battle/n", 0, 2)).extracting(SynonymProposer.Proposal::synonym)
                .contains("fight/n", "conflict/n", "engagement/n").allMatch(s -> s.endsWith("/n"));
    }

    @Test
    void controlVerbs_areFlagged() {
        assertThat(proposer("", "fail\trefuse").proposeFor("bomb", 0, 2))
                .filteredOn(p -> p.synonym().equals("fail")).singleElement()
                .satisfies(p -> assertThat(p.line()).endsWith("| control.txt: refuse"));
    }

    @Test
    void codePrefix_selectsTriggers() {
        SynonymProposer.Summary all = proposer("", "").proposeAll("", 0, 2);
        SynonymProposer.Summary fights = proposer("", "").proposeAll("19", 0, 2);
        assertThat(all.triggers()).isEqualTo(5);
        assertThat(fights.triggers()).isEqualTo(1);
        assertThat(fights.proposals()).allMatch(p -> p.trigger().equals("battle/n"));
        assertThat(proposer("", "").proposeFor("veto", 0, 2)).as("not a trigger here").isEmpty();
    }
}
