/**
 * bench: the end-to-end throughput harness. {@link org.sitrep.bench.BenchMain} measures, in one
 * process, CoreNLP's own pipeline (the baseline the project compares against) and sitrep's full
 * pipeline (ingest, code, store) over the same corpus, and reports articles/s, tokens/s, peak heap
 * and model load time for each, and the ratio of the two. Numbers come from this harness, never
 * from timed tests.
 */
package org.sitrep.bench;
