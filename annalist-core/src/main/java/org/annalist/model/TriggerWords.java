package org.annalist.model;

import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * Where an event's trigger words stand in its sentence, for the stages after the coder (dates, places):
 * the positions the coder recorded, or, for events without them, the words found again in order, a word
 * that occurs twice settled by the caller's distance (nearness to the event's actors).
 */
public final class TriggerWords {
    private TriggerWords() {
    }

    /**
     * @param distance for a candidate position of the first trigger word, how far it is from the event's actors
     * @return the positions of the trigger words, or null when they are not in the sentence
     */
    public static int[] locate(Sentence sentence, Event event, IntToLongFunction distance) {
        Evidence evidence = event.evidence();
        if (evidence == null || evidence.trigger() == null || evidence.trigger().isBlank()) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        if (!evidence.tokens().isEmpty() && evidence.tokens().stream().allMatch(i -> i >= 0 && i < tokens.size())) {
            return evidence.tokens().stream().mapToInt(Integer::intValue).toArray();
        }
        String[] wanted = evidence.trigger().strip().split("\\s+");
        int[] best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int first = 0; first < tokens.size(); first++) {
            if (!tokens.get(first).word().equals(wanted[0])) {
                continue;
            }
            int[] match = new int[wanted.length];
            match[0] = first;
            int next = first + 1;
            boolean complete = true;
            for (int w = 1; w < wanted.length && complete; w++) {
                while (next < tokens.size() && !tokens.get(next).word().equals(wanted[w])) {
                    next++;
                }
                complete = next < tokens.size();
                if (complete) {
                    match[w] = next++;
                }
            }
            if (!complete) {
                continue;
            }
            long d = distance.applyAsLong(first);
            if (d < bestDistance) {
                best = match;
                bestDistance = d;
            }
        }
        return best;
    }
}
