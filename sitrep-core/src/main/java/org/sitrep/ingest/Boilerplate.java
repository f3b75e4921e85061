package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that are site furniture, never article text ("skip to Main Content", "Back To Top",
 * "Share", menus). The default list is the resource {@code org/sitrep/ingest/boilerplate.txt},
 * whose header explains the entry syntax; {@link #plus(List)} adds a user's own entries.
 * Immutable and thread-safe.
 */
public final class Boilerplate {
    /** Prefix entries only apply to short lines, so a real paragraph is never dropped for its first words. */
    static final int MAX_PREFIX_MATCH_CHARS = 120;
    private static final String RESOURCE = "boilerplate.txt";
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s+[|•·»]\\s+");
    private static final int MENU_MIN_ITEMS = 3;
    private static final int MENU_MAX_ITEM_WORDS = 3;

    private final Set<String> exact;
    private final List<String> prefixes;

    private Boilerplate(Set<String> exact, List<String> prefixes) {
        this.exact = Set.copyOf(exact);
        this.prefixes = List.copyOf(prefixes);
    }

    /** The list shipped in {@code boilerplate.txt}. */
    public static Boilerplate defaults() {
        return Defaults.INSTANCE;
    }

    /** A list of exactly {@code entries}, in the syntax of {@code boilerplate.txt} (comments allowed). */
    public static Boilerplate of(List<String> entries) {
        return new Boilerplate(Set.of(), List.of()).plus(entries);
    }

    /** This list plus {@code entries}, in the syntax of {@code boilerplate.txt}. */
    public Boilerplate plus(List<String> entries) {
        Set<String> e = new HashSet<>(exact);
        List<String> p = new ArrayList<>(prefixes);
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.endsWith("*")) {
                String prefix = lowerCollapsed(entry.substring(0, entry.length() - 1));
                if (!prefix.isEmpty()) {
                    p.add(prefix);
                }
            } else {
                String key = key(entry);
                if (!key.isEmpty()) {
                    e.add(key);
                }
            }
        }
        return new Boilerplate(e, p);
    }

    /** True if {@code line} (one line, or one HTML paragraph) is boilerplate. */
    public boolean isBoilerplate(String line) {
        String lower = lowerCollapsed(line);
        if (lower.isEmpty()) {
            return false;
        }
        if (exact.contains(key(lower))) {
            return true;
        }
        if (lower.length() <= MAX_PREFIX_MATCH_CHARS) {
            for (String prefix : prefixes) {
                if (lower.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return isMenu(lower);
    }

    private static boolean isMenu(String lower) {
        String[] items = MENU_SEPARATOR.split(lower);
        if (items.length < MENU_MIN_ITEMS) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || item.split(" ").length > MENU_MAX_ITEM_WORDS || item.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, whitespace collapsed, and letters/digits only at both ends ("Back to top ↑" → "back to top"). */
    private static String key(String s) {
        String lower = lowerCollapsed(s);
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetterOrDigit(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    private static String lowerCollapsed(String s) {
        return Text.normalizeSpace(s).toLowerCase(Locale.ROOT);
    }

    /** Holder idiom: the resource is read once, on first use, and the result never changes. */
    private static final class Defaults {
        static final Boilerplate INSTANCE = of(readResource());

        private static List<String> readResource() {
            try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource org/sitrep/ingest/" + RESOURCE + " missing from the classpath");
                }
                List<String> lines = new ArrayList<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
                return lines;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read org/sitrep/ingest/" + RESOURCE, e);
            }
        }
    }
}
