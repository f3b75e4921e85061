package org.sitrep.geo;

import org.sitrep.model.Place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Places by name: populated places, districts (ADM2), provinces (ADM1) and countries (PCLI) from
 * GeoNames (CC BY 4.0). Immutable and thread-safe once built: {@link #extendedWith} makes a new
 * gazetteer with the places of an imported GeoNames dump (villages the bundled one lacks).
 *
 * <p>Names are matched by {@link NameKeys#key}, so case, diacritics, apostrophes, hyphens, Arabic
 * articles and common transliteration variants do not matter ("Qaim" finds "Al Qa'im"). A small
 * hand-written alias table ({@code place-aliases.tsv}) adds news spellings the folding cannot reach
 * ("Deir Ezzor", "Ninawa"). A name with an administrative word ("Nineveh province", "the Haditha
 * district", "Muhafazat Karbala'") also finds the provinces or districts named by the rest.
 *
 * <p>Resource layout ({@value GazetteerBuilder#GAZETTEER_FILE}, gzipped UTF-8): a header line
 * {@code #sitrep-gazetteer\tformat=1\tkeys=N} where N is the {@link NameKeys#VERSION} the keys were
 * made with, then one place per line: {@code geonameId name lat lon iso3 admin1 admin2 featureCode
 * population keys}, tab-separated, keys joined by {@code |}.
 */
public final class Gazetteer {
    static final String ALIASES_RESOURCE = "place-aliases.tsv";

    private static final Comparator<Place> BY_POPULATION_DESC =
            Comparator.comparingLong(Place::population).reversed().thenComparingLong(Place::geonameId);

    private final Place[] places;
    private final Map<String, int[]> index;
    private final Map<String, Place> countries;
    private final Map<String, Place> provinces;
    private final int maxKeyTokens;

    private Gazetteer(Place[] places, Map<String, int[]> index) {
        this.places = places;
        this.index = index;
        Map<String, Place> countryMap = new HashMap<>();
        Map<String, Place> provinceMap = new HashMap<>();
        for (Place p : places) {
            if (p.isCountry()) {
                countryMap.putIfAbsent(p.countryIso3(), p);
            } else if (p.isProvince()) {
                provinceMap.putIfAbsent(provinceKey(p.countryIso3(), p.admin1()), p);
            }
        }
        this.countries = Map.copyOf(countryMap);
        this.provinces = Map.copyOf(provinceMap);
        int max = 0;
        for (String key : index.keySet()) {
            max = Math.max(max, NameKeys.tokens(key).size());
        }
        this.maxKeyTokens = max;
    }

    private static final class Holder {
        // Class initialisation runs once, under the JVM's lock: lazy, thread-safe, no mutable static state.
        static final Gazetteer BUNDLED = loadBundled();

        private static Gazetteer loadBundled() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(GazetteerBuilder.GAZETTEER_FILE)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled resource org/sitrep/geo/" + GazetteerBuilder.GAZETTEER_FILE);
                }
                return read(in, GeoResources.lines(ALIASES_RESOURCE), ProvinceNames.bundled());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled gazetteer", e);
            }
        }
    }

    /**
     * The gazetteer shipped with sitrep (GeoNames cities500 with provinces, districts and countries),
     * loaded on first call (about a second) and shared by the whole process.
     */
    public static Gazetteer bundled() {
        return Holder.BUNDLED;
    }

    /**
     * Reads a gazetteer file written by {@link GazetteerBuilder}, with the bundled alias table and
     * province names.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a gazetteer file of the current key version
     */
    public static Gazetteer read(Path gazetteerGz) {
        try (InputStream in = Files.newInputStream(gazetteerGz)) {
            return read(in, GeoResources.lines(ALIASES_RESOURCE), ProvinceNames.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + gazetteerGz, e);
        }
    }

    /**
     * Reads a gzipped gazetteer stream (see the class comment for the layout). The stream is not closed.
     *
     * @param aliasLines lines {@code alias \t gazetteer name \t ISO3}; '#' lines, blank lines and
     *     aliases whose name is not in that country are skipped
     * @throws UncheckedIOException when the stream cannot be read
     * @throws IllegalArgumentException on a malformed line or a key version other than {@link NameKeys#VERSION}
     */
    public static Gazetteer read(InputStream gzipped, List<String> aliasLines) {
        return read(gzipped, aliasLines, ProvinceNames.NONE);
    }

    /**
     * Reads a gzipped gazetteer stream (see the class comment for the layout), with provinces
     * named by {@code provinceNames}: a renamed province and every place in it carry the new name
     * as their admin1, and the province is found by both names. The stream is not closed.
     *
     * @param aliasLines lines {@code alias \t gazetteer name \t ISO3}; '#' lines, blank lines and
     *     aliases whose name is not in that country are skipped
     * @throws UncheckedIOException when the stream cannot be read
     * @throws IllegalArgumentException on a malformed line or a key version other than {@link NameKeys#VERSION}
     */
    public static Gazetteer read(InputStream gzipped, List<String> aliasLines, ProvinceNames provinceNames) {
        List<Place> places = new ArrayList<>(240_000);
        Map<String, int[]> index = new HashMap<>(1 << 20);
        Map<String, String> interned = new HashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String header = in.readLine();
            String expected = GazetteerBuilder.HEADER_PREFIX + NameKeys.VERSION;
            if (header == null || !header.equals(expected)) {
                throw new IllegalArgumentException("not a gazetteer of key version " + NameKeys.VERSION
                        + " (regenerate with tools/build-gazetteer.sh): header was " + header);
            }
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 10) {
                    throw new IllegalArgumentException("gazetteer line " + lineNo + ": expected 10 fields, got " + f.length);
                }
                Place place;
                try {
                    place = new Place(Long.parseLong(f[0]), f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                            intern(interned, f[4]), intern(interned, f[5]), intern(interned, f[6]),
                            intern(interned, f[7]), Long.parseLong(f[8]));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("gazetteer line " + lineNo + ": bad number", e);
                }
                int id = places.size();
                places.add(place);
                for (String key : f[9].split("\\|")) {
                    if (!key.isEmpty()) {
                        add(index, key, id);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer", e);
        }
        Place[] array = places.toArray(new Place[0]);
        renameProvinces(array, index, provinceNames);
        addAliases(array, index, aliasLines);
        return new Gazetteer(array, index);
    }

    /**
     * Gives provinces the names of {@code provinceNames}, in place: the province and the places in
     * it take the new admin1, and the new name becomes a key of the province (its old keys stay).
     */
    private static void renameProvinces(Place[] places, Map<String, int[]> index, ProvinceNames provinceNames) {
        Map<String, Set<String>> provincesByCountry = new HashMap<>();
        for (Place p : places) {
            if (p.isProvince() && p.admin1() != null) {
                provincesByCountry.computeIfAbsent(p.countryIso3(), k -> new HashSet<>()).add(p.admin1());
            }
        }
        Map<String, Map<String, String>> renames = new HashMap<>();
        provincesByCountry.forEach((iso3, names) -> {
            Map<String, String> r = provinceNames.renames(iso3, names);
            if (!r.isEmpty()) {
                renames.put(iso3, r);
            }
        });
        if (renames.isEmpty()) {
            return;
        }
        for (int id = 0; id < places.length; id++) {
            Place p = places[id];
            Map<String, String> r = renames.get(p.countryIso3());
            String renamed = r == null || p.admin1() == null || p.isCountry() ? null : r.get(p.admin1());
            if (renamed == null) {
                continue;
            }
            boolean province = p.isProvince() && p.name().equals(p.admin1());
            places[id] = new Place(p.geonameId(), province ? renamed : p.name(), p.lat(), p.lon(), p.countryIso3(),
                    renamed, p.admin2(), p.featureCode(), p.population());
            if (province) {
                add(index, NameKeys.key(renamed), id);
            }
        }
    }

    private static String intern(Map<String, String> interned, String s) {
        return interned.computeIfAbsent(s, k -> k);
    }

    private static void add(Map<String, int[]> index, String key, int id) {
        int[] ids = index.get(key);
        if (ids == null) {
            index.put(key, new int[] {id});
        } else if (Arrays.stream(ids).noneMatch(i -> i == id)) {
            int[] grown = Arrays.copyOf(ids, ids.length + 1);
            grown[ids.length] = id;
            index.put(key, grown);
        }
    }

    private static void addAliases(Place[] places, Map<String, int[]> index, List<String> aliasLines) {
        for (String line : aliasLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException("alias line needs alias, name, ISO3: " + line);
            }
            String aliasKey = NameKeys.key(f[0]);
            int[] targets = index.get(NameKeys.key(f[1]));
            String iso3 = f[2].strip().toUpperCase(Locale.ROOT);
            if (aliasKey.isEmpty() || targets == null) {
                continue;
            }
            for (int id : targets) {
                if (places[id].countryIso3().equals(iso3)) {
                    add(index, aliasKey, id);
                }
            }
        }
    }

    /**
     * A new gazetteer: this one's places plus the places of imported GeoNames rows (see
     * {@link GeoNamesDump}), with the bundled {@link Countries} table. This gazetteer is unchanged.
     *
     * @see #extendedWith(List, Countries)
     */
    public Gazetteer extendedWith(List<GeoNamesRow> rows) {
        return extendedWith(rows, Countries.bundled());
    }

    /**
     * A new gazetteer: this one's places plus the places of imported GeoNames rows; this gazetteer
     * is unchanged. Holds every place in memory (a country file adds a few MB; allCountries' ~5
     * million kept rows several GB).
     *
     * <ul>
     *   <li>A row with the geonameid of a place of this gazetteer replaces that place (its names are
     *       added to the place's keys, which stay); other rows are added.</li>
     *   <li>Names are keyed as {@link GazetteerBuilder} keys them ({@link PlaceKeys}): name, ASCII
     *       name and the kept alternate names; an administrative unit also without its
     *       administrative word. A row none of whose names gives a key is skipped.</li>
     *   <li>{@link Place#admin1()} and {@link Place#admin2()} are division <em>names</em>, as this
     *       gazetteer's: a row's admin1 (admin2) code is named by the ADM1 (ADM2) row of that code
     *       among {@code rows}, with the name of this gazetteer's place of that geonameid when it has
     *       one (so that {@link Place#encloses} holds between an imported village and a bundled
     *       province), else the row's ASCII name. A code no ADM row names takes the division name of
     *       this gazetteer's place of any row with that code; failing that the division is null. A
     *       replaced place keeps its division names where the rows name none.</li>
     *   <li>The country is the ISO3 code of the row's ISO2 code in {@code countries}; a row of a
     *       country it does not know is skipped.</li>
     * </ul>
     * The alias table ({@code place-aliases.tsv}) is not applied to the added places, nor are the
     * province names ({@link ProvinceNames}) to a province this gazetteer does not already have.
     */
    public Gazetteer extendedWith(List<GeoNamesRow> rows, Countries countries) {
        Map<Long, Integer> slots = new HashMap<>(places.length * 2);
        for (int i = 0; i < places.length; i++) {
            slots.putIfAbsent(places[i].geonameId(), i);
        }
        Map<String, String> admin1Names = new HashMap<>();
        Map<String, String> admin2Names = new HashMap<>();
        for (GeoNamesRow row : rows) {
            Integer slot = slots.get(row.geonameId());
            Place known = slot == null ? null : places[slot];
            if (row.featureCode().equals("ADM1") && !row.admin1Code().isEmpty()) {
                String name = known != null && known.isProvince() && known.admin1() != null ? known.admin1() : row.displayName();
                admin1Names.put(adminCode(row, 1), name);
            } else if (row.featureCode().equals("ADM2") && !row.admin1Code().isEmpty() && !row.admin2Code().isEmpty()) {
                String name = known != null && known.isDistrict() && known.admin2() != null ? known.admin2() : row.displayName();
                admin2Names.put(adminCode(row, 2), name);
            }
        }
        // Codes no ADM row names: learn their names from rows that are also places of this gazetteer.
        for (GeoNamesRow row : rows) {
            Integer slot = slots.get(row.geonameId());
            if (slot == null || places[slot].isCountry() || row.admin1Code().isEmpty()) {
                continue;
            }
            Place known = places[slot];
            if (known.admin1() != null) {
                admin1Names.putIfAbsent(adminCode(row, 1), known.admin1());
            }
            if (known.admin2() != null && !row.admin2Code().isEmpty()) {
                admin2Names.putIfAbsent(adminCode(row, 2), known.admin2());
            }
        }
        List<Place> all = new ArrayList<>(Arrays.asList(places));
        Map<String, int[]> extendedIndex = new HashMap<>(index);
        for (GeoNamesRow row : rows) {
            Optional<Country> country = countries.byIso2(row.countryCode());
            if (country.isEmpty()) {
                continue;
            }
            boolean isCountry = row.featureCode().startsWith("PCL");
            boolean isAdmin = row.featureClass().equals("A") && !isCountry;
            Set<String> keys = PlaceKeys.placeKeys(row.name(), row.asciiName(), row.alternateNames());
            if (isAdmin) {
                keys.addAll(PlaceKeys.adminKeys(row.name(), row.asciiName()));
            }
            if (keys.isEmpty()) {
                continue;
            }
            Integer slot = slots.get(row.geonameId());
            Place known = slot == null ? null : all.get(slot);
            String admin1 = null;
            String admin2 = null;
            if (!isCountry) {
                admin1 = row.admin1Code().isEmpty() ? null : admin1Names.get(adminCode(row, 1));
                admin2 = admin1 == null || row.admin2Code().isEmpty() || row.featureCode().equals("ADM1")
                        ? null : admin2Names.get(adminCode(row, 2));
                if (known != null && !known.isCountry()) {
                    admin1 = admin1 == null ? known.admin1() : admin1;
                    admin2 = admin2 == null ? known.admin2() : admin2;
                }
                if (row.featureCode().equals("ADM1") && admin1 == null) {
                    admin1 = row.displayName(); // a province always names itself, as the bundled ones do
                }
            }
            Place place = new Place(row.geonameId(), row.displayName(), row.lat(), row.lon(), country.get().iso3(),
                    admin1, admin2, row.featureCode(), row.population());
            int id;
            if (slot == null) {
                id = all.size();
                all.add(place);
                slots.put(row.geonameId(), id);
            } else {
                id = slot;
                all.set(id, place);
            }
            for (String key : keys) {
                add(extendedIndex, key, id);
            }
        }
        return new Gazetteer(all.toArray(new Place[0]), extendedIndex);
    }

    /** "IQ.15" (level 1) or "IQ.15.9166649" (level 2): GeoNames' admin code of a row's division. */
    private static String adminCode(GeoNamesRow row, int level) {
        String a1 = row.countryCode() + "." + row.admin1Code();
        return level == 1 ? a1 : a1 + "." + row.admin2Code();
    }

    private static String provinceKey(String iso3, String admin1) {
        return iso3 + "\t" + NameKeys.key(admin1);
    }

    /**
     * All places whose name, alternate name or alias has the same {@link NameKeys#key} as
     * {@code name}; with an administrative word ("Nineveh province", "Haditha district") also the
     * provinces or districts named by the rest. Largest population first; empty for null, blank or
     * unknown names. Never throws.
     */
    public List<Place> candidates(String name) {
        String key = NameKeys.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        Set<Place> found = new LinkedHashSet<>(candidatesForKey(key));
        NameKeys.AdminAffix affix = NameKeys.adminAffix(key);
        if (affix.level() != null) {
            String featureCode = affix.level() == NameKeys.AdminLevel.PROVINCE ? "ADM1" : "ADM2";
            for (Place p : candidatesForKey(affix.core())) {
                if (p.featureCode().equals(featureCode)) {
                    found.add(p);
                }
            }
        }
        List<Place> sorted = new ArrayList<>(found);
        sorted.sort(BY_POPULATION_DESC);
        return List.copyOf(sorted);
    }

    /** Places indexed under exactly this key (already made by {@link NameKeys#key}); unsorted. */
    List<Place> candidatesForKey(String key) {
        int[] ids = index.get(key);
        if (ids == null) {
            return List.of();
        }
        List<Place> result = new ArrayList<>(ids.length);
        for (int id : ids) {
            result.add(places[id]);
        }
        return result;
    }

    /** Whether any place is indexed under this key (already made by {@link NameKeys#key}). */
    boolean hasKey(String key) {
        return index.containsKey(key);
    }

    /** The largest number of tokens in any indexed key. */
    int maxKeyTokens() {
        return maxKeyTokens;
    }

    /** The country place (feature code PCLI) for an ISO alpha-3 code, case-insensitive. */
    public Optional<Place> country(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso3.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The province (ADM1) of that country whose name has the same key as {@code admin1}: the name
     * this gazetteer gives it, else any of its names (GeoNames' name of a renamed province).
     */
    public Optional<Place> province(String iso3, String admin1) {
        if (iso3 == null || admin1 == null) {
            return Optional.empty();
        }
        String country = iso3.strip().toUpperCase(Locale.ROOT);
        Place named = provinces.get(provinceKey(country, admin1));
        if (named != null) {
            return Optional.of(named);
        }
        int[] ids = index.get(NameKeys.key(admin1));
        if (ids != null) {
            for (int id : ids) {
                if (places[id].isProvince() && places[id].countryIso3().equals(country)) {
                    return Optional.of(places[id]);
                }
            }
        }
        return Optional.empty();
    }

    /** Number of places (all kinds). */
    public int size() {
        return places.length;
    }
}
