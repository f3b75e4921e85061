package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names sitrep gives first-level divisions (provinces): the names news and conflict-event
 * datasets such as ACLED write, where GeoNames' own differ. Immutable and thread-safe.
 *
 * <p>Two rules, in this order:
 * <ol>
 *   <li>A hand-written table ({@value #RESOURCE}) names a province outright: GeoNames' romanisation
 *       or language is not the one in use ("Banaadir" is written Banadir, Cameroon's "Far North" is
 *       Extreme-Nord in French, Mexico's capital is still Distrito Federal in ACLED).</li>
 *   <li>Otherwise an administrative word GeoNames spells out for some provinces of a country but
 *       not for others is dropped: "Sousse Governorate", "Rajshahi Division", "County of Zadar",
 *       "Nairobi Area", "Coquimbo Region" are Sousse, Rajshahi, Zadar, Nairobi and Coquimbo, as the
 *       other provinces of those countries are already named. Words that are part of the name as
 *       used ("Oblast", "Krai", "Republic", "City", "District", "State", "Territory") stay; so does
 *       "Autonomous Region". A name is left whole when dropping the word would give it the name of
 *       another province of the country, or the name another one takes by dropping its word.</li>
 * </ol>
 * Renamed provinces keep GeoNames' names as search keys, so text that uses them still finds them.
 */
public final class ProvinceNames {
    /** The bundled table in {@code org/sitrep/geo/}. */
    static final String RESOURCE = "province-names.tsv";

    /** Leading or trailing administrative words GeoNames writes into some province names. */
    private static final Pattern ADMIN_WORD = Pattern.compile(
            "^(?:County of|Region of|Province of|Departamento del?|Provincia de|Gouvernorat de)\\s+(.+)$"
                    + "|^(.+?)\\s+(?:Governorate|Department|Division|County|Rayon|Region|Province|Municipality|Area)$");

    /** No renaming at all: GeoNames' names as they are, administrative words included. */
    public static final ProvinceNames NONE = new ProvinceNames(Map.of(), false);

    private final Map<String, String> table;
    /** Whether the administrative-word rule applies (it does for every table but {@link #NONE}). */
    private final boolean dropAdminWords;

    private ProvinceNames(Map<String, String> table, boolean dropAdminWords) {
        this.table = Map.copyOf(table);
        this.dropAdminWords = dropAdminWords;
    }

    /**
     * The bundled table. Reads it on every call: callers keep the instance (the gazetteer reads it
     * once when it loads).
     */
    public static ProvinceNames bundled() {
        return of(GeoResources.lines(RESOURCE));
    }

    /**
     * A table from lines {@code ISO3 \t GeoNames name \t name to use}; '#' lines and blank lines are
     * skipped. GeoNames names are compared by {@link NameKeys#key}.
     *
     * @throws IllegalArgumentException on a line without three non-blank fields, or two lines for
     *     the same province
     */
    public static ProvinceNames of(List<String> lines) {
        Map<String, String> table = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                throw new IllegalArgumentException("province name line needs ISO3, GeoNames name, name: " + line);
            }
            if (table.put(key(f[0], f[1]), f[2].strip()) != null) {
                throw new IllegalArgumentException("province named twice: " + line);
            }
        }
        return new ProvinceNames(table, true);
    }

    /**
     * The names to use for the provinces of one country.
     *
     * @param iso3 the country, ISO 3166-1 alpha-3
     * @param geonamesNames GeoNames' names of all that country's provinces (needed to keep a dropped
     *     administrative word from making two provinces one)
     * @return GeoNames name → name to use, for the names that change; the others are absent
     */
    public Map<String, String> renames(String iso3, Set<String> geonamesNames) {
        Map<String, String> wanted = new HashMap<>();
        for (String name : geonamesNames) {
            wanted.put(name, nameOf(iso3, name));
        }
        // A name is taken when a province already has it or when two would end up with it.
        Map<String, Integer> uses = new HashMap<>();
        for (String name : geonamesNames) {
            uses.merge(NameKeys.key(name), 1, Integer::sum);
        }
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            if (!e.getKey().equals(e.getValue())) {
                uses.merge(NameKeys.key(e.getValue()), 1, Integer::sum);
            }
        }
        Map<String, String> renames = new HashMap<>();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            String from = e.getKey();
            String to = e.getValue();
            if (from.equals(to)) {
                continue;
            }
            boolean fromTable = table.containsKey(key(iso3, from));
            if (fromTable || uses.get(NameKeys.key(to)) == 1) {
                renames.put(from, to);
            }
        }
        return renames;
    }

    /** The name for one province, without looking at its neighbours (see {@link #renames}). */
    public String nameOf(String iso3, String geonamesName) {
        String named = table.get(key(iso3, geonamesName));
        if (named != null) {
            return named;
        }
        if (!dropAdminWords || geonamesName.contains("Autonomous")) {
            return geonamesName;
        }
        Matcher m = ADMIN_WORD.matcher(geonamesName.strip());
        if (!m.matches()) {
            return geonamesName;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** Number of table entries. */
    public int size() {
        return table.size();
    }

    private static String key(String iso3, String name) {
        return iso3.strip().toUpperCase(Locale.ROOT) + "\t" + NameKeys.key(name);
    }
}
