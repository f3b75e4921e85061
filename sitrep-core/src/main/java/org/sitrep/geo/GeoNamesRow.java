package org.sitrep.geo;

/**
 * One kept record of a GeoNames dump (allCountries.txt, IQ.txt, …), with the raw fields sitrep
 * uses: names are not keyed here but when a {@link Gazetteer} is built from the rows, so that rows
 * stored once are keyed with whatever {@link NameKeys#VERSION} is current then.
 *
 * @param geonameId GeoNames id, {@code > 0}
 * @param name the record's name (UTF-8, any script), not blank
 * @param asciiName its ASCII name, may be empty
 * @param alternateNames comma-separated alternate names as GeoNames gives them, may be empty
 * @param lat latitude in decimal degrees (WGS84), within [-90, 90]
 * @param lon longitude in decimal degrees (WGS84), within [-180, 180]
 * @param featureClass GeoNames feature class, one letter ("P", "A")
 * @param featureCode GeoNames feature code ("PPL", "ADM1", "PCLI"), not blank
 * @param countryCode ISO 3166-1 alpha-2 code as GeoNames gives it ("IQ")
 * @param admin1Code GeoNames first-level division code within the country ("15"), may be empty
 * @param admin2Code GeoNames second-level division code within admin1 ("9166649"), may be empty
 * @param population inhabitants, {@code >= 0} (0 when GeoNames has none)
 */
public record GeoNamesRow(long geonameId, String name, String asciiName, String alternateNames, double lat, double lon,
                          String featureClass, String featureCode, String countryCode, String admin1Code,
                          String admin2Code, long population) {
    public GeoNamesRow {
        if (geonameId <= 0) {
            throw new IllegalArgumentException("geonameId must be > 0, was " + geonameId);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank for " + geonameId);
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("lat/lon out of range for " + geonameId + ": " + lat + ", " + lon);
        }
        if (featureClass == null || featureCode == null || featureCode.isBlank() || countryCode == null) {
            throw new IllegalArgumentException("feature class, feature code and country code are required for " + geonameId);
        }
        if (population < 0) {
            throw new IllegalArgumentException("population must be >= 0, was " + population);
        }
        asciiName = asciiName == null ? "" : asciiName;
        alternateNames = alternateNames == null ? "" : alternateNames;
        admin1Code = admin1Code == null ? "" : admin1Code;
        admin2Code = admin2Code == null ? "" : admin2Code;
    }

    /** The name sitrep shows: the ASCII name, or the name when GeoNames has no ASCII name (as the bundled places). */
    public String displayName() {
        return asciiName.isBlank() ? name : asciiName;
    }
}
