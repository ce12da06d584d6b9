package org.annalist.geo;

import java.util.ArrayList;
import java.util.List;

import org.annalist.model.Sentence;
import org.annalist.model.Token;

/** Builds analysed sentences by hand, so the tests need no CoreNLP models. */
final class TestSentences {
    private TestSentences() {
    }

    /**
     * A sentence from space-separated tokens written {@code word|POS|NER} ({@code |NER} may be left out
     * for "O"), e.g. {@code "Rebels|NNS shelled|VBD Idlib|NNP|LOCATION .|."}. Offsets start at {@code 100}
     * so that code relying on them must subtract the sentence's begin.
     */
    static Sentence sentence(int index, String annotated) {
        return build(index, annotated, false);
    }

    static Sentence title(String annotated) {
        return build(0, annotated, true);
    }

    private static Sentence build(int index, String annotated, boolean isTitle) {
        int base = 100;
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String spec : annotated.trim().split(" +")) {
            String[] f = spec.split("\\|");
            String word = f[0];
            String pos = f.length > 1 ? f[1] : "NN";
            String ner = f.length > 2 ? f[2] : "O";
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = base + text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), word, word, pos, ner, begin, begin + word.length()));
        }
        return new Sentence(index, text.toString(), base, base + text.length(), tokens, List.of(), isTitle);
    }
}
