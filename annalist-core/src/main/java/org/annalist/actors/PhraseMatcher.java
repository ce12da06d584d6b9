package org.annalist.actors;

import org.annalist.model.Sentence;
import org.annalist.model.Token;

import java.util.ArrayList;
import java.util.List;

/** Finds dictionary phrases in a sentence, longest match first, left to right. */
final class PhraseMatcher {
    private static final int MAX_AGENT_TOKENS = 4;
    private final ActorDictionary dictionary;

    PhraseMatcher(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<Piece> match(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Piece best = longestAt(tokens, i);
            if (best != null) {
                pieces.add(best);
                i = best.end();
                int name = nameAfterTitle(tokens, best);
                if (name > i) {
                    // "Vice-President Moody Awori" with the name tagged as an organisation: a title's name.
                    pieces.add(new Piece(i, name, null));
                    i = name;
                }
            } else if (tokens.get(i).ner().equals("PERSON")) {
                int end = i;
                while (end < tokens.size() && tokens.get(end).ner().equals("PERSON")) {
                    end++;
                }
                pieces.add(new Piece(i, end, null));
                i = end;
            } else {
                i++;
            }
        }
        return pieces;
    }

    /**
     * The end of a name that follows a capitalised title ("Vice-President Moody Awori") when the tagger did not
     * call it a person: two or more capitalised proper nouns that are no place, date or dictionary phrase.
     * Returns {@code title.end()} when there is none.
     */
    private int nameAfterTitle(List<Token> tokens, Piece title) {
        if (title.kind() != Entry.Kind.AGENT || !Character.isUpperCase(tokens.get(title.start()).word().charAt(0))) {
            return title.end();
        }
        int end = title.end();
        while (end < tokens.size() && tokens.get(end).pos().equals("NNP")
                && Character.isUpperCase(tokens.get(end).word().charAt(0))
                && !NOT_NAMES.contains(tokens.get(end).ner()) && tokens.get(end).ner().equals(tokens.get(title.end()).ner())
                && longestAt(tokens, end) == null) {
            end++;
        }
        boolean person = end > title.end() && tokens.get(title.end()).ner().equals("PERSON");
        return end - title.end() >= 2 && !person ? end : title.end();
    }

    /** Named-entity classes that are never a person's name. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("LOCATION", "DATE", "TIME", "MONEY",
            "PERCENT", "NUMBER", "ORDINAL", "DURATION", "SET");

    static String singular(String plural) {
        String w = plural.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return null;
    }

    private Piece longestAt(List<Token> tokens, int start) {
        int limit = Math.min(tokens.size(), start + dictionary.longestPhrase());
        StringBuilder words = new StringBuilder();
        StringBuilder lemmas = new StringBuilder();
        Piece best = null;
        boolean capitalised = false;
        for (int end = start + 1; end <= limit; end++) {
            Token token = tokens.get(end - 1);
            words.append(end > start + 1 ? " " : "").append(token.word());
            String lemma = token.lemma() == null ? token.word() : token.lemma();
            lemmas.append(end > start + 1 ? " " : "").append(lemma);
            // "al-Qaeda", "de Klerk": a capital anywhere in the word marks a name.
            capitalised |= token.word().chars().anyMatch(Character::isUpperCase);
            Entry entry = capitalised ? dictionary.lookup(words.toString()) : null;
            if (entry != null) {
                best = new Piece(start, end, entry);
                continue;
            }
            // Sector words are nouns: "forcing" is not "force", "leading" not "leader".
            if (end - start <= MAX_AGENT_TOKENS && token.isNoun()) {
                Entry agent = dictionary.lookupAgent(lemmas.toString());
                if (agent == null) {
                    agent = dictionary.lookupAgent(words.toString());
                }
                if (agent == null && token.pos().equals("NNS")) {
                    // CoreNLP leaves some plurals unlemmatised ("troops"); try the regular singular.
                    String singular = singular(token.word());
                    if (singular != null) {
                        agent = dictionary.lookupAgent(lemmas.substring(0, lemmas.length() - lemma.length()) + singular);
                    }
                }
                if (agent != null && (best == null || best.kind() == Entry.Kind.AGENT)) {
                    best = new Piece(start, end, agent);
                }
            }
        }
        return best;
    }
}
