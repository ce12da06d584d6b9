package org.annalist.model;

/**
 * An actor found in a sentence, with where it stands and why it was resolved as it was.
 *
 * @param sentence index of the sentence
 * @param start    first token of the mention
 * @param end      one past the last token
 * @param head     the token that stands for the mention in the dependency parse
 * @param actor    the resolved actor
 * @param rule     which rule resolved it ("country-adjective", "person-role", "title", "surname-coreference", ...)
 * @param entry    which dictionary entry, as "file:line", or {@code null}
 */
public record ActorMention(int sentence, int start, int end, int head, Actor actor, String rule, String entry) {
}
