package org.annalist.events;

import org.annalist.model.ActorMention;

import java.util.ArrayList;
import java.util.List;

/**
 * An event under construction in one sentence: its code, actors and the words and rules that led to it.
 * {@code anchor} is the token whose modality (negation, tense) governs the event.
 */
record Candidate(int trigger, int anchor, String code, List<ActorMention> sources, List<ActorMention> targets,
                 Pattern pattern, List<Integer> words, List<String> rules) {

    Candidate with(String newCode, int newAnchor, List<ActorMention> newSources, List<ActorMention> newTargets,
                   List<Integer> extraWords, String rule) {
        List<Integer> w = new ArrayList<>(words);
        w.addAll(extraWords);
        List<String> r = new ArrayList<>(rules);
        r.add(rule);
        return new Candidate(trigger, newAnchor, newCode, newSources, newTargets, pattern, List.copyOf(w), List.copyOf(r));
    }

    Candidate withCode(String newCode, String rule) {
        return with(newCode, anchor, sources, targets, List.of(), rule);
    }
}
