package org.sitrep.geo;

/**
 * A country as GeoNames' countryInfo lists it.
 *
 * @param iso2 ISO 3166-1 alpha-2, e.g. "IQ"
 * @param iso3 ISO 3166-1 alpha-3, e.g. "IRQ"
 * @param isoNumeric ISO 3166-1 numeric, e.g. 368
 * @param name GeoNames' English short name, e.g. "Iraq", "Palestinian Territory"
 * @param continent GeoNames continent code: AF, AN, AS, EU, NA, OC, SA
 * @param population inhabitants, {@code >= 0}
 * @param lat latitude of its representative point in decimal degrees (the capital when GeoNames
 *     has one in cities500, else a population-weighted mean of its places)
 * @param lon longitude of that point in decimal degrees
 */
public record Country(String iso2, String iso3, int isoNumeric, String name, String continent, long population,
                      double lat, double lon) {
    public Country {
        if (iso2 == null || iso2.length() != 2) {
            throw new IllegalArgumentException("iso2 must have 2 letters, was " + iso2);
        }
        if (iso3 == null || iso3.length() != 3) {
            throw new IllegalArgumentException("iso3 must have 3 letters, was " + iso3);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank for " + iso3);
        }
        if (population < 0) {
            throw new IllegalArgumentException("population must be >= 0, was " + population);
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("lat/lon out of range for " + iso3 + ": " + lat + ", " + lon);
        }
    }
}
