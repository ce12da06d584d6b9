package org.annalist.actors;

import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Phrase matching on hand-made token sequences, so that tagger mistakes can be written down exactly. */
class PhraseMatcherTest {
    private static final PhraseMatcher MATCHER = new PhraseMatcher(ActorDictionary.bundled());

    /** Tokens as word/lemma/POS/NER. */
    private static Sentence sentence(String... tokens) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < tokens.length; i++) {
            String[] t = tokens[i].split("/");
            out.add(new Token(i, t[0], t[1], t[2], t[3], offset, offset + t[0].length()));
            offset += t[0].length() + 1;
        }
        return new Sentence(0, String.join(" ", out.stream().map(Token::word).toList()), 0, offset, out, List.of(), false);
    }

    @Test
    void nameAfterATitle_taggedAsAnOrganisation_isStillTheTitlesPerson() {
        List<Piece> pieces = MATCHER.match(sentence("Vice-President/Vice-President/NNP/O", "Moody/Moody/NNP/ORGANIZATION",
                "Awori/Awori/NNP/ORGANIZATION", "resigned/resign/VBD/O"));
        assertThat(pieces).extracting(Piece::start, Piece::end, Piece::isUnknownPerson)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1, false),
                        org.assertj.core.groups.Tuple.tuple(1, 3, true));
    }

    @Test
    void placeOrDateAfterATitle_isNoName() {
        List<Piece> pieces = MATCHER.match(sentence("President/President/NNP/O", "Monday/Monday/NNP/DATE",
                "Tuesday/Tuesday/NNP/DATE", "said/say/VBD/O"));
        assertThat(pieces).noneMatch(Piece::isUnknownPerson);
    }
}
