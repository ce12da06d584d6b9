package org.annalist.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/** A sentence's dependency parse, indexed by token: who governs each token and what each governs. */
final class Parse {
    private final Sentence sentence;
    private final List<List<Dependency>> parents;
    private final List<List<Dependency>> children;

    Parse(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        parents = new ArrayList<>(n);
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parents.add(new ArrayList<>(1));
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                parents.get(d.dependent()).add(d);
            }
            if (d.governor() >= 0 && d.governor() < n) {
                children.get(d.governor()).add(d);
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return parents.size();
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        Token t = token(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    List<Dependency> parents(int i) {
        return parents.get(i);
    }

    List<Dependency> children(int i) {
        return children.get(i);
    }

    /**
     * The token of [start, end) that the rest of the sentence hangs on: the last one governed from outside the
     * span (or the root); the last token when the span has no parse.
     */
    int head(int start, int end) {
        int head = -1;
        for (int i = start; i < end && i < size(); i++) {
            for (Dependency d : parents.get(i)) {
                if (d.governor() < start || d.governor() >= end) {
                    head = i;
                }
            }
        }
        return head >= 0 ? head : Math.min(end, size()) - 1;
    }

    /**
     * The preposition that introduces {@code token} under {@code d}: the relation's subtype ("in" of
     * {@code obl:in}) or else its {@code case} words ("in", "near"); empty when it has none.
     */
    String preposition(int token, Dependency d) {
        String r = d.relation();
        int colon = r.indexOf(':');
        String base = colon < 0 ? r : r.substring(0, colon);
        if (colon > 0 && (base.equals("obl") || base.equals("nmod") || base.equals("advcl"))) {
            String sub = r.substring(colon + 1);
            if (!sub.equals("poss") && !sub.equals("tmod") && !sub.equals("npmod") && !sub.equals("agent")) {
                return sub.toLowerCase(Locale.ROOT);
            }
        }
        StringBuilder b = new StringBuilder();
        for (Dependency c : children.get(token)) {
            if (c.relation().equals("case") && c.dependent() < token) {
                if (b.length() > 0) {
                    b.append('_');
                }
                b.append(token(c.dependent()).word().toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }

    static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
