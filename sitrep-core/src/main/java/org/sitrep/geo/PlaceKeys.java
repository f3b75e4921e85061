package org.sitrep.geo;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@link NameKeys#key} keys a GeoNames record is indexed under, made one way for the bundled
 * gazetteer ({@link GazetteerBuilder}) and for imported dumps ({@link Gazetteer#extendedWith}).
 * Stateless and thread-safe; never throws on non-null input.
 *
 * <p>A place is found by its name, its ASCII name and those of its alternate names that
 * {@link #keepAlternateName} accepts. An administrative unit is found by its names and by its names
 * without their administrative word ("Nineveh Governorate" also as "nineveh").
 */
final class PlaceKeys {
    private PlaceKeys() {}

    /**
     * Keys of a place: of {@code name}, {@code asciiName} and of every kept alternate name in the
     * comma-separated {@code alternateNames} (GeoNames' column 4, may be empty); insertion-ordered,
     * without empty keys. Empty when no name gives a key.
     */
    static Set<String> placeKeys(String name, String asciiName, String alternateNames) {
        Set<String> keys = new LinkedHashSet<>();
        addKey(keys, name);
        addKey(keys, asciiName);
        for (String alt : alternateNames.split(",")) {
            if (keepAlternateName(alt)) {
                addKey(keys, alt);
            }
        }
        return keys;
    }

    /** Keys of an admin unit: its names, and its names without "Governorate", "District", "Qada'", … */
    static Set<String> adminKeys(String name, String asciiName) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : new String[] {name, asciiName}) {
            String key = NameKeys.key(n);
            if (!key.isEmpty()) {
                keys.add(key);
                keys.add(NameKeys.adminAffix(key).core());
            }
        }
        return keys;
    }

    /** Adds the key of {@code name} to {@code keys} unless it is empty. */
    static void addKey(Set<String> keys, String name) {
        String key = NameKeys.key(name);
        if (!key.isEmpty()) {
            keys.add(key);
        }
    }

    /**
     * Whether an alternate name is useful for English-language news: written in Latin or Arabic
     * script (not both), with a capital letter if Latin (GeoNames' lower-case entries are machine
     * romanisations), without digits or links, at most 60 characters, and not an all-capitals code of
     * up to five letters (airport codes).
     */
    static boolean keepAlternateName(String alt) {
        if (alt.isBlank() || alt.length() > 60 || alt.contains("http") || alt.contains("/")) {
            return false;
        }
        boolean latin = false;
        boolean arabic = false;
        boolean upper = false;
        boolean lower = false;
        int letters = 0;
        for (int i = 0; i < alt.length(); ) {
            int cp = alt.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                return false;
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) {
                latin = true;
                upper |= Character.isUpperCase(cp);
                lower |= Character.isLowerCase(cp);
            } else if (script == Character.UnicodeScript.ARABIC) {
                arabic = true;
            } else {
                return false;
            }
        }
        if (letters == 0 || (latin && arabic)) {
            return false;
        }
        if (latin && !upper) {
            return false; // "hdytht", "alqaym": machine romanisations, never written in news
        }
        if (latin && !lower && letters <= 5) {
            return false; // "BGW", "ORBI": airport and other codes
        }
        return true;
    }
}
