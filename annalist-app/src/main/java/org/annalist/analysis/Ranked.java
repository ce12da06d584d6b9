package org.annalist.analysis;

/**
 * One line of a ranking of stored events.
 *
 * @param key           what was counted: "USA→RUS" for a dyad, "RUS" for an actor, "12" for a CAMEO root
 * @param events        deduplicated events
 * @param mentions      their mentions
 * @param goldsteinMean mean Goldstein score of the events
 */
public record Ranked(String key, long events, long mentions, double goldsteinMean) {
}
