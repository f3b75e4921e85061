package org.sitrep.geo;

import org.sitrep.model.Place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Continents, oceans, seas and world regions ({@value #RESOURCE}): names that are places, but of no
 * one country and bigger than any town. Immutable and thread-safe.
 *
 * <p>Every listed name and adjective is a {@linkplain #isRegion region key}: the gazetteer never reads
 * one as a town that carries it as an alternate name. A region whose line gives a point is also a
 * {@link Place} ({@link #place}): feature code {@code CONT}, {@code OCN}, {@code SEA}, {@code GULF} or
 * {@code RGN}, country {@value #NO_COUNTRY}, no province, population 0. Its adjectives ("European",
 * "Latin American") name it too, as a country's demonym names the country.
 */
public final class WorldRegions {
    /** The bundled list. */
    static final String RESOURCE = "world-regions.txt";

    /**
     * The country code of a region's place: ISO 3166-1 leaves ZZZ to its users, and sitrep uses it for
     * places that lie in no one country.
     */
    public static final String NO_COUNTRY = "ZZZ";

    /** Synthetic ids of regions without a GeoNames id count down from here, one per line. */
    private static final long FIRST_SYNTHETIC_ID = -2_000_000L;

    private static final WorldRegions BUNDLED = parse(GeoResources.lines(RESOURCE));

    private final Set<String> keys;
    private final Map<String, Place> places;

    private WorldRegions(Set<String> keys, Map<String, Place> places) {
        this.keys = Set.copyOf(keys);
        this.places = Map.copyOf(places);
    }

    /** The bundled list, read once per process. */
    public static WorldRegions bundled() {
        return BUNDLED;
    }

    /** Whether a {@link NameKeys#key} is a listed region name or adjective. */
    public boolean isRegion(String key) {
        return keys.contains(key);
    }

    /** The place a {@link NameKeys#key} names, when it is a region with a point. */
    public Optional<Place> place(String key) {
        return Optional.ofNullable(places.get(key));
    }

    /**
     * Reads lines of the {@value #RESOURCE} layout: {@code names<TAB>adjectives<TAB>geonameid<TAB>lat<TAB>lon<TAB>kind},
     * every column after the first optional as a whole ("-" for none).
     *
     * @throws IllegalArgumentException naming the line when a point or id is malformed (bundled data: a broken build)
     */
    static WorldRegions parse(List<String> lines) {
        Map<String, Place> places = new HashMap<>();
        java.util.HashSet<String> keys = new java.util.HashSet<>();
        long synthetic = FIRST_SYNTHETIC_ID;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            List<String> names = List.of(cols[0].split("\\|"));
            List<String> adjectives = cols.length > 1 && !cols[1].equals("-") ? List.of(cols[1].split("\\|")) : List.of();
            for (String n : names) {
                keys.add(NameKeys.key(n));
            }
            for (String a : adjectives) {
                keys.add(NameKeys.key(a));
            }
            if (cols.length < 6) {
                continue;
            }
            Place place;
            try {
                long id = cols[2].equals("-") ? synthetic-- : Long.parseLong(cols[2]);
                place = new Place(id, names.get(0), Double.parseDouble(cols[3]), Double.parseDouble(cols[4]), NO_COUNTRY,
                        null, null, cols[5], 0);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad world region line '" + line + "': " + e.getMessage(), e);
            }
            for (String n : names) {
                places.putIfAbsent(NameKeys.key(n), place);
            }
            for (String a : adjectives) {
                places.putIfAbsent(NameKeys.key(a), place);
            }
        }
        return new WorldRegions(keys, places);
    }

    /** Whether a place is a region of this kind of list (country {@value #NO_COUNTRY}). */
    public static boolean isRegion(Place p) {
        return p.countryIso3().equals(NO_COUNTRY);
    }
}
