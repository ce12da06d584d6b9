package org.annalist.model;

/**
 * Where an event happened.
 *
 * @param name       place name as resolved
 * @param country    ISO 3166-1 alpha-3
 * @param admin1     first-level administrative division, or {@code null}
 * @param lat        latitude
 * @param lon        longitude
 * @param geonamesId GeoNames id, or 0
 * @param precision  "city", "region" or "country"
 * @param method     how it was chosen: "event-phrase", "sentence", "article-focus"
 */
public record Location(String name, String country, String admin1, double lat, double lon, long geonamesId,
                       String precision, String method) {
}
