package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds sitrep's bundled gazetteer from a GeoNames extract: run by {@code tools/build-gazetteer.sh},
 * never at run time. Single-threaded; not meant for concurrent use.
 *
 * <p>Input (in one directory, GeoNames' standard tab-separated layouts): {@code cities500.txt}
 * (or any cities/allCountries-style file given by name), {@code admin1CodesASCII.txt},
 * {@code admin2Codes.txt}, {@code countryInfo.tsv}. Output: {@value #GAZETTEER_FILE} (gzipped TSV,
 * see {@link Gazetteer} for the layout) and {@value Countries#COUNTRIES_RESOURCE}.
 *
 * <p>What is kept: every populated place; a first-level (ADM1) and a second-level (ADM2) division
 * for each admin code that has at least one place, at the spherical mean of its places' positions;
 * a PCLI place per country at its capital. Alternate names are kept when written in Latin or
 * Arabic script, with a capital letter if Latin (GeoNames' lower-case entries are machine
 * romanisations), without digits or links, and not an all-capitals code of up to five letters
 * (airport codes); they are stored as {@link NameKeys#key} keys only. The keys are made by
 * {@link PlaceKeys}, which {@link Gazetteer#extendedWith} uses for imported GeoNames rows too.
 */
public final class GazetteerBuilder {
    /** File name of the gazetteer resource. */
    public static final String GAZETTEER_FILE = "gazetteer.tsv.gz";
    /** First line of the gazetteer resource, followed by the key version. */
    static final String HEADER_PREFIX = "#sitrep-gazetteer\tformat=1\tkeys=";

    /** Representative points for the few countries GeoNames gives no capital or place for. */
    private static final Map<String, double[]> COUNTRY_POINT_FALLBACK = Map.of(
            "AQ", new double[] {-75.0, 0.0}, "BV", new double[] {-54.43, 3.38},
            "HM", new double[] {-53.1, 73.51}, "IO", new double[] {-7.31, 72.41},
            "UM", new double[] {19.28, 166.65}, "CS", new double[] {44.80, 20.47},
            "AN", new double[] {12.11, -68.93});

    /**
     * Middle points of countries ({@code isoNumeric lat lon name}), derived from Natural Earth by
     * {@code tools/country-centers.py}. A country's point is where a map shows "somewhere in Syria"
     * and where GeoNames and geoparsing gold put a country: its middle, not its capital.
     */
    static final String COUNTRY_CENTERS_RESOURCE = "country-centers.tsv";

    /** File name of the generated list of English words that are also place names. */
    public static final String COMMON_WORDS_FILE = "toponym-common-words.txt";

    /** Counts of what a build wrote, for the tool's log and for tests. */
    public record Stats(int places, int provinces, int districts, int countries, int keys) {}

    private record CountryRow(String iso2, String iso3, int isoNumeric, String name, String capital,
                              long population, String continent, long geonameId) {}

    private record AdminRow(String code, String name, String asciiName, long geonameId) {}

    /**
     * The places of one unit: their spherical mean (summing unit vectors survives the antimeridian)
     * and the middle of their extent, which is where GeoNames and maps put a province or district —
     * the mean leans toward where most villages are (southern Ontario, not Ontario's middle).
     */
    private static final class Centroid {
        /** Share of places cut at each end of the extent, so that one far-off island does not move the middle. */
        static final double TRIM = 0.02;

        double x;
        double y;
        double z;
        long population;
        int members;
        private double[] lats = new double[8];
        private double[] lons = new double[8];

        void add(double lat, double lon, long pop) {
            if (members == lats.length) {
                lats = Arrays.copyOf(lats, members * 2);
                lons = Arrays.copyOf(lons, members * 2);
            }
            lats[members] = lat;
            lons[members] = lon;
            double la = Math.toRadians(lat);
            double lo = Math.toRadians(lon);
            x += Math.cos(la) * Math.cos(lo);
            y += Math.cos(la) * Math.sin(lo);
            z += Math.sin(la);
            population += pop;
            members++;
        }

        double lat() {
            return Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
        }

        double lon() {
            return Math.toDegrees(Math.atan2(y, x));
        }

        /** Latitude of the middle of the trimmed extent. */
        double middleLat() {
            return middle(Arrays.copyOf(lats, members));
        }

        /** Longitude of the middle of the trimmed extent, measured around the mean so that a unit across the antimeridian stays whole. */
        double middleLon() {
            double mean = lon();
            double[] shifted = new double[members];
            for (int i = 0; i < members; i++) {
                double d = lons[i] - mean;
                shifted[i] = d > 180 ? d - 360 : d < -180 ? d + 360 : d;
            }
            double lon = mean + middle(shifted);
            return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        }

        private static double middle(double[] values) {
            Arrays.sort(values);
            int cut = (int) Math.floor(values.length * TRIM);
            return (values[cut] + values[values.length - 1 - cut]) / 2;
        }
    }

    private GazetteerBuilder() {}

    /**
     * Command line: {@code GazetteerBuilder <geonames-dir> <out-dir> [cities-file-name [word-list]]}.
     * With a word list (one word a line, e.g. /usr/share/dict/words) it also writes
     * {@value #COMMON_WORDS_FILE}. Exit status 2 on bad arguments, 1 on an I/O error.
     */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: GazetteerBuilder <geonames-dir> <out-dir> [cities-file, default cities500.txt [word-list]]");
            System.exit(2);
        }
        String citiesFile = args.length >= 3 ? args[2] : "cities500.txt";
        try {
            long t0 = System.nanoTime();
            Path outDir = Path.of(args[1]);
            Stats stats = build(Path.of(args[0]), citiesFile, outDir,
                    GeoResources.lines(Countries.ALIASES_RESOURCE));
            System.err.printf(Locale.ROOT, "wrote %s in %.1f s%n", stats, (System.nanoTime() - t0) / 1e9);
            if (args.length == 4) {
                int words = writeCommonWords(Path.of(args[3]), outDir.resolve(GAZETTEER_FILE),
                        outDir.resolve(COMMON_WORDS_FILE));
                System.err.printf(Locale.ROOT, "wrote %d common words that are place names%n", words);
            }
        } catch (UncheckedIOException e) {
            System.err.println("gazetteer build failed: " + e.getCause().getMessage());
            System.exit(1);
        }
    }

    /**
     * Reads the GeoNames files in {@code geonamesDir} and writes {@value #GAZETTEER_FILE} and
     * {@value Countries#COUNTRIES_RESOURCE} into {@code outDir} (created if missing).
     *
     * @param countryAliasLines lines of {@code country-aliases.tsv} ({@code ISO3 \t alias}); their
     *     names become keys of the country places
     * @throws UncheckedIOException when a file cannot be read or written
     * @throws IllegalArgumentException when a GeoNames line is malformed
     */
    public static Stats build(Path geonamesDir, String citiesFile, Path outDir, List<String> countryAliasLines) {
        try {
            Files.createDirectories(outDir);
            Map<String, CountryRow> countries = readCountries(geonamesDir.resolve("countryInfo.tsv"));
            Map<String, AdminRow> admin1 = readAdmin(geonamesDir.resolve("admin1CodesASCII.txt"));
            Map<String, AdminRow> admin2 = readAdmin(geonamesDir.resolve("admin2Codes.txt"));
            return write(geonamesDir.resolve(citiesFile), outDir, countries, admin1, admin2, countryAliasLines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stats write(Path cities, Path outDir, Map<String, CountryRow> countries,
                               Map<String, AdminRow> admin1, Map<String, AdminRow> admin2,
                               List<String> countryAliasLines) throws IOException {
        Map<String, Centroid> admin1Centroids = new LinkedHashMap<>();
        Map<String, Centroid> admin2Centroids = new LinkedHashMap<>();
        Map<String, double[]> capitals = new HashMap<>();
        Map<String, double[]> byCapitalName = new HashMap<>();
        Map<String, Centroid> countryCentroids = new HashMap<>();
        int places = 0;
        int keys = 0;
        Path gazetteer = outDir.resolve(GAZETTEER_FILE);
        try (OutputStream raw = Files.newOutputStream(gazetteer);
             Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw, 1 << 16), StandardCharsets.UTF_8));
             BufferedReader in = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
            out.write(HEADER_PREFIX + NameKeys.VERSION + "\n");
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    throw new IllegalArgumentException(cities + ":" + lineNo + ": expected 19 columns, got " + f.length);
                }
                CountryRow country = countries.get(f[8]);
                if (country == null) {
                    continue; // a place in no listed country cannot be given an ISO3 code
                }
                double lat = Double.parseDouble(f[4]);
                double lon = Double.parseDouble(f[5]);
                long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                String a1Code = f[8] + "." + f[10];
                String a2Code = a1Code + "." + f[11];
                AdminRow a1 = f[10].isEmpty() ? null : admin1.get(a1Code);
                AdminRow a2 = a1 == null || f[11].isEmpty() ? null : admin2.get(a2Code);
                if (a1 != null) {
                    admin1Centroids.computeIfAbsent(a1Code, k -> new Centroid()).add(lat, lon, pop);
                }
                if (a2 != null) {
                    admin2Centroids.computeIfAbsent(a2Code, k -> new Centroid()).add(lat, lon, pop);
                }
                countryCentroids.computeIfAbsent(f[8], k -> new Centroid()).add(lat, lon, pop);
                String featureCode = f[7].isEmpty() ? "PPL" : f[7];
                if (featureCode.equals("PPLC")) {
                    double[] prev = capitals.get(f[8]);
                    if (prev == null || prev[2] < pop) {
                        capitals.put(f[8], new double[] {lat, lon, pop});
                    }
                }
                if (f[1].equals(country.capital()) || f[2].equals(country.capital())) {
                    byCapitalName.putIfAbsent(f[8], new double[] {lat, lon});
                }
                Set<String> nameKeys = PlaceKeys.placeKeys(f[1], f[2], f[3]);
                if (nameKeys.isEmpty()) {
                    continue;
                }
                String name = f[2].isBlank() ? f[1] : f[2];
                writeRow(out, Long.parseLong(f[0]), name, lat, lon, country.iso3(),
                        a1 == null ? "" : a1.asciiName(), a2 == null ? "" : a2.asciiName(), featureCode, pop, nameKeys);
                places++;
                keys += nameKeys.size();
            }
            int provinces = 0;
            for (Map.Entry<String, Centroid> e : admin1Centroids.entrySet()) {
                AdminRow a1 = admin1.get(e.getKey());
                Centroid c = e.getValue();
                Set<String> nameKeys = PlaceKeys.adminKeys(a1.name(), a1.asciiName());
                writeRow(out, a1.geonameId(), a1.asciiName(), c.middleLat(), c.middleLon(),
                        countries.get(countryOf(e.getKey())).iso3(), a1.asciiName(), "", "ADM1", c.population, nameKeys);
                provinces++;
                keys += nameKeys.size();
            }
            int districts = 0;
            for (Map.Entry<String, Centroid> e : admin2Centroids.entrySet()) {
                AdminRow a2 = admin2.get(e.getKey());
                String code = e.getKey();
                AdminRow a1 = admin1.get(code.substring(0, code.lastIndexOf('.')));
                Centroid c = e.getValue();
                Set<String> nameKeys = PlaceKeys.adminKeys(a2.name(), a2.asciiName());
                writeRow(out, a2.geonameId(), a2.asciiName(), c.middleLat(), c.middleLon(),
                        countries.get(countryOf(code)).iso3(), a1.asciiName(), a2.asciiName(), "ADM2", c.population, nameKeys);
                districts++;
                keys += nameKeys.size();
            }
            Map<String, List<String>> aliases = countryAliases(countryAliasLines);
            List<String> countryLines = new ArrayList<>();
            countryLines.add("# iso2\tiso3\tisoNumeric\tname\tcontinent\tpopulation\tlat\tlon"
                    + "  (GeoNames countryInfo, CC BY 4.0; point = middle of the country (" + COUNTRY_CENTERS_RESOURCE
                    + "), else its capital)");
            Map<Integer, double[]> centers = countryCenters(GeoResources.lines(COUNTRY_CENTERS_RESOURCE));
            for (CountryRow country : countries.values()) {
                double[] center = centers.get(country.isoNumeric());
                double[] point = center != null ? center : countryPoint(country, capitals, byCapitalName, countryCentroids);
                Set<String> nameKeys = new LinkedHashSet<>();
                PlaceKeys.addKey(nameKeys, country.name());
                for (String alias : aliases.getOrDefault(country.iso3(), List.of())) {
                    PlaceKeys.addKey(nameKeys, alias);
                }
                writeRow(out, country.geonameId(), country.name(), point[0], point[1], country.iso3(), "", "",
                        "PCLI", country.population(), nameKeys);
                keys += nameKeys.size();
                countryLines.add(String.join("\t", country.iso2(), country.iso3(), Integer.toString(country.isoNumeric()),
                        country.name(), country.continent(), Long.toString(country.population()),
                        coordinate(point[0]), coordinate(point[1])));
            }
            Files.write(outDir.resolve(Countries.COUNTRIES_RESOURCE), countryLines, StandardCharsets.UTF_8);
            return new Stats(places, provinces, districts, countries.size(), keys);
        }
    }

    /**
     * Writes the lower-case words of {@code wordList} that are one-word place keys of the gazetteer
     * (not countries) to {@code out}: ToponymMatcher takes these only mid-sentence, in running text.
     *
     * @return the number of words written
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public static int writeCommonWords(Path wordList, Path gazetteerGz, Path out) {
        try {
            Set<String> placeKeys = new HashSet<>();
            Set<String> countryKeys = new HashSet<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(gazetteerGz)), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    Set<String> target = f[7].equals("PCLI") ? countryKeys : placeKeys;
                    for (String key : f[9].split("\\|")) {
                        if (key.indexOf(' ') < 0) {
                            target.add(key);
                        }
                    }
                }
            }
            TreeSet<String> common = new TreeSet<>();
            for (String word : Files.readAllLines(wordList, StandardCharsets.UTF_8)) {
                // Only words the list writes in lower case: "china" and "turkey" yes, "Paris" no.
                if (word.length() >= 2 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')
                        && placeKeys.contains(word) && !countryKeys.contains(word)) {
                    common.add(word);
                }
            }
            List<String> lines = new ArrayList<>();
            lines.add("# Generated by GazetteerBuilder from an English word list (wamerican) and the gazetteer:");
            lines.add("# lower-case English words that are also one-word place names. ToponymMatcher takes them");
            lines.add("# as places only inside a sentence of running text. Regenerate with tools/build-gazetteer.sh.");
            lines.addAll(common);
            Files.write(out, lines, StandardCharsets.UTF_8);
            return common.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] countryPoint(CountryRow country, Map<String, double[]> capitals,
                                         Map<String, double[]> byCapitalName, Map<String, Centroid> centroids) {
        double[] capital = capitals.get(country.iso2());
        if (capital != null) {
            return capital;
        }
        double[] named = byCapitalName.get(country.iso2());
        if (named != null) {
            return named;
        }
        double[] fallback = COUNTRY_POINT_FALLBACK.get(country.iso2());
        if (fallback != null) {
            return fallback;
        }
        Centroid c = centroids.get(country.iso2());
        // Last resort for a country with no capital and no listed point: 0,0 would be an invented place.
        return c == null ? new double[] {0, 0} : new double[] {c.lat(), c.lon()};
    }

    private static Map<Integer, double[]> countryCenters(List<String> lines) {
        Map<Integer, double[]> centers = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                centers.put(Integer.parseInt(f[0]), new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(COUNTRY_CENTERS_RESOURCE + ": bad line: " + line, e);
            }
        }
        return centers;
    }

    private static String countryOf(String adminCode) {
        return adminCode.substring(0, adminCode.indexOf('.'));
    }

    private static Map<String, List<String>> countryAliases(List<String> lines) {
        Map<String, List<String>> aliases = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length == 2) {
                aliases.computeIfAbsent(f[0].trim(), k -> new ArrayList<>()).add(f[1].trim());
            }
        }
        return aliases;
    }

    private static void writeRow(Writer out, long id, String name, double lat, double lon, String iso3, String admin1,
                                 String admin2, String featureCode, long population, Set<String> keys) throws IOException {
        out.write(Long.toString(id));
        out.write('\t');
        out.write(clean(name));
        out.write('\t');
        out.write(coordinate(lat));
        out.write('\t');
        out.write(coordinate(lon));
        out.write('\t');
        out.write(iso3);
        out.write('\t');
        out.write(clean(admin1));
        out.write('\t');
        out.write(clean(admin2));
        out.write('\t');
        out.write(featureCode);
        out.write('\t');
        out.write(Long.toString(population));
        out.write('\t');
        out.write(String.join("|", keys));
        out.write('\n');
    }

    private static String clean(String field) {
        return field.replace('\t', ' ').replace('\n', ' ').replace('|', ' ').strip();
    }

    private static String coordinate(double degrees) {
        // 5 decimals is about 1 m: finer than any gazetteer point means.
        return String.format(Locale.ROOT, "%.5f", degrees);
    }

    private static Map<String, CountryRow> readCountries(Path file) throws IOException {
        Map<String, CountryRow> countries = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 17) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": expected 19 columns, got " + f.length);
            }
            countries.put(f[0].strip(), new CountryRow(f[0].strip(), f[1].strip(), Integer.parseInt(f[2].strip()),
                    f[4].strip(), f[5].strip(), f[7].isBlank() ? 0 : Long.parseLong(f[7].strip()), f[8].strip(),
                    f[16].isBlank() ? 0 : Long.parseLong(f[16].strip())));
        }
        return countries;
    }

    private static Map<String, AdminRow> readAdmin(Path file) throws IOException {
        Map<String, AdminRow> rows = new HashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": expected 4 columns, got " + f.length);
            }
            String ascii = f[2].isBlank() ? f[1] : f[2];
            rows.put(f[0], new AdminRow(f[0], f[1], ascii, Long.parseLong(f[3].strip())));
        }
        return rows;
    }
}
