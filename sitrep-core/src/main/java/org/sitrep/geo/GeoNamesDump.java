package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads GeoNames dump files (the standard 19-column tab-separated layout of {@code allCountries.txt}
 * and the country files such as {@code IQ.txt}), plain or zipped as GeoNames distributes them, and
 * passes on the records sitrep keeps. Stateless and thread-safe; streams, so a file of any size is
 * read in constant memory (apart from what the sink keeps).
 *
 * <p><b>What is kept</b> ({@link #kept}): feature class P (populated places, every feature code) and
 * feature class A with feature code ADM1, ADM2, ADM3, ADMD or PCL* (countries and dependent
 * territories), in a country the bundled {@link Countries} table knows. Everything else is skipped
 * and counted.
 *
 * <p><b>Bad input</b> is reported, never thrown: a line that is not a dump record (not 19 fields, a
 * geonameid, coordinate or population that is not a number or out of range, no name) is counted as
 * malformed with its line number and skipped; a file that is missing, unreadable, not a zip archive
 * though it says so, or holds no dump, is reported in {@link FileReport#failure()}. Lines are
 * numbered from 1 within each file or zip entry; blank lines are ignored.
 */
public final class GeoNamesDump {
    /** Fields of a dump line. */
    public static final int FIELDS = 19;
    /** Malformed lines listed per file; all are counted. */
    public static final int MAX_LISTED = 5;

    private static final Set<String> KEPT_ADMIN_CODES = Set.of("ADM1", "ADM2", "ADM3", "ADMD");
    /** Files of the GeoNames download directory that share the .txt suffix but are not dumps. */
    private static final Set<String> NOT_DUMPS = Set.of("readme.txt", "iso-languagecodes.txt", "timezones.txt",
            "featurecodes_en.txt", "admin1codesascii.txt", "admin2codes.txt", "countryinfo.txt", "hierarchy.txt",
            "admincode5.txt", "alternatenames.txt", "alternatenamesv2.txt", "usertags.txt");
    /** Lines looked at to tell a dump from another text file. */
    private static final int SNIFF_LINES = 5;

    private GeoNamesDump() {}

    /** Where kept rows go, in file order. May throw an unchecked exception to stop the read (e.g. a failed write). */
    @FunctionalInterface
    public interface RowSink {
        void accept(GeoNamesRow row);
    }

    /** What one dump line is. */
    public sealed interface Line permits Kept, Skipped, Malformed {}

    /** A record sitrep keeps. */
    public record Kept(GeoNamesRow row) implements Line {}

    /** A well-formed record sitrep does not keep, with the reason ("feature A.ADM4", "unknown country 'XK'"). */
    public record Skipped(String reason) implements Line {}

    /** A line that is not a dump record, with the reason. */
    public record Malformed(String reason) implements Line {}

    /**
     * A malformed line.
     *
     * @param source the file, or {@code archive.zip!entry.txt} for a zip entry
     * @param lineNumber 1-based line number within that file or entry
     */
    public record LineProblem(String source, long lineNumber, String reason) {
        @Override
        public String toString() {
            return source + ":" + lineNumber + ": " + reason;
        }
    }

    /**
     * What reading one file did.
     *
     * @param file the file as given
     * @param linesRead non-blank lines read from its dump entries
     * @param kept rows passed to the sink
     * @param skipped well-formed rows not kept (feature or country)
     * @param malformed lines that are not dump records
     * @param firstMalformed the first {@value #MAX_LISTED} malformed lines
     * @param notes what else was passed over (a zip entry that is not a dump), for the user
     * @param failure why the file, or the rest of it, could not be read; null when it was read whole
     */
    public record FileReport(Path file, long linesRead, long kept, long skipped, long malformed,
                             List<LineProblem> firstMalformed, List<String> notes, String failure) {
        public FileReport {
            firstMalformed = List.copyOf(firstMalformed);
            notes = List.copyOf(notes);
        }

        /** True when the file was read to its end. */
        public boolean readWhole() {
            return failure == null;
        }
    }

    /**
     * Whether sitrep keeps records of this feature class and code: class P, and class A with code
     * ADM1, ADM2, ADM3, ADMD or PCL*.
     */
    public static boolean kept(String featureClass, String featureCode) {
        if ("P".equals(featureClass)) {
            return true;
        }
        return "A".equals(featureClass) && featureCode != null
                && (KEPT_ADMIN_CODES.contains(featureCode) || featureCode.startsWith("PCL"));
    }

    /**
     * Reads one dump line. Never throws on a non-null line.
     *
     * @param countries the table a row's country code must be in
     */
    public static Line parse(String line, Countries countries) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
            return new Malformed("expected " + FIELDS + " tab-separated fields, got " + f.length);
        }
        long id;
        try {
            id = Long.parseLong(f[0].strip());
        } catch (NumberFormatException e) {
            return new Malformed("geonameid is not a number: '" + abbreviate(f[0]) + "'");
        }
        if (id <= 0) {
            return new Malformed("geonameid must be > 0, was " + id);
        }
        String name = f[1].strip();
        String ascii = f[2].strip();
        if (name.isEmpty() && ascii.isEmpty()) {
            return new Malformed("geonameid " + id + " has no name");
        }
        double lat;
        double lon;
        try {
            lat = Double.parseDouble(f[4].strip());
            lon = Double.parseDouble(f[5].strip());
        } catch (NumberFormatException e) {
            return new Malformed("latitude or longitude is not a number: '" + abbreviate(f[4]) + "', '" + abbreviate(f[5]) + "'");
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            return new Malformed("latitude or longitude out of range: " + lat + ", " + lon);
        }
        long population;
        try {
            population = f[14].isBlank() ? 0 : Long.parseLong(f[14].strip());
        } catch (NumberFormatException e) {
            return new Malformed("population is not a number: '" + abbreviate(f[14]) + "'");
        }
        if (population < 0) {
            return new Malformed("population must be >= 0, was " + population);
        }
        String featureClass = f[6].strip();
        // As GazetteerBuilder: a populated place without a code is a plain PPL.
        String featureCode = f[7].isBlank() && featureClass.equals("P") ? "PPL" : f[7].strip();
        if (!kept(featureClass, featureCode)) {
            return new Skipped("feature " + featureClass + "." + featureCode);
        }
        String countryCode = f[8].strip().toUpperCase(Locale.ROOT);
        if (countries.byIso2(countryCode).isEmpty()) {
            return new Skipped("unknown country '" + countryCode + "'");
        }
        return new Kept(new GeoNamesRow(id, name.isEmpty() ? ascii : name, ascii, f[3].strip(), lat, lon,
                featureClass, featureCode, countryCode, f[10].strip(), f[11].strip(), population));
    }

    /**
     * Reads a dump file: a {@code .zip} (every {@code .txt} entry that is a dump; {@code readme.txt},
     * {@code iso-languagecodes.txt} and other non-dump entries are noted and passed over) or a
     * text file. A file is taken for a zip archive by its content (it starts with "PK"), or must be
     * one when its name ends with {@code .zip}. Never throws for bad input; exceptions thrown by
     * {@code sink} propagate.
     *
     * @param countries the table rows' country codes are checked against ({@link Countries#bundled()})
     */
    public static FileReport read(Path file, Countries countries, RowSink sink) {
        Counter counter = new Counter(countries, sink);
        if (!Files.exists(file)) {
            return counter.report(file, "no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return counter.report(file, "not a readable file");
        }
        String failure;
        try {
            boolean named = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
            failure = named || looksZipped(file) ? readZip(file, counter) : readText(file, counter);
        } catch (NoSuchFileException e) {
            failure = "no such file";
        } catch (IOException e) {
            failure = "cannot read: " + e.getMessage();
        }
        return counter.report(file, failure);
    }

    private static boolean looksZipped(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /** Returns the failure, or null. */
    private static String readText(Path file, Counter counter) throws IOException {
        // A byte that is not UTF-8 becomes U+FFFD in its line rather than failing the file.
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            return readEntry(file.toString(), in, counter) ? null
                    : "not a GeoNames dump (none of its first lines has " + FIELDS + " tab-separated fields)";
        }
    }

    private static String readZip(Path file, Counter counter) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            return "not a zip archive (" + e.getMessage() + ")";
        }
        try (zip) {
            int dumps = 0;
            List<? extends ZipEntry> entries = zip.stream().toList();
            for (ZipEntry entry : entries) {
                String name = entry.getName();
                String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || !base.endsWith(".txt") || NOT_DUMPS.contains(base)) {
                    continue;
                }
                String source = file + "!" + name;
                try (BufferedReader in = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                        StandardCharsets.UTF_8), 1 << 16)) {
                    if (readEntry(source, in, counter)) {
                        dumps++;
                    } else {
                        counter.notes.add(source + ": not a GeoNames dump, passed over");
                    }
                } catch (ZipException e) {
                    return name + " is damaged after line " + counter.lineNo + " (" + e.getMessage() + ")";
                }
            }
            return dumps == 0 ? "no GeoNames dump (.txt with " + FIELDS + " tab-separated fields) inside" : null;
        }
    }

    /**
     * Reads one dump file or entry; returns false, having passed nothing on, when none of its first
     * {@value #SNIFF_LINES} non-blank lines has {@value #FIELDS} fields (then it is no dump).
     */
    private static boolean readEntry(String source, BufferedReader in, Counter counter) throws IOException {
        List<String> head = new ArrayList<>(SNIFF_LINES);
        List<Long> headNumbers = new ArrayList<>(SNIFF_LINES);
        long lineNo = 0;
        String line;
        while (head.size() < SNIFF_LINES && (line = in.readLine()) != null) {
            lineNo++;
            if (!line.isBlank()) {
                head.add(line);
                headNumbers.add(lineNo);
            }
        }
        if (!head.isEmpty() && head.stream().noneMatch(l -> l.split("\t", -1).length == FIELDS)) {
            return false;
        }
        for (int i = 0; i < head.size(); i++) {
            counter.line(source, headNumbers.get(i), head.get(i));
        }
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (!line.isBlank()) {
                counter.line(source, lineNo, line);
            }
        }
        return !head.isEmpty();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** Counts of one file's read. Not thread-safe; one per {@link #read} call. */
    private static final class Counter {
        final Countries countries;
        final RowSink sink;
        final List<LineProblem> problems = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        long lines;
        long kept;
        long skipped;
        long malformed;
        long lineNo;

        Counter(Countries countries, RowSink sink) {
            this.countries = countries;
            this.sink = sink;
        }

        void line(String source, long number, String line) {
            lines++;
            lineNo = number;
            Line parsed = parse(line, countries);
            if (parsed instanceof Kept k) {
                sink.accept(k.row());
                kept++;
            } else if (parsed instanceof Skipped) {
                skipped++;
            } else if (parsed instanceof Malformed m) {
                malformed++;
                if (problems.size() < MAX_LISTED) {
                    problems.add(new LineProblem(source, number, m.reason()));
                }
            }
        }

        FileReport report(Path file, String failure) {
            return new FileReport(file, lines, kept, skipped, malformed, problems, notes, failure);
        }
    }
}
