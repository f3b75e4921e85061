package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The world's countries (GeoNames countryInfo, CC BY 4.0) with English alternate names and demonyms.
 * Immutable and thread-safe.
 *
 * <p>Name and demonym look-ups fold case, diacritics, dots and a leading "the" ({@link NameKeys#basic}),
 * so "U.S.", "us" and "US" are the same name. A demonym that names an ethnic or religious group
 * spanning several countries ("Kurdish", "Arab") resolves to no country.
 */
public final class Countries {
    static final String COUNTRIES_RESOURCE = "countries.tsv";
    static final String ALIASES_RESOURCE = "country-aliases.tsv";
    static final String DEMONYMS_RESOURCE = "demonyms.tsv";

    private final List<Country> all;
    private final Map<String, Country> byIso3;
    private final Map<String, Country> byIso2;
    private final Map<String, Country> byName;
    private final Map<String, Country> byDemonym;
    private final Map<String, String> partByDemonym;

    private Countries(List<Country> countries, Map<String, String> aliasToIso3, Map<String, String> demonymToIso3,
                      Map<String, String> partByDemonym) {
        this.all = List.copyOf(countries);
        Map<String, Country> iso3 = new HashMap<>();
        Map<String, Country> iso2 = new HashMap<>();
        Map<String, Country> names = new HashMap<>();
        for (Country c : countries) {
            iso3.put(c.iso3(), c);
            iso2.put(c.iso2(), c);
            names.put(NameKeys.basic(c.name()), c);
        }
        putResolved(names, aliasToIso3, iso3);
        Map<String, Country> demonyms = new HashMap<>();
        putResolved(demonyms, demonymToIso3, iso3);
        this.byIso3 = Map.copyOf(iso3);
        this.byIso2 = Map.copyOf(iso2);
        this.byName = Map.copyOf(names);
        this.byDemonym = Map.copyOf(demonyms);
        this.partByDemonym = Map.copyOf(partByDemonym);
    }

    private static void putResolved(Map<String, Country> target, Map<String, String> keyToIso3, Map<String, Country> iso3) {
        keyToIso3.forEach((key, code) -> {
            Country c = iso3.get(code);
            if (c == null) {
                throw new IllegalStateException("unknown ISO3 code " + code + " for '" + key + "'");
            }
            // Aliases never override a country's own GeoNames name ("Congo" stays an alias only if no country is named so).
            target.putIfAbsent(key, c);
        });
    }

    private static final class Holder {
        // Initialised on first use by the JVM's class-initialisation lock: lazy, once, thread-safe.
        static final Countries BUNDLED = load();

        private static Countries load() {
            return fromLines(GeoResources.lines(COUNTRIES_RESOURCE), GeoResources.lines(ALIASES_RESOURCE),
                    GeoResources.lines(DEMONYMS_RESOURCE));
        }
    }

    /** The countries shipped with sitrep, loaded once per process on first call. */
    public static Countries bundled() {
        return Holder.BUNDLED;
    }

    /**
     * Builds a table from resource lines (tests and custom data). Lines starting with '#' and blank
     * lines are skipped.
     *
     * @param countryLines {@code iso2 iso3 isoNumeric name continent population lat lon}, tab-separated
     * @param aliasLines {@code ISO3 alias}, tab-separated
     * @param demonymLines {@code demonym ISO3}, tab-separated, with an optional third field: the part of
     *        the country the demonym is of when it is not the whole ("English" of England)
     * @throws IllegalArgumentException on a malformed line (these are project resources, not user data)
     */
    public static Countries fromLines(List<String> countryLines, List<String> aliasLines, List<String> demonymLines) {
        List<Country> countries = new ArrayList<>();
        for (String line : countryLines) {
            if (skip(line)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 8) {
                throw new IllegalArgumentException("country line needs 8 fields: " + line);
            }
            try {
                countries.add(new Country(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], Long.parseLong(f[5]),
                        Double.parseDouble(f[6]), Double.parseDouble(f[7])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad number in country line: " + line, e);
            }
        }
        Map<String, String> aliases = new HashMap<>();
        for (String line : aliasLines) {
            if (skip(line)) {
                continue;
            }
            String[] f = twoFields(line);
            aliases.put(NameKeys.basic(f[1]), f[0]);
        }
        Map<String, String> demonyms = new HashMap<>();
        Map<String, String> parts = new HashMap<>();
        for (String line : demonymLines) {
            if (skip(line)) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || f.length > 3 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException("expected a demonym, an ISO3 code and maybe a part, tab-separated: " + line);
            }
            String key = NameKeys.basic(f[0].trim());
            demonyms.put(key, f[1].trim());
            if (f.length == 3 && !f[2].isBlank()) {
                parts.put(key, f[2].trim());
            }
        }
        return new Countries(countries, aliases, demonyms, parts);
    }

    private static boolean skip(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    private static String[] twoFields(String line) {
        String[] f = line.split("\t");
        if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
            throw new IllegalArgumentException("expected two tab-separated fields: " + line);
        }
        return new String[] {f[0].trim(), f[1].trim()};
    }

    /** All countries, in GeoNames' order. */
    public List<Country> all() {
        return all;
    }

    /** By ISO 3166-1 alpha-3 code, case-insensitive; empty for null or unknown. */
    public Optional<Country> byIso3(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(byIso3.get(iso3.trim().toUpperCase(Locale.ROOT)));
    }

    /** By ISO 3166-1 alpha-2 code, case-insensitive; empty for null or unknown. */
    public Optional<Country> byIso2(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(byIso2.get(iso2.trim().toUpperCase(Locale.ROOT)));
    }

    /**
     * By English name or common alternate name ("Iraq", "U.S.", "Britain", "DR Congo", "Ivory Coast",
     * "the Netherlands"); case-, diacritic- and dot-insensitive. Empty for null or unknown.
     */
    public Optional<Country> byName(String name) {
        return Optional.ofNullable(byName.get(NameKeys.basic(name)));
    }

    /**
     * By demonym or country adjective ("Iraqi", "Iraqis", "American", "Turkish"); case-insensitive.
     * Empty for null, unknown, or an ethnic/religious group spanning countries ("Kurdish").
     */
    public Optional<Country> byDemonym(String demonym) {
        return Optional.ofNullable(demonymEntry(byDemonym, demonym));
    }

    /** The entry of {@code demonym} in {@code table}, or of its singular; null if neither is there. */
    private static <V> V demonymEntry(Map<String, V> table, String demonym) {
        String key = NameKeys.basic(demonym);
        V value = table.get(key);
        if (value == null && key.length() > 3 && key.endsWith("s")) {
            // Plurals: "Iraqis", "Afghans"; exact forms ending in s ("Swiss") were tried first.
            value = table.get(key.substring(0, key.length() - 1));
        }
        return value;
    }

    /**
     * The part of its country a demonym is of, when it is of a part rather than the whole: "English"
     * is of England, "Scottish" of Scotland, both in the United Kingdom ({@link #byDemonym}). The part's
     * name as the gazetteer spells the province. Empty for null, unknown, or a whole country's demonym
     * ("British", "Iraqi").
     */
    public Optional<String> demonymPart(String demonym) {
        return Optional.ofNullable(demonymEntry(partByDemonym, demonym));
    }
}
