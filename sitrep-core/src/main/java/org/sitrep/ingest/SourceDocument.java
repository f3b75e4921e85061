package org.sitrep.ingest;

/**
 * Raw input as found: a file's bytes and the name it is reported under.
 *
 * @param name the file path (or URL) used in reports and, for files without one, in the article id
 * @param bytes the undecoded content
 */
public record SourceDocument(String name, byte[] bytes) {
    public SourceDocument {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (bytes == null) {
            throw new IllegalArgumentException("bytes must not be null (" + name + ")");
        }
    }
}
