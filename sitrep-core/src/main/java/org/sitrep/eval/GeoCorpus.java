package org.sitrep.eval;

import java.util.List;

/**
 * What {@link GeoCorpusReader} made of a geoparsing corpus.
 *
 * @param documents documents in file order
 * @param skipped toponyms (or documents) that could not be read and were left out
 * @param problems why, naming the document, at most {@link GoldSet#MAX_LISTED}
 */
public record GeoCorpus(List<GeoDocument> documents, int skipped, List<String> problems) {
    public GeoCorpus {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    /** The first {@code n} documents ({@code n >= 1}). */
    public GeoCorpus first(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        return new GeoCorpus(documents.subList(0, Math.min(n, documents.size())), skipped, problems);
    }

    /** Number of gold toponyms with coordinates. */
    public int resolvableToponyms() {
        return (int) documents.stream().flatMap(d -> d.toponyms().stream()).filter(t -> t.point() != null).count();
    }
}
