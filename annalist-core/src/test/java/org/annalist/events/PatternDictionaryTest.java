package org.annalist.events;

import org.annalist.dict.DictionaryException;
import org.annalist.dict.DictionaryLine;
import org.annalist.ontology.Cameo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading verbs.txt and synonyms.txt: how a synonym takes its trigger's patterns, and the file:line errors. */
class PatternDictionaryTest {
    private static final String VERBS = """
            129\tblock resolution
            144\tblock road
            1245\tblock access to:T
            111\tcondemn T
            190\tbattle/n with|against|between:T
            191\tblockade T
            """;

    @Test
    void synonym_takesEveryPatternOfItsTrigger() {
        PatternDictionary d = parse(VERBS, "stymie\tblock\t# 129 144 1245");
        List<Pattern> own = d.forTrigger("block");
        List<Pattern> taken = d.forTrigger("stymie");
        assertThat(taken).extracting(Pattern::code).containsExactlyElementsOf(own.stream().map(Pattern::code).toList());
        assertThat(taken).extracting(Pattern::elements)
                .containsExactlyElementsOf(own.stream().map(Pattern::elements).toList());
        assertThat(taken).allSatisfy(p -> {
            assertThat(p.trigger()).isEqualTo("stymie");
            assertThat(p.pos()).isEqualTo(Pattern.Pos.VERB);
        });
        assertThat(taken.get(0).text()).isEqualTo("block resolution (via synonym stymie)");
        assertThat(taken.get(0).entry()).isEqualTo("verbs.txt:1 via synonyms.txt:1");
        assertThat(d.size()).as("patterns written in verbs.txt").isEqualTo(6);
    }

    @Test
    void nounSynonym_takesTheNounPatterns() {
        PatternDictionary d = parse(VERBS, "# a comment\n\nskirmish/n\tbattle/n");
        assertThat(d.forTrigger("skirmish")).singleElement().satisfies(p -> {
            assertThat(p.pos()).isEqualTo(Pattern.Pos.NOUN);
            assertThat(p.code()).isEqualTo("190");
            assertThat(p.entry()).isEqualTo("verbs.txt:5 via synonyms.txt:3");
        });
    }

    @Test
    void synonymList_isKeptForTools() {
        PatternDictionary d = parse(VERBS, "stymie\tblock\nobjurgate\tcondemn");
        assertThat(d.synonyms()).extracting(PatternDictionary.Synonym::written).containsExactly("stymie", "objurgate");
        assertThat(d.synonym("objurgate")).hasValueSatisfying(s -> assertThat(s.trigger()).isEqualTo("condemn"));
        assertThat(d.hasOwnPatterns("stymie", Pattern.Pos.VERB)).isFalse();
        assertThat(d.triggers()).extracting(PatternDictionary.Trigger::written)
                .containsExactly("battle/n", "block", "blockade", "condemn");
    }

    @Test
    void unknownTrigger_isAnErrorWithFileAndLine() {
        assertThatThrownBy(() -> parse(VERBS, "stymie\tblock\nhinder\tobstruct"))
                .isInstanceOf(DictionaryException.class)
                .hasMessage("synonyms.txt:2: unknown trigger 'obstruct': verbs.txt has no verb pattern for it");
    }

    @Test
    void triggerWithOnlyPatternsOfTheOtherPartOfSpeech_isUnknown() {
        assertThatThrownBy(() -> parse(VERBS, "fight\tbattle"))
                .hasMessage("synonyms.txt:1: unknown trigger 'battle': verbs.txt has no verb pattern for it");
    }

    @Test
    void synonymWithPatternsOfItsOwn_isAConflict() {
        assertThatThrownBy(() -> parse(VERBS, "blockade\tblock"))
                .isInstanceOf(DictionaryException.class)
                .hasMessage("synonyms.txt:1: 'blockade' has patterns of its own in verbs.txt (verbs.txt:6): it cannot also"
                        + " take the patterns of 'block'; add the patterns it lacks to verbs.txt instead");
    }

    @Test
    void synonymListedTwice_isAnError() {
        assertThatThrownBy(() -> parse(VERBS, "stymie\tblock\n\nstymie\tcondemn"))
                .hasMessage("synonyms.txt:3: 'stymie' is listed twice: already a synonym of 'block' (synonyms.txt:1)");
    }

    @Test
    void synonymOfASynonym_namesTheRealTrigger() {
        assertThatThrownBy(() -> parse(VERBS, "stymie\tblock\nthwart\tstymie"))
                .hasMessage("synonyms.txt:2: trigger 'stymie' is itself a synonym of 'block' (synonyms.txt:1):"
                        + " name 'block' as the trigger");
    }

    @Test
    void partsOfSpeechMustAgree() {
        assertThatThrownBy(() -> parse(VERBS, "skirmish/n\tblock"))
                .hasMessageStartingWith("synonyms.txt:1: synonym 'skirmish/n' is a noun but trigger 'block' is a verb");
    }

    @Test
    void malformedLines_areErrors() {
        assertThatThrownBy(() -> parse(VERBS, "stymie")).hasMessage("synonyms.txt:1: missing trigger (column 2)");
        assertThatThrownBy(() -> parse(VERBS, "lay siege\tblockade"))
                .hasMessageStartingWith("synonyms.txt:1: synonym 'lay siege' is not one lower-case lemma");
        assertThatThrownBy(() -> parse(VERBS, "block\tblock")).hasMessage("synonyms.txt:1: 'block' is given as its own synonym");
        assertThatThrownBy(() -> parse(VERBS, "stymie\tblock\t129"))
                .hasMessageStartingWith("synonyms.txt:1: unexpected third column '129'");
    }

    @Test
    void bundledDictionary_loadsItsCuratedSynonyms() {
        PatternDictionary d = PatternDictionary.bundled();
        assertThat(d.synonyms()).hasSizeGreaterThan(150);
        assertThat(d.forTrigger("stymie")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.entry()).matches("events/verbs\\.txt:\\d+ via events/synonyms\\.txt:\\d+"));
        // Every synonym resolves to patterns, and none has patterns of its own.
        assertThat(d.synonyms()).allSatisfy(s -> {
            assertThat(d.forTrigger(s.word())).isNotEmpty();
            assertThat(d.hasOwnPatterns(s.word(), s.pos())).isFalse();
        });
    }

    private static PatternDictionary parse(String verbs, String synonyms) {
        return PatternDictionary.parse(lines("verbs.txt", verbs), lines("synonyms.txt", synonyms), Cameo.bundled());
    }

    /** Numbered as DictionaryFiles numbers them: every line counts, comments and blank lines are skipped. */
    static List<DictionaryLine> lines(String file, String text) {
        List<DictionaryLine> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int comment = line.indexOf("\t#");
            String content = comment < 0 ? line : line.substring(0, comment);
            out.add(new DictionaryLine(file, i + 1, Arrays.stream(content.split("\t", -1)).map(String::trim).toList()));
        }
        return out;
    }
}
