/**
 * jmh: JMH micro-benchmarks of sitrep's hot inner pieces, each on fixed inputs built in code so
 * that a run needs no corpus and no models. Run them with {@code org.openjdk.jmh.Main} (see
 * {@code sitrep-bench/README.md}); JMH's annotation processor generates the harness at compile time.
 */
package org.sitrep.bench.jmh;
