package org.sitrep.model;

/**
 * A gazetteer entry (GeoNames): a populated place, a district (ADM2), a province (ADM1) or a country.
 *
 * @param geonameId GeoNames id; synthetic negative ids are allowed for derived units
 * @param name preferred name
 * @param lat latitude in decimal degrees, within [-90, 90]
 * @param lon longitude in decimal degrees, within [-180, 180]
 * @param countryIso3 ISO 3166-1 alpha-3
 * @param admin1 name of the first-level division (province), or null
 * @param admin2 name of the second-level division (district), or null
 * @param featureCode GeoNames feature code: {@code PPL*}, {@code ADM1}, {@code ADM2}, {@code PCLI}
 * @param population inhabitants, {@code >= 0} (0 when unknown)
 */
public record Place(long geonameId, String name, double lat, double lon, String countryIso3,
                    String admin1, String admin2, String featureCode, long population) {
    public Place {
        Checks.nonBlank(name, "name");
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("lat must be within [-90, 90], was " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("lon must be within [-180, 180], was " + lon);
        }
        Checks.nonBlank(countryIso3, "countryIso3");
        admin1 = Checks.blankToNull(admin1);
        admin2 = Checks.blankToNull(admin2);
        Checks.nonBlank(featureCode, "featureCode");
        if (population < 0) {
            throw new IllegalArgumentException("population must be >= 0, was " + population);
        }
    }

    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    public boolean isProvince() {
        return featureCode.equals("ADM1");
    }

    public boolean isDistrict() {
        return featureCode.equals("ADM2");
    }

    /** True if {@code other} is this place or lies inside it (same country, and same province for a province). */
    public boolean encloses(Place other) {
        if (geonameId == other.geonameId) {
            return true;
        }
        if (!countryIso3.equals(other.countryIso3)) {
            return false;
        }
        if (isCountry()) {
            return true;
        }
        if (isProvince()) {
            return admin1 != null && admin1.equals(other.admin1) && !other.isCountry();
        }
        if (isDistrict()) {
            return admin2 != null && admin2.equals(other.admin2) && admin1 != null && admin1.equals(other.admin1)
                    && !other.isCountry() && !other.isProvince();
        }
        return false;
    }
}
