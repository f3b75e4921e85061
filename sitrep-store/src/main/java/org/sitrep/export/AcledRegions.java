package org.sitrep.export;

import org.sitrep.geo.Country;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ACLED's region of a country: the table in {@code acled-regions.tsv} (region, then ISO alpha-3
 * codes), else a name for the country's GeoNames continent. Immutable and thread-safe.
 */
final class AcledRegions {
    static final String RESOURCE = "acled-regions.tsv";

    private static final Map<String, String> CONTINENT_REGIONS = Map.of(
            "AF", "Africa", "AN", "Antarctica", "AS", "Asia", "EU", "Europe",
            "NA", "North America", "OC", "Oceania", "SA", "South America");

    private final Map<String, String> regionByIso3;

    private AcledRegions(Map<String, String> regionByIso3) {
        this.regionByIso3 = Map.copyOf(regionByIso3);
    }

    private static final class Holder {
        // Loaded once, lazily, under the JVM's class-initialisation lock.
        static final AcledRegions BUNDLED = fromLines(BundledResources.lines(RESOURCE));
    }

    static AcledRegions bundled() {
        return Holder.BUNDLED;
    }

    /**
     * @param lines {@code region<TAB>ISO3 ISO3 ...}; blank lines and lines starting with '#' are skipped
     * @throws IllegalArgumentException on a malformed line or a code listed twice
     */
    static AcledRegions fromLines(List<String> lines) {
        Map<String, String> regions = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalArgumentException("expected 'region<TAB>ISO3 codes', was: " + line);
            }
            for (String iso3 : fields[1].trim().split("\\s+")) {
                String previous = regions.put(iso3, fields[0].trim());
                if (previous != null) {
                    throw new IllegalArgumentException(iso3 + " is listed in both " + previous + " and " + fields[0]);
                }
            }
        }
        return new AcledRegions(regions);
    }

    /** True if the table names a region for this ISO alpha-3 code (rather than falling back to the continent). */
    boolean lists(String iso3) {
        return regionByIso3.containsKey(iso3);
    }

    /** The ACLED region of {@code country}; never null (the continent code itself as a last resort). */
    String regionOf(Country country) {
        String region = regionByIso3.get(country.iso3());
        if (region != null) {
            return region;
        }
        return CONTINENT_REGIONS.getOrDefault(country.continent(), country.continent());
    }
}
