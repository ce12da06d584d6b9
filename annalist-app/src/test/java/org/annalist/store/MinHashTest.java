package org.annalist.store;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MinHashTest {
    private static final String TEXT = "Russia vetoed a United Nations Security Council resolution on Syria on Tuesday, "
            + "the eighth time Moscow has used its veto to shield the government in Damascus.";

    @Test
    void signature_sameTextInOtherCaseAndSpacing_isEqual() {
        assertThat(MinHash.signature(TEXT.toUpperCase().replace(" ", "  \n")))
                .isEqualTo(MinHash.signature(TEXT));
        assertThat(MinHash.similarity(MinHash.signature(TEXT), MinHash.signature(TEXT + " "))).isEqualTo(1.0);
    }

    @Test
    void signature_textWithoutWords_isEmptyAndNeverSimilar() {
        int[] none = MinHash.signature(" -- ... ");
        assertThat(MinHash.isEmpty(none)).isTrue();
        assertThat(MinHash.isEmpty(MinHash.signature("Veto."))).isFalse();
    }

    @Test
    void shingles_shortText_isOneShingle() {
        assertThat(MinHash.shingles("Russia vetoed it")).hasSize(1);
        assertThat(MinHash.shingles("one two three four five six")).hasSize(2);
    }

    @Test
    void similarity_estimatesTheExactJaccard_withinTheErrorOf128Hashes() {
        Random random = new Random(7);
        String[] vocabulary = MinHash.words("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima "
                + "mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu");
        for (int trial = 0; trial < 40; trial++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                String word = vocabulary[random.nextInt(vocabulary.length)] + random.nextInt(40);
                a.append(word).append(' ');
                b.append(random.nextInt(100) < trial * 2 ? "other" + random.nextInt(1000) : word).append(' ');
            }
            double exact = MinHash.exactJaccard(a.toString(), b.toString());
            double estimate = MinHash.similarity(MinHash.signature(a.toString()), MinHash.signature(b.toString()));
            // The estimate is a mean of 128 Bernoulli trials: its standard deviation is at most 0.044.
            assertThat(estimate).as("trial %d", trial).isCloseTo(exact, within(0.15));
        }
    }

    @Test
    void bandKeys_identicalSignatures_shareAll_differentTexts_shareNone() {
        long[] a = MinHash.bandKeys(MinHash.signature(TEXT));
        assertThat(MinHash.bandKeys(MinHash.signature(TEXT))).isEqualTo(a);
        long[] other = MinHash.bandKeys(MinHash.signature("Thousands of farmers marched through the capital to protest "
                + "against a plan to cut subsidies for fuel and fertiliser."));
        assertThat(other).doesNotContain(a);
    }

    @Test
    void bytes_roundTrip() {
        int[] signature = MinHash.signature(TEXT);
        assertThat(MinHash.fromBytes(MinHash.toBytes(signature))).isEqualTo(signature);
    }
}
