package org.sitrep.ingest;

/**
 * The {@link org.sitrep.model.Issue#code() issue codes} ingest reports. Every message of such an
 * issue starts with the name of the input (file path, {@code file:line}, or URL) it is about.
 */
public final class IngestIssues {
    private IngestIssues() {}

    /** A path given to read does not exist (or is a broken link). */
    public static final String MISSING = "ingest.missing";
    /** The file system refused to list or read a path. */
    public static final String IO = "ingest.io";
    /** The input is larger than {@link Ingest.Options#maxFileBytes()}; it was not read. */
    public static final String TOO_LARGE = "ingest.too_large";
    /** The input has no bytes, or only whitespace; or a directory holds no article file. */
    public static final String EMPTY = "ingest.empty";
    /** The input holds NUL bytes or many control characters: not text. */
    public static final String BINARY = "ingest.binary";
    /** The bytes are neither valid UTF-8 (or UTF-16 with a byte-order mark) nor plausible windows-1252 text. */
    public static final String ENCODING = "ingest.encoding";
    /** An HTML page ends before its {@code </body>} or {@code </html>}, or inside a tag. */
    public static final String TRUNCATED = "ingest.truncated";
    /** The input was decoded but holds no article text (only boilerplate, only a title, ...). */
    public static final String NO_TEXT = "ingest.no_text";
    /** One line of a JSON Lines file could not be read as an article; the other lines still are. */
    public static final String JSONL = "ingest.jsonl";
    /**
     * A WARC file or record could not be read (not WARC, a corrupt or truncated record, a broken
     * gzip member); the message names the file, the record's number and its byte offset. A bad
     * record costs that record; a broken framing ends that file, keeping the articles read before.
     */
    public static final String WARC = "ingest.warc";
    /** A metadata value (URL, date, language, a JSON field of the wrong type) was ignored; the article is kept. */
    public static final String METADATA = "ingest.metadata";
    /** The HTML parser failed (jsoup promises it never does; this is the guard). */
    public static final String PARSE = "ingest.parse";
    /** A bug in ingest met this input; reported so that the rest of a run goes on. */
    public static final String INTERNAL = "ingest.internal";
}
