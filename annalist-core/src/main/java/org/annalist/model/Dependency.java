package org.annalist.model;

/**
 * A typed dependency between two tokens of a sentence (Universal Dependencies relation names,
 * with CoreNLP's enhancements such as {@code obl:in} or {@code nsubj:pass}).
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  relation name, e.g. {@code nsubj}, {@code obj}, {@code obl:to}
 */
public record Dependency(int governor, int dependent, String relation) {
    /** The relation without its subtype: {@code obl} for {@code obl:to}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
