package org.annalist.geo;

/**
 * One gazetteer entry: a populated place, a first-level region (ADM1) or a country (PCLI).
 *
 * @param geonamesId  GeoNames id, or 0 for the country and region rows, which carry none
 * @param name        GeoNames name, in the place's own spelling ("Khān Shaykhūn", "Washington, D.C.")
 * @param country     ISO 3166-1 alpha-3 code
 * @param admin1      GeoNames first-level division code ("TX", "12"), or empty
 * @param featureCode GeoNames feature code: PCLI, ADM1, PPLC, PPLA, PPLA2, PPL, ...
 * @param population  GeoNames population; for countries and regions, the sum over their listed places
 * @param lat         latitude
 * @param lon         longitude
 */
public record Place(long geonamesId, String name, String country, String admin1, String featureCode,
                    long population, double lat, double lon) {

    /** "country", "region" or "city", as {@link org.annalist.model.Location#precision()} spells it. */
    public String precision() {
        return switch (featureCode) {
            case "PCLI" -> "country";
            case "ADM1" -> "region";
            default -> "city";
        };
    }

    public boolean isCountry() {
        return "PCLI".equals(featureCode);
    }

    public boolean isRegion() {
        return "ADM1".equals(featureCode);
    }
}
