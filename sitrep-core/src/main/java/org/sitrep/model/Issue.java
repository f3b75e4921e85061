package org.sitrep.model;

/**
 * A problem with the <em>data</em> that a stage met and survived: an undecodable file, a place
 * not in the gazetteer. Never thrown; returned next to whatever the stage could produce.
 *
 * @param code stable machine-readable code, e.g. {@code "ingest.binary"}, {@code "geo.unresolved"}
 * @param span where in the article text, or null
 * @param message human-readable explanation naming the offending value
 */
public record Issue(String code, Span span, String message) {
    /** Stages keep at most this many issues per article so that a pathological input cannot flood memory. */
    public static final int MAX_PER_ARTICLE = 100;

    public Issue {
        Checks.nonBlank(code, "code");
        Checks.nonBlank(message, "message");
    }
}
