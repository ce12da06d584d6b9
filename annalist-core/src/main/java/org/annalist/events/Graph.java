package org.annalist.events;

import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A sentence's dependency graph, indexed both ways for the coder's look-ups. */
final class Graph {
    private final Sentence sentence;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;

    Graph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        children = new ArrayList<>(n);
        parents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
            parents.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() >= 0) {
                children.get(d.governor()).add(d);
                parents.get(d.dependent()).add(d);
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    int size() {
        return sentence.tokens().size();
    }

    List<Dependency> children(int i) {
        return children.get(i);
    }

    List<Dependency> parents(int i) {
        return parents.get(i);
    }

    /** Dependents of {@code i} over relations accepted by {@code relation}. */
    List<Integer> children(int i, Predicate<String> relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) {
            if (relation.test(d.relation())) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    List<Integer> children(int i, String relation) {
        return children(i, relation::equals);
    }

    /** The first governor of {@code i} over a relation accepted by {@code relation}, or -1. */
    int parent(int i, Predicate<String> relation) {
        for (Dependency d : parents.get(i)) {
            if (relation.test(d.relation())) {
                return d.governor();
            }
        }
        return -1;
    }

    boolean hasChildLemma(int i, String relation, java.util.Set<String> lemmas) {
        for (Dependency d : children.get(i)) {
            if (d.relation().equals(relation) && lemmas.contains(token(d.dependent()).lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} lies in the subtree of {@code root} (following basic tree edges, bounded). */
    /** The first (basic) governing dependency of a token, or null at the root. */
    Dependency up(int i) {
        return parents.get(i).isEmpty() ? null : parents.get(i).get(0);
    }

    boolean dominates(int root, int node) {
        int current = node;
        for (int steps = 0; steps < size() && current >= 0; steps++) {
            if (current == root) {
                return true;
            }
            int up = -1;
            for (Dependency d : parents.get(current)) {
                // Enhanced graphs add extra governors (xsubj, conj propagation); climb only the first.
                up = d.governor();
                break;
            }
            current = up;
        }
        return false;
    }

    /** The words of the trigger and the pattern's words, for evidence. */
    String words(List<Integer> indices) {
        return indices.stream().sorted().map(i -> token(i).word()).reduce((a, b) -> a + " " + b).orElse("");
    }
}
