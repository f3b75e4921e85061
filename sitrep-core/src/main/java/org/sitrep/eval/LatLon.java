package org.sitrep.eval;

/**
 * A point on the earth in decimal degrees.
 *
 * @param lat latitude, within [-90, 90]
 * @param lon longitude, within [-180, 180]
 */
public record LatLon(double lat, double lon) {
    /** Mean earth radius (IUGG), the usual constant for haversine distances. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public LatLon {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("lat must be within [-90, 90], was " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("lon must be within [-180, 180], was " + lon);
        }
    }

    /** Great-circle distance by the haversine formula, in kilometres. */
    public double distanceKm(LatLon other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        // min() guards asin against rounding just above 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
