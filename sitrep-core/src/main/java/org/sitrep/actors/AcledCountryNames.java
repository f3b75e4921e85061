package org.sitrep.actors;

import org.sitrep.resources.TsvTable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names ACLED writes for the countries whose GeoNames short name differs from it
 * ({@code acled-country-names.tsv}: "Democratic Republic of Congo", "Palestine", "eSwatini").
 * Immutable and thread-safe.
 */
public final class AcledCountryNames {
    static final String RESOURCE = "/org/sitrep/actors/acled-country-names.tsv";

    private final Map<String, String> byIso3;

    private AcledCountryNames(Map<String, String> byIso3) {
        this.byIso3 = Map.copyOf(byIso3);
    }

    private static final class Holder {
        // Loaded once, lazily, under the JVM's class-initialisation lock.
        static final AcledCountryNames BUNDLED = fromRows(TsvTable.read(TsvTable.resource(RESOURCE), RESOURCE, 2));
    }

    /** The bundled table. */
    public static AcledCountryNames bundled() {
        return Holder.BUNDLED;
    }

    /**
     * @param rows {@code {ISO3, name}}
     * @throws IllegalArgumentException on a malformed code, a blank name or a code listed twice
     */
    static AcledCountryNames fromRows(List<String[]> rows) {
        Map<String, String> names = new HashMap<>();
        for (String[] row : rows) {
            if (!row[0].matches("[A-Z]{3}") || row[1].isBlank()) {
                throw new IllegalArgumentException("expected 'ISO3<TAB>name', was: " + String.join("\t", row));
            }
            if (names.put(row[0], row[1].strip()) != null) {
                throw new IllegalArgumentException(row[0] + " is listed twice");
            }
        }
        return new AcledCountryNames(names);
    }

    /**
     * ACLED's name of the country {@code iso3}, else {@code fallback} (the GeoNames name the caller
     * has); null only when both are.
     */
    public String nameOf(String iso3, String fallback) {
        String name = iso3 == null ? null : byIso3.get(iso3);
        return name != null ? name : fallback;
    }
}
