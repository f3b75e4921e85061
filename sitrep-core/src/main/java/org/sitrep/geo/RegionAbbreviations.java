package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Abbreviations of provinces and states as news writes them after a place name ("Alexandria,
 * La.", "Austin, TX", "Kingston, Ont."). They are read only in that position, never as place names
 * on their own: "Miss.", "Wash." and "IN" are words too. Immutable and thread-safe.
 */
public final class RegionAbbreviations {
    static final String RESOURCE = "region-abbreviations.tsv";

    /**
     * A province an abbreviation stands for.
     *
     * @param admin1 the province's name as the gazetteer has it (GeoNames admin1 ascii name)
     * @param countryIso3 its country, ISO alpha-3
     */
    public record Region(String admin1, String countryIso3) {}

    private final Map<String, Region> byAbbreviation;

    private RegionAbbreviations(Map<String, Region> byAbbreviation) {
        this.byAbbreviation = Map.copyOf(byAbbreviation);
    }

    /** The bundled table ({@value #RESOURCE}). */
    public static RegionAbbreviations bundled() {
        return fromLines(GeoResources.lines(RESOURCE));
    }

    /**
     * A table from lines {@code abbreviation \t province name \t ISO3}; '#' and blank lines are
     * skipped. Abbreviations are matched exactly as written, case included ("LA", "La.").
     *
     * @throws IllegalArgumentException on a line without three fields
     */
    public static RegionAbbreviations fromLines(List<String> lines) {
        Map<String, Region> map = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException("abbreviation line needs abbreviation, province, ISO3: " + line);
            }
            map.putIfAbsent(f[0].strip(), new Region(f[1].strip(), f[2].strip().toUpperCase(Locale.ROOT)));
        }
        return new RegionAbbreviations(map);
    }

    /** The province {@code abbreviation} stands for, exactly as written ("La.", "TX"); empty if none. */
    public Optional<Region> province(String abbreviation) {
        return abbreviation == null ? Optional.empty() : Optional.ofNullable(byAbbreviation.get(abbreviation.strip()));
    }
}
