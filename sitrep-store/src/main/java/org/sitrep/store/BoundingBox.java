package org.sitrep.store;

/**
 * A longitude/latitude box in decimal degrees (WGS84), edges included. Boxes crossing the
 * antimeridian are not supported: {@code minLon <= maxLon} always.
 *
 * @param minLon western edge, in [-180, 180]
 * @param minLat southern edge, in [-90, 90]
 * @param maxLon eastern edge, in [minLon, 180]
 * @param maxLat northern edge, in [minLat, 90]
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    public BoundingBox {
        checkRange("minLon", minLon, -180, 180);
        checkRange("maxLon", maxLon, -180, 180);
        checkRange("minLat", minLat, -90, 90);
        checkRange("maxLat", maxLat, -90, 90);
        if (minLon > maxLon) {
            throw new IllegalArgumentException("minLon must not exceed maxLon, were " + minLon + " and " + maxLon);
        }
        if (minLat > maxLat) {
            throw new IllegalArgumentException("minLat must not exceed maxLat, were " + minLat + " and " + maxLat);
        }
    }

    /**
     * Parses {@code minLon,minLat,maxLon,maxLat} (four decimal numbers, commas, optional spaces).
     *
     * @throws IllegalArgumentException if the text is not four finite numbers forming a valid box
     */
    public static BoundingBox parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("bbox must not be null");
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat, was '" + text + "'");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i].strip();
            if (!part.matches("[+-]?(\\d{1,3}(\\.\\d{0,12})?|\\.\\d{1,12})")) {
                throw new IllegalArgumentException("bbox value " + (i + 1) + " is not a decimal number: '" + parts[i] + "'");
            }
            values[i] = Double.parseDouble(part);
        }
        return new BoundingBox(values[0], values[1], values[2], values[3]);
    }

    private static void checkRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }
}
