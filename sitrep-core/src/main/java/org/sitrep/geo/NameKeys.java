package org.sitrep.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns place names into lookup keys, so that spelling variants of one name meet in one key.
 * Stateless and thread-safe; never throws on any non-null input (a null input gives "").
 *
 * <p>{@link #basic(String)} folds case, diacritics, apostrophes, dots, hyphens and spacing:
 * "Qa'im" and "Qaim" both give "qaim"; "U.S." gives "us". {@link #key(String)} additionally
 * folds Arabic transliteration variants: the article ("Al-", "al ", "El-", "Ad-", "As-", "Ash-",
 * "Ar-", "Az-", … anywhere in the name), Tal/Tall/Tell/Tel, Deir/Dayr/Dair, 'Ayn/Ein, and a final
 * "-ah" ("Raqqah" = "Raqqa"), so "Al Qa'im" and "Qaim" give the same key.
 */
public final class NameKeys {
    private NameKeys() {}

    /**
     * Version of the key function. The bundled gazetteer stores precomputed keys and records this
     * number; change it whenever {@link #key} changes, and regenerate the resource.
     */
    public static final int VERSION = 1;

    /** What an administrative word in a name says about the unit it names. */
    public enum AdminLevel {
        /** A first-level division: province, governorate, state, region. */
        PROVINCE,
        /** A second-level division: district, qada, county. */
        DISTRICT
    }

    /**
     * A key with its administrative affix removed: "nineveh province" → ("nineveh", PROVINCE).
     *
     * @param core the key without the affix, never empty
     * @param level the level the affix names, or null when the key had none
     */
    public record AdminAffix(String core, AdminLevel level) {}

    private static final Map<String, AdminLevel> ADMIN_SUFFIXES = Map.ofEntries(
            Map.entry("province", AdminLevel.PROVINCE), Map.entry("governorate", AdminLevel.PROVINCE),
            Map.entry("state", AdminLevel.PROVINCE), Map.entry("region", AdminLevel.PROVINCE),
            Map.entry("oblast", AdminLevel.PROVINCE), Map.entry("prefecture", AdminLevel.PROVINCE),
            Map.entry("department", AdminLevel.PROVINCE), Map.entry("wilaya", AdminLevel.PROVINCE),
            Map.entry("district", AdminLevel.DISTRICT), Map.entry("county", AdminLevel.DISTRICT),
            Map.entry("qada", AdminLevel.DISTRICT), Map.entry("qadaa", AdminLevel.DISTRICT),
            Map.entry("municipality", AdminLevel.DISTRICT), Map.entry("raion", AdminLevel.DISTRICT),
            Map.entry("subdistrict", AdminLevel.DISTRICT), Map.entry("nahiya", AdminLevel.DISTRICT),
            Map.entry("parish", AdminLevel.DISTRICT), Map.entry("borough", AdminLevel.DISTRICT));

    private static final Map<String, AdminLevel> ADMIN_PREFIXES = Map.ofEntries(
            Map.entry("muhafazat", AdminLevel.PROVINCE), Map.entry("muhafazah", AdminLevel.PROVINCE),
            Map.entry("muhafaza", AdminLevel.PROVINCE), Map.entry("wilayat", AdminLevel.PROVINCE),
            Map.entry("province of", AdminLevel.PROVINCE), Map.entry("governorate of", AdminLevel.PROVINCE),
            Map.entry("state of", AdminLevel.PROVINCE), Map.entry("region of", AdminLevel.PROVINCE),
            Map.entry("provincia de", AdminLevel.PROVINCE), Map.entry("departamento de", AdminLevel.PROVINCE),
            Map.entry("qada", AdminLevel.DISTRICT), Map.entry("qadaa", AdminLevel.DISTRICT),
            Map.entry("district of", AdminLevel.DISTRICT), Map.entry("nahiyat", AdminLevel.DISTRICT),
            // GeoNames writes many divisions with their kind in the country's language: "Province du
            // Séno", "Département de Tillabéri", "Municipio de Cuauhtémoc", "Cercle de Douentza".
            Map.entry("province du", AdminLevel.PROVINCE), Map.entry("province de", AdminLevel.PROVINCE),
            Map.entry("province de la", AdminLevel.PROVINCE), Map.entry("province des", AdminLevel.PROVINCE),
            Map.entry("departement de", AdminLevel.PROVINCE), Map.entry("departement du", AdminLevel.PROVINCE),
            Map.entry("departement de la", AdminLevel.PROVINCE), Map.entry("prefecture de", AdminLevel.PROVINCE),
            Map.entry("provincia", AdminLevel.PROVINCE),
            Map.entry("municipio de", AdminLevel.DISTRICT), Map.entry("municipio", AdminLevel.DISTRICT),
            Map.entry("distrito de", AdminLevel.DISTRICT), Map.entry("partido de", AdminLevel.DISTRICT),
            Map.entry("daira de", AdminLevel.DISTRICT), Map.entry("commune of", AdminLevel.DISTRICT),
            Map.entry("arrondissement de", AdminLevel.DISTRICT), Map.entry("cercle de", AdminLevel.DISTRICT),
            Map.entry("delegation de", AdminLevel.DISTRICT), Map.entry("concelho de", AdminLevel.DISTRICT));

    /** The prefixes longest first, so that "province de la" is tried before "province de". */
    private static final List<Map.Entry<String, AdminLevel>> PREFIXES_LONGEST_FIRST = ADMIN_PREFIXES.entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, AdminLevel> e) -> e.getKey().length()).reversed()
                    .thenComparing(Map.Entry::getKey))
            .toList();

    /**
     * Splits an administrative word off a key made by {@link #key}: "nineveh province",
     * "province of nineveh", "muhafazat karbala", "haditha district", "qada samarra". A key that is
     * only the administrative word ("province") keeps it and has no level.
     */
    public static AdminAffix adminAffix(String key) {
        if (key == null || key.isEmpty()) {
            return new AdminAffix(key == null ? "" : key, null);
        }
        int lastSpace = key.lastIndexOf(' ');
        if (lastSpace > 0) {
            AdminLevel level = ADMIN_SUFFIXES.get(key.substring(lastSpace + 1));
            if (level != null) {
                return new AdminAffix(key.substring(0, lastSpace), level);
            }
        }
        for (Map.Entry<String, AdminLevel> prefix : PREFIXES_LONGEST_FIRST) {
            String p = prefix.getKey() + " ";
            if (key.startsWith(p) && key.length() > p.length()) {
                return new AdminAffix(key.substring(p.length()), prefix.getValue());
            }
        }
        return new AdminAffix(key, null);
    }

    /** Arabic (and a few Romance) articles dropped by {@link #key}; they are the most inconsistent part of news spellings. */
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "esh",
            "et", "ez", "ul", "il");

    /** Token-level transliteration variants mapped to one spelling. */
    private static final Map<String, String> TOKEN_VARIANTS = Map.ofEntries(
            Map.entry("tall", "tal"), Map.entry("tell", "tal"), Map.entry("tel", "tal"), Map.entry("til", "tal"),
            Map.entry("dayr", "deir"), Map.entry("dair", "deir"), Map.entry("der", "deir"), Map.entry("dier", "deir"),
            Map.entry("ayn", "ain"), Map.entry("ein", "ain"), Map.entry("ayin", "ain"),
            Map.entry("jebel", "jabal"), Map.entry("jabel", "jabal"), Map.entry("jbel", "jabal"),
            Map.entry("khirbet", "khirbat"), Map.entry("khirbit", "khirbat"),
            Map.entry("kfar", "kafr"), Map.entry("kefar", "kafr"),
            Map.entry("mohammed", "muhammad"), Map.entry("mohamed", "muhammad"), Map.entry("muhammed", "muhammad"));

    /**
     * Case-, diacritic- and punctuation-folded form: lower case, combining marks removed, apostrophes
     * and dots removed, every other non-letter/digit run a single space, no leading "the".
     */
    public static String basic(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (isApostropheOrDot(c)) {
                // Qa'im = Qaim, U.S. = US: these marks sit inside a word, they do not split it.
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                appendFolded(out, c);
            } else {
                pendingSpace = true;
            }
        }
        String s = out.toString();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** {@link #basic} plus Arabic transliteration folding; the key the gazetteer indexes names by. */
    public static String key(String name) {
        String basic = basic(name);
        if (basic.isEmpty()) {
            return basic;
        }
        String[] tokens = basic.split(" ");
        List<String> kept = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            if (ARTICLES.contains(token)) {
                continue;
            }
            kept.add(foldToken(token));
        }
        if (kept.isEmpty()) {
            // A name that is only an article ("Al", "As") keeps it: an empty key would match nothing useful.
            return basic;
        }
        return String.join(" ", kept);
    }

    private static String foldToken(String token) {
        String t = TOKEN_VARIANTS.getOrDefault(token, token);
        // Raqqah/Raqqa, Fallujah/Falluja: the final h of a feminine ending is transliterated either way.
        if (t.length() > 4 && t.endsWith("ah")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static boolean isApostropheOrDot(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´' || c == 'ʼ' || c == 'ʻ' || c == 'ʾ'
                || c == 'ʿ' || c == '′' || c == '.';
    }

    private static void appendFolded(StringBuilder out, char c) {
        switch (c) {
            case 'ß' -> out.append("ss");
            case 'æ', 'Æ' -> out.append("ae");
            case 'œ', 'Œ' -> out.append("oe");
            case 'ø', 'Ø' -> out.append('o');
            case 'ł', 'Ł' -> out.append('l');
            case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
            case 'ı' -> out.append('i');
            case 'þ', 'Þ' -> out.append("th");
            default -> out.append(Character.toLowerCase(c));
        }
    }

    /** The key's tokens; empty for an empty key. */
    static List<String> tokens(String key) {
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }
}
