package org.sitrep.geo;

import org.sitrep.model.Location;
import org.sitrep.model.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link Geocoder} over a {@link Gazetteer}. Immutable and thread-safe; never throws on any
 * query (an unknown name falls back along the chain, then to the focus country, then to empty).
 *
 * <p>Each name of the chain is read as follows. A country name or demonym ("Iraq", "U.S.",
 * "Syrian") is that country and nothing else. A name with an administrative word ("Nineveh
 * province", "the Haditha district") prefers provinces or districts; a district is placed at its
 * seat town of the same name when it has one (precision 2). Otherwise all gazetteer places of that
 * name are candidates. A candidate must lie inside (or, for a town, within {@value #NEAR_KM} km of)
 * some reading of every later name the gazetteer knows. Among those left: the focus country first,
 * then the place kind the text asks for, then prominence (population, capitals counted tenfold,
 * admin seats with GeoNames' missing populations given a floor). A province or district whose seat
 * town has the same name yields the town ("Baghdad", "Mosul" are the cities).
 */
public final class GazetteerGeocoder implements Geocoder {
    /** Population from which a town abroad may be an event's place without the chain naming its country. */
    static final long ABROAD_MIN_POPULATION = 20_000;

    /** How far from a town a place may lie and still count as "in the X area". */
    static final double NEAR_KM = 75.0;

    private static final double EARTH_RADIUS_KM = 6371.0;

    /** Words around a name that say what kind of thing it is but are not part of it ("the village of Al-Arej"). */
    private static final List<String> DESCRIPTIVE_PREFIXES = List.of(
            "village of ", "town of ", "city of ", "area of ", "outskirts of ", "suburbs of ", "countryside of ",
            "vicinity of ", "region of ", "district of ", "province of ");
    private static final Set<String> DESCRIPTIVE_SUFFIXES = Set.of(
            "area", "city", "town", "village", "outskirts", "countryside", "suburbs", "vicinity", "camp");

    private final Gazetteer gazetteer;
    private final Countries countries;

    /** A geocoder over the given gazetteer, reading country names and demonyms with the bundled {@link Countries}. */
    public GazetteerGeocoder(Gazetteer gazetteer) {
        this(gazetteer, Countries.bundled());
    }

    /** A geocoder over the given gazetteer, reading country names and demonyms with {@code countries}. */
    public GazetteerGeocoder(Gazetteer gazetteer, Countries countries) {
        if (gazetteer == null || countries == null) {
            throw new IllegalArgumentException("gazetteer and countries must not be null");
        }
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    /** A geocoder over the bundled gazetteer and country table (loaded on first call). */
    public static GazetteerGeocoder bundled() {
        return new GazetteerGeocoder(Gazetteer.bundled(), Countries.bundled());
    }

    /** How one name of the chain may be read: its candidate places and what the text said about its kind. */
    record Reading(List<Place> candidates, NameKeys.AdminLevel level, boolean countryWord) {
        static final Reading NONE = new Reading(List.of(), null, false);
    }

    @Override
    public Optional<Location> locate(PlaceQuery query) {
        if (query == null) {
            return Optional.empty();
        }
        List<PlaceName> names = query.names();
        List<Reading> readings = new ArrayList<>(names.size());
        for (PlaceName name : names) {
            readings.add(read(name.text()));
        }
        String focus = focusIso3(query.focusCountryIso3());
        for (int i = 0; i < names.size(); i++) {
            Optional<Place> best = choose(readings.get(i), readings.subList(i + 1, readings.size()), focus);
            if (best.isPresent()) {
                Place place = best.get();
                int precision = precision(place, i == 0, readings.get(i).level());
                return Optional.of(new Location(place, precision, names.get(0).text(), names.get(0).span()));
            }
        }
        if (focus == null) {
            return Optional.empty();
        }
        Optional<Place> country = countryPlace(focus);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        String text = names.isEmpty() ? country.get().name() : names.get(0).text();
        return Optional.of(new Location(country.get(), 3, text, names.isEmpty() ? null : names.get(0).span()));
    }

    /** The focus code if the country table knows it, else null: a bad focus is no focus. */
    private String focusIso3(String iso3) {
        return countries.byIso3(iso3).map(Country::iso3).orElse(null);
    }

    /** How the gazetteer can read one name of the text (package-private for {@link DocumentResolver}). */
    Reading read(String text) {
        Optional<Country> country = countries.byName(text).or(() -> countries.byDemonym(text));
        if (country.isPresent()) {
            return countryPlace(country.get().iso3())
                    .map(p -> new Reading(List.of(p), null, true))
                    .orElse(Reading.NONE);
        }
        String fullKey = NameKeys.key(text);
        if (fullKey.isEmpty() || WorldRegions.bundled().isRegion(fullKey)) {
            return Reading.NONE; // "Africa" is no town in Tunisia
        }
        // "Kansas City" and "Gaza City" are names; "Mosul city" and "the Ramadi area" are Mosul and Ramadi.
        String key = gazetteer.hasKey(fullKey) ? fullKey : stripDescriptiveWords(fullKey);
        if (key.isEmpty()) {
            return Reading.NONE;
        }
        NameKeys.AdminAffix affix = NameKeys.adminAffix(key);
        if (affix.level() == null) {
            return new Reading(withoutCountries(gazetteer.candidates(key)), null, false);
        }
        List<Place> all = withoutCountries(gazetteer.candidates(affix.core()));
        String wanted = affix.level() == NameKeys.AdminLevel.PROVINCE ? "ADM1" : "ADM2";
        List<Place> units = all.stream().filter(p -> p.featureCode().equals(wanted)).toList();
        if (units.isEmpty()) {
            // "Baghdad district" when GeoNames has no such district: the text's kind word was loose; use the name.
            return new Reading(all, null, false);
        }
        if (affix.level() == NameKeys.AdminLevel.DISTRICT) {
            // ACLED codes "the Haditha district" at the town of Haditha with precision 2.
            List<Place> seats = new ArrayList<>();
            for (Place unit : units) {
                seatOf(unit, all).ifPresentOrElse(seats::add, () -> seats.add(unit));
            }
            return new Reading(List.copyOf(seats), affix.level(), false);
        }
        return new Reading(units, affix.level(), false);
    }

    private static String stripDescriptiveWords(String key) {
        for (String prefix : DESCRIPTIVE_PREFIXES) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                // Keep the administrative prefix words for adminAffix, drop the others.
                return prefix.startsWith("district") || prefix.startsWith("province") || prefix.startsWith("region")
                        ? key : key.substring(prefix.length());
            }
        }
        int lastSpace = key.lastIndexOf(' ');
        if (lastSpace > 0 && DESCRIPTIVE_SUFFIXES.contains(key.substring(lastSpace + 1))) {
            return key.substring(0, lastSpace);
        }
        return key;
    }

    /** Country places only come from country names and demonyms, never from a town's alternate name. */
    private static List<Place> withoutCountries(List<Place> places) {
        return places.stream().filter(p -> !p.isCountry()).toList();
    }

    private Optional<Place> countryPlace(String iso3) {
        Optional<Place> place = gazetteer.country(iso3);
        if (place.isPresent()) {
            return place;
        }
        // A gazetteer without a row for this country (a custom import): derive one from the country table.
        return countries.byIso3(iso3).map(c -> new Place(-c.isoNumeric() - 1L, c.name(), c.lat(), c.lon(), c.iso3(),
                null, null, "PCLI", c.population()));
    }

    private Optional<Place> choose(Reading reading, List<Reading> later, String focus) {
        List<Place> consistent = new ArrayList<>();
        for (Place candidate : reading.candidates()) {
            if (consistentWithAll(candidate, later) && plausibleAbroad(candidate, later, focus)) {
                consistent.add(candidate);
            }
        }
        if (consistent.isEmpty()) {
            return Optional.empty();
        }
        Comparator<Place> order = Comparator
                .comparing((Place p) -> focus != null && p.countryIso3().equals(focus)).reversed()
                .thenComparing(Comparator.comparingDouble(GazetteerGeocoder::prominence).reversed())
                .thenComparingLong(Place::geonameId);
        consistent.sort(order);
        Place top = consistent.get(0);
        if (reading.level() == null && (top.isProvince() || top.isDistrict())) {
            return Optional.of(seatOf(top, consistent).orElse(top));
        }
        return Optional.of(top);
    }

    /** The town among {@code places} that is the seat of {@code unit} and carries its name (already matched by key). */
    private static Optional<Place> seatOf(Place unit, List<Place> places) {
        for (Place p : places) {
            if (!p.featureCode().startsWith("PPL") || !p.countryIso3().equals(unit.countryIso3())) {
                continue;
            }
            boolean capital = p.featureCode().equals("PPLC") || p.featureCode().equals("PPLA");
            boolean districtSeat = capital || p.featureCode().equals("PPLA2");
            if (unit.isProvince() && capital && unit.admin1().equals(p.admin1())) {
                return Optional.of(p);
            }
            if (unit.isDistrict() && districtSeat && unit.admin2() != null && unit.admin2().equals(p.admin2())
                    && unit.admin1() != null && unit.admin1().equals(p.admin1())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a candidate outside the article's country may be the place: a country, a province, a
     * capital or a district seat, a town of {@value #ABROAD_MIN_POPULATION} people or more, or a
     * place the chain itself puts in that country ("Kobani, Syria" in a story about Iraq). A village
     * or neighbourhood abroad is a namesake, not the place: "the Camp area of Khas Urozgan" in a
     * story about Afghanistan is not Camp, Texas. Without a focus every candidate may be.
     */
    static boolean plausibleAbroad(Place candidate, List<Reading> later, String focus) {
        if (focus == null || candidate.countryIso3().equals(focus) || candidate.isCountry() || candidate.isProvince()) {
            return true;
        }
        String code = candidate.featureCode();
        if (code.equals("PPLC") || code.equals("PPLA") || code.equals("PPLA2") || candidate.population() >= ABROAD_MIN_POPULATION) {
            return true;
        }
        for (Reading reading : later) {
            for (Place p : reading.candidates()) {
                if ((p.isCountry() || p.isProvince()) && p.countryIso3().equals(candidate.countryIso3())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean consistentWithAll(Place candidate, List<Reading> later) {
        for (Reading reading : later) {
            if (reading.candidates().isEmpty()) {
                continue; // a later name the gazetteer does not know constrains nothing
            }
            boolean inside = false;
            for (Place container : reading.candidates()) {
                if (liesIn(candidate, container)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text "candidate, container" makes sense: inside the unit, or near the town. */
    static boolean liesIn(Place candidate, Place container) {
        if (container.encloses(candidate)) {
            return true;
        }
        if (!container.featureCode().startsWith("PPL") || candidate.isCountry() || candidate.isProvince()) {
            return false;
        }
        return candidate.countryIso3().equals(container.countryIso3()) && distanceKm(candidate, container) <= NEAR_KM;
    }

    /**
     * Population with two corrections: capitals count tenfold because news means the capital
     * ("Washington"), and admin seats get a floor because GeoNames leaves many at 0 ("Al Qa'im").
     */
    static double prominence(Place p) {
        double population = p.population();
        return switch (p.featureCode()) {
            case "PPLC" -> population * 10.0 + 1_000_000;
            case "PPLA" -> Math.max(population, 50_000);
            case "PPLA2" -> Math.max(population, 10_000);
            case "PPLA3" -> Math.max(population, 2_000);
            default -> population;
        };
    }

    private static int precision(Place place, boolean firstName, NameKeys.AdminLevel level) {
        if (place.isCountry() || place.isProvince()) {
            return 3;
        }
        if (place.isDistrict() || !firstName || level == NameKeys.AdminLevel.DISTRICT) {
            return 2;
        }
        return 1;
    }

    /** Great-circle distance in kilometres (haversine). */
    static double distanceKm(Place a, Place b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
