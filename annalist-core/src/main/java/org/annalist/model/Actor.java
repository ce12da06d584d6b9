package org.annalist.model;

/**
 * A resolved actor as it appears in an event record.
 *
 * @param text   the words of the mention in the sentence ("Russian Foreign Minister Sergei Lavrov")
 * @param code   ISO 3166-1 alpha-3 for states, or IGO / NGO / IMG / MNC for organisations
 * @param sector PLOVER sector code (GOV, MIL, REB, CVL, ...) or {@code null} when the mention names only a state
 * @param name   canonical name of the known entity ("Sergey Lavrov", "United Nations Security Council"), or {@code null}
 * @param org    organisation id for organisations ("UNSC", "OPCW"), or {@code null}
 */
public record Actor(String text, String code, String sector, String name, String org) {
}
