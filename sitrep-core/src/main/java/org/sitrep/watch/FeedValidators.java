package org.sitrep.watch;

/**
 * What a server said about the version of a feed it sent, to be sent back in a conditional GET
 * ({@code If-None-Match}, {@code If-Modified-Since}) so that an unchanged feed costs a 304.
 *
 * @param etag the {@code ETag} header exactly as sent (quotes and {@code W/} included), or null
 * @param lastModified the {@code Last-Modified} header exactly as sent, or null
 */
public record FeedValidators(String etag, String lastModified) {
    public static final FeedValidators NONE = new FeedValidators(null, null);

    public FeedValidators {
        etag = etag == null || etag.isBlank() ? null : etag.strip();
        lastModified = lastModified == null || lastModified.isBlank() ? null : lastModified.strip();
    }

    /** True when there is nothing to send back. */
    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
