package org.sitrep.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.Article;
import org.sitrep.model.Issue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads WARC files ({@code .warc}, or {@code .warc.gz} gzipped record by record, as Common Crawl's
 * CC-NEWS ships them) with jwarc, one record at a time: a file is streamed, never held in memory;
 * only one page body (at most {@code maxPageBytes}) is in memory at a time.
 *
 * <p><b>What becomes an article.</b> Every {@code response} record whose HTTP status is 200 and
 * whose HTTP {@code Content-Type} is {@code text/html} or {@code application/xhtml+xml}. Its body
 * (chunked and {@code Content-Encoding} undone) is read exactly as {@link HtmlReader} reads an
 * {@code .html} file — main text, title, canonical URL, outlet, publication date — with the record's
 * {@code WARC-Target-URI} standing in as the URL when the page names no canonical one (so the
 * {@link ArticleIds id} is the canonical or target URL's, stable across runs). Charset: the HTTP
 * {@code Content-Type} charset, else the page's {@code <meta charset>}, tried by {@link TextDecoder}
 * when the bytes are not UTF-8.
 *
 * <p><b>Dates.</b> {@code WARC-Date} is never used as the publication date. It is the crawl date:
 * CC-NEWS crawls a page hours to weeks after it was published, and sitrep codes events by their
 * date (as ACLED does), which is derived from the publication date. A wrong date misplaces an event
 * silently; a missing one is visible (the event gets no date or the coder's fallback). So a page
 * without a publication date of its own gives an article without one.
 *
 * <p><b>Skipped silently</b> (not problems, only counted in {@link Result#skippedRecords()}):
 * {@code warcinfo}, {@code request}, {@code metadata}, {@code revisit}, {@code resource} and other
 * non-response records; responses whose status is not 200, or that are not HTML, or not HTTP.
 *
 * <p><b>Problems</b> become issues whose message starts with the file name, then the record's
 * number (1-based, counting every record) and byte offset in the file (the offset of its gzip
 * member for {@code .warc.gz}; for a record whose WARC header cannot be read, the offset of the
 * record before it, as the bad one's start is not known): a record whose HTTP message or body cannot be read, or whose page is
 * over {@code maxPageBytes} ({@link IngestIssues#TOO_LARGE}), costs that record only, and reading
 * goes on with the next one. A broken WARC framing — a truncated file, a corrupt gzip member, a
 * header that is not WARC — ends the reading of that file ({@link IngestIssues#WARC}); the articles
 * read before it are kept. A file without records is {@link IngestIssues#EMPTY}. The HTML reader's own issues ({@link IngestIssues#NO_TEXT},
 * {@link IngestIssues#TRUNCATED}, ...) are kept, their message naming the file and record too.
 *
 * <p>Never throws on bad input. Immutable and thread-safe.
 */
final class WarcFileReader {
    /** The articles and issues of one WARC file, plus how many records were skipped as not articles. */
    record Result(IngestResult result, int records, int skippedRecords) {}

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final int HTTP_OK = 200;

    private final HtmlReader htmlReader;
    private final long maxPageBytes;

    /**
     * @param htmlReader reads each page
     * @param maxPageBytes a page body over this many bytes is not read ({@link IngestIssues#TOO_LARGE}); at most {@link Ingest.Options#MAX_ARRAY_BYTES}
     */
    WarcFileReader(HtmlReader htmlReader, long maxPageBytes) {
        this.htmlReader = Objects.requireNonNull(htmlReader, "htmlReader");
        if (maxPageBytes < 1 || maxPageBytes > Ingest.Options.MAX_ARRAY_BYTES) {
            throw new IllegalArgumentException("maxPageBytes out of range: " + maxPageBytes);
        }
        this.maxPageBytes = maxPageBytes;
    }

    /** True for names ending {@code .warc} or {@code .warc.gz} (case ignored). */
    static boolean isWarcName(String baseName) {
        String s = baseName.toLowerCase(Locale.ROOT);
        return s.endsWith(".warc") || s.endsWith(".warc.gz");
    }

    /** Streams the file at {@code path}; {@code name} starts every issue message. */
    Result read(Path path, String name) {
        return open(() -> new WarcReader(path), name);
    }

    /** Streams {@code in} (not closed here); {@code name} starts every issue message. */
    Result read(InputStream in, String name) {
        return open(() -> new WarcReader(in), name);
    }

    /** Opens a WARC reader; jwarc sniffs the format (and gzip) as it opens. */
    @FunctionalInterface
    private interface Opener {
        WarcReader open() throws IOException;
    }

    private Result open(Opener opener, String name) {
        WarcReader reader;
        try {
            reader = opener.open();
        } catch (IOException | RuntimeException e) {
            return new Result(IngestResult.failed(new Issue(IngestIssues.WARC, null, name + ": not a readable WARC file (" + describe(e) + ")")), 0, 0);
        }
        return readAll(reader, name);
    }

    private Result readAll(WarcReader reader, String name) {
        List<Article> articles = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        int number = 0;
        int skipped = 0;
        try (reader) {
            while (true) {
                long offset = reader.position();
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // The framing is lost: we cannot know where the next record starts.
                    // jwarc's position is still the start of the last record returned: name the one after it.
                    String at = number == 0 ? where(name, 1, offset) : name + ": record " + (number + 1) + " (after the record at byte offset " + offset + ")";
                    issues.add(new Issue(IngestIssues.WARC, null, at
                            + ": unreadable WARC record, rest of the file not read (" + describe(e) + ")"));
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                number++;
                WarcRecord record = next.get();
                String at = where(name, number, record.position());
                IngestResult page;
                try {
                    page = readRecord(record, at);
                } catch (IOException | RuntimeException e) {
                    // A bad HTTP message or body; the WARC framing around it may still be sound.
                    issues.add(new Issue(IngestIssues.WARC, null, at + ": record not read (" + describe(e) + ")"));
                    continue;
                }
                if (page == null) {
                    skipped++;
                } else {
                    articles.addAll(page.articles());
                    issues.addAll(page.issues());
                }
            }
        } catch (IOException e) {
            // Closing failed after everything was read; nothing is lost.
        }
        if (number == 0 && issues.isEmpty()) {
            issues.add(new Issue(IngestIssues.EMPTY, null, name + ": no WARC records"));
        }
        return new Result(new IngestResult(articles, issues), number, skipped);
    }

    /** The page of an HTML 200 response, or null if the record is not one (skipped without an issue). */
    private IngestResult readRecord(WarcRecord record, String at) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return null;
        }
        MediaType blockType = response.contentType();
        if (!blockType.type().equalsIgnoreCase("application") || !blockType.subtype().equalsIgnoreCase("http")) {
            return null;
        }
        HttpResponse http = response.http();
        if (http.status() != HTTP_OK) {
            return null;
        }
        MediaType type = http.contentType();
        if (type == null || !HTML_TYPES.contains((type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT))) {
            return null;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) maxPageBytes + 1);
        }
        if (body.length > maxPageBytes) {
            return IngestResult.failed(new Issue(IngestIssues.TOO_LARGE, null, at + ": page over the limit of " + maxPageBytes + " bytes; not read"));
        }
        String target = response.target();
        String uri = Urls.httpUrlOrNull(target);
        String docName = uri != null ? uri : at;
        Charset declared = httpCharset(type);
        if (declared == null) {
            declared = HtmlReader.declaredCharset(body);
        }
        IngestResult page = htmlReader.read(new SourceDocument(docName, body), declared);
        return renamed(page, docName, at + " (" + target + ")");
    }

    /** The charset named by the HTTP Content-Type, if Java has it and it is not UTF-8 (always tried first). */
    static Charset httpCharset(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name.strip().replace("\"", ""));
            return charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16") ? null : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The HTML reader's issues start with the page's URL; they are made to start with the file and record. */
    private static IngestResult renamed(IngestResult page, String docName, String location) {
        if (page.issues().isEmpty()) {
            return page;
        }
        List<Issue> issues = new ArrayList<>(page.issues().size());
        for (Issue issue : page.issues()) {
            String message = issue.message();
            message = message.startsWith(docName) ? location + message.substring(docName.length()) : location + ": " + message;
            issues.add(new Issue(issue.code(), issue.span(), message));
        }
        return new IngestResult(page.articles(), issues);
    }

    private static String where(String name, int number, long offset) {
        return name + ": record " + number + " at byte offset " + offset;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
