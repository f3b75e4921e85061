package org.sitrep.ingest;

/**
 * Reads one format. Never throws on bad input: a document that cannot be decoded or parsed gives
 * an {@link IngestResult} with no article and an issue naming the document. Thread-safe.
 */
@FunctionalInterface
public interface ArticleReader {
    IngestResult read(SourceDocument document);
}
