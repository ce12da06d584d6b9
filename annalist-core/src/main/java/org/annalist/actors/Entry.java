package org.annalist.actors;

/**
 * One phrase of the actor dictionaries and what it means.
 *
 * @param kind   what sort of phrase it is
 * @param code   ISO3 / IGO / NGO / IMG / MNC, or {@code null} for agents (sector words)
 * @param sector implied sector, or {@code null}
 * @param name   canonical name of the country, organisation or person
 * @param org    organisation id, for organisations
 * @param person the person, for people
 * @param entry  "file:line" where it is defined
 */
public record Entry(Kind kind, String code, String sector, String name, String org, Person person, String entry) {

    /** Kinds of dictionary phrases, in the order of precedence when two match the same words. */
    public enum Kind { PERSON, ORGANISATION, COUNTRY, METONYM, ADJECTIVE, AGENT }
}
