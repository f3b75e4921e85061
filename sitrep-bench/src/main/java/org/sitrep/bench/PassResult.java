package org.sitrep.bench;

/**
 * What one pass of a {@link Workload} over the corpus did.
 *
 * @param articles articles processed
 * @param tokens tokens annotated, or 0 when the workload does not count them
 * @param events events written, or 0 when the workload makes none
 */
public record PassResult(long articles, long tokens, long events) {
    public PassResult {
        if (articles < 0 || tokens < 0 || events < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were articles=" + articles
                    + " tokens=" + tokens + " events=" + events);
        }
    }
}
