package org.sitrep.ingest;

import org.sitrep.model.Article;
import org.sitrep.model.Issue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The ingest stage's entry point: files, directories and in-memory documents → articles and issues.
 *
 * <p><b>Formats</b> by file-name extension (case ignored): {@code .txt}/{@code .text} →
 * {@link PlainTextReader}; {@code .html}/{@code .htm}/{@code .xhtml} → {@link HtmlReader};
 * {@code .jsonl}/{@code .ndjson} → {@link JsonLinesReader}; {@code .warc}/{@code .warc.gz} →
 * {@link WarcFileReader} (streamed record by record: {@link Options#maxFileBytes()} bounds each
 * page, not the file). Names ending {@code .events.jsonl} are
 * sitrep event files (golden outputs), not articles: they are skipped without an issue. Any other
 * name is sniffed: HTML if the text starts with {@code <!doctype html}, {@code <html} or has a
 * {@code <body} tag; JSON Lines if its first non-blank line starts with {@code {}; else plain text.
 * Decoding (UTF-8, UTF-16 with BOM, windows-1252 fallback) is described on the readers.
 *
 * <p><b>Paths.</b> Each path is read in the given order; a directory is read recursively, entries
 * in order of file name (so runs are deterministic), skipping names that start with {@code .}
 * (.git, .DS_Store) and directories already visited through a link. Problems become issues whose
 * message starts with the path, and the run goes on: {@link IngestIssues#MISSING},
 * {@link IngestIssues#IO}, {@link IngestIssues#TOO_LARGE} (over {@link Options#maxFileBytes()},
 * not read), {@link IngestIssues#EMPTY} (also for a directory without article files), and the
 * readers' codes. Duplicates are not removed here.
 *
 * <p>Immutable and thread-safe; a single instance may read from many threads.
 */
public final class Ingest {
    /**
     * @param maxFileBytes larger inputs are not read ({@link IngestIssues#TOO_LARGE}); 1 to {@value #MAX_ARRAY_BYTES}
     * @param boilerplate lines dropped by the text and HTML readers
     */
    public record Options(long maxFileBytes, Boilerplate boilerplate) {
        public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
        /** Java arrays cannot be larger. */
        public static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

        public Options {
            if (maxFileBytes < 1 || maxFileBytes > MAX_ARRAY_BYTES) {
                throw new IllegalArgumentException("maxFileBytes must be in [1, " + MAX_ARRAY_BYTES + "], was " + maxFileBytes);
            }
            Objects.requireNonNull(boilerplate, "boilerplate");
        }

        /** 20 MB per file, the shipped boilerplate list. */
        public static Options defaults() {
            return new Options(DEFAULT_MAX_FILE_BYTES, Boilerplate.defaults());
        }

        public Options withMaxFileBytes(long bytes) {
            return new Options(bytes, boilerplate);
        }

        public Options withBoilerplate(Boilerplate list) {
            return new Options(maxFileBytes, list);
        }
    }

    private enum Format { TEXT, HTML, JSONL }

    private static final String EVENTS_SUFFIX = ".events.jsonl";
    private static final int SNIFF_CHARS = 64 * 1024;

    private final Options options;
    private final PlainTextReader textReader;
    private final HtmlReader htmlReader;
    private final JsonLinesReader jsonLinesReader = new JsonLinesReader();
    private final WarcFileReader warcReader;

    public Ingest() {
        this(Options.defaults());
    }

    public Ingest(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.textReader = new PlainTextReader(options.boilerplate());
        this.htmlReader = new HtmlReader(options.boilerplate());
        this.warcReader = new WarcFileReader(htmlReader, options.maxFileBytes());
    }

    /** Reads files and directories (recursively); never throws on a bad path or bad content. */
    public IngestResult read(List<Path> paths) {
        Run run = new Run();
        for (Path path : paths) {
            Objects.requireNonNull(path, "path");
            if (Files.isDirectory(path)) {
                int before = run.filesSeen;
                walk(path, run, new HashSet<>());
                if (run.filesSeen == before) {
                    run.issues.add(new Issue(IngestIssues.EMPTY, null, path + ": directory holds no article files"));
                }
            } else {
                readFile(path, run);
            }
        }
        return new IngestResult(run.articles, run.issues);
    }

    /**
     * Reads one in-memory document, choosing the reader by {@link SourceDocument#name()} as for
     * files (query and fragment of a URL name are ignored). A document named {@code *.events.jsonl}
     * gives an empty result. A WARC document is read record by record; {@link Options#maxFileBytes()}
     * then bounds each page in it.
     */
    public IngestResult read(SourceDocument document) {
        String name = document.name();
        if (isEventsFile(name)) {
            return new IngestResult(List.of(), List.of());
        }
        if (WarcFileReader.isWarcName(baseName(name))) {
            return readWarc(name, () -> warcReader.read(new ByteArrayInputStream(document.bytes()), name));
        }
        if (document.bytes().length > options.maxFileBytes()) {
            return IngestResult.failed(tooLarge(name, document.bytes().length));
        }
        try {
            Format format = formatOf(name);
            if (format == null) {
                TextDecoder.Decoding decoded = TextDecoder.decode(document, HtmlReader.declaredCharset(document.bytes()));
                if (!decoded.ok()) {
                    return IngestResult.failed(decoded.issue());
                }
                format = sniff(decoded.text());
            }
            return switch (format) {
                case TEXT -> textReader.read(document);
                case HTML -> htmlReader.read(document);
                case JSONL -> jsonLinesReader.read(document);
            };
        } catch (RuntimeException e) {
            // A reader bug must cost one document, not the run.
            return IngestResult.failed(new Issue(IngestIssues.INTERNAL, null, name + ": internal error while reading: " + e));
        }
    }

    /** Mutable accumulator of one {@link #read(List)} call; confined to that call's thread. */
    private static final class Run {
        final List<Article> articles = new ArrayList<>();
        final List<Issue> issues = new ArrayList<>();
        int filesSeen;

        void add(IngestResult result) {
            articles.addAll(result.articles());
            issues.addAll(result.issues());
        }
    }

    private void walk(Path dir, Run run, Set<Path> visited) {
        try {
            if (!visited.add(dir.toRealPath())) {
                return;
            }
        } catch (IOException e) {
            run.issues.add(ioIssue(dir, e));
            return;
        }
        List<Path> entries;
        try (Stream<Path> listing = Files.list(dir)) {
            entries = listing.sorted(Comparator.comparing((Path p) -> String.valueOf(p.getFileName()))).toList();
        } catch (IOException | RuntimeException e) {
            // Files.list wraps errors met while iterating in UncheckedIOException.
            run.issues.add(new Issue(IngestIssues.IO, null, dir + ": cannot list directory: " + e.getMessage()));
            return;
        }
        for (Path entry : entries) {
            String name = String.valueOf(entry.getFileName());
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                walk(entry, run, visited);
            } else {
                readFile(entry, run);
            }
        }
    }

    private void readFile(Path path, Run run) {
        String name = path.toString();
        if (isEventsFile(name)) {
            return;
        }
        run.filesSeen++;
        if (!Files.exists(path)) {
            run.issues.add(new Issue(IngestIssues.MISSING, null, name + ": no such file" + (Files.isSymbolicLink(path) ? " (broken link)" : "")));
            return;
        }
        if (!Files.isRegularFile(path)) {
            run.issues.add(new Issue(IngestIssues.IO, null, name + ": not a regular file"));
            return;
        }
        if (WarcFileReader.isWarcName(baseName(name))) {
            run.add(readWarc(name, () -> warcReader.read(path, name)));
            return;
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > options.maxFileBytes()) {
                run.issues.add(tooLarge(name, size));
                return;
            }
            try (InputStream in = Files.newInputStream(path)) {
                // Bounded read: the file may have grown since its size was taken.
                bytes = in.readNBytes((int) options.maxFileBytes() + 1);
            }
        } catch (NoSuchFileException e) {
            run.issues.add(new Issue(IngestIssues.MISSING, null, name + ": no such file"));
            return;
        } catch (IOException | SecurityException e) {
            run.issues.add(ioIssue(path, e));
            return;
        }
        if (bytes.length > options.maxFileBytes()) {
            run.issues.add(tooLarge(name, bytes.length));
            return;
        }
        run.add(read(new SourceDocument(name, bytes)));
    }

    private static IngestResult readWarc(String name, Supplier<WarcFileReader.Result> reading) {
        try {
            return reading.get().result();
        } catch (RuntimeException e) {
            // A reader bug must cost one file, not the run.
            return IngestResult.failed(new Issue(IngestIssues.INTERNAL, null, name + ": internal error while reading: " + e));
        }
    }

    private static Issue ioIssue(Path path, Exception e) {
        String reason = e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new Issue(IngestIssues.IO, null, path + ": cannot read (" + reason + ")");
    }

    private Issue tooLarge(String name, long bytes) {
        return new Issue(IngestIssues.TOO_LARGE, null, name + ": " + bytes + " bytes, over the limit of " + options.maxFileBytes() + "; not read");
    }

    static boolean isEventsFile(String name) {
        return baseName(name).endsWith(EVENTS_SUFFIX);
    }

    /** The format named by the extension, or null if the name does not say. */
    private static Format formatOf(String name) {
        String base = baseName(name);
        int dot = base.lastIndexOf('.');
        String extension = dot < 0 ? "" : base.substring(dot + 1);
        return switch (extension) {
            case "txt", "text" -> Format.TEXT;
            case "html", "htm", "xhtml" -> Format.HTML;
            case "jsonl", "ndjson" -> Format.JSONL;
            default -> null;
        };
    }

    /** Lower-case last path segment, without a URL's query or fragment. */
    private static String baseName(String name) {
        String s = name;
        int cut = s.indexOf('?');
        if (cut < 0) {
            cut = s.indexOf('#');
        }
        if (cut >= 0 && s.contains("://")) {
            s = s.substring(0, cut);
        }
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return s.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    private static Format sniff(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) {
            return Format.HTML;
        }
        if (head.startsWith("{")) {
            return Format.JSONL;
        }
        return Format.TEXT;
    }
}
