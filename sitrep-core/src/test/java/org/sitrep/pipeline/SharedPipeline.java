package org.sitrep.pipeline;

/**
 * One standard pipeline per test JVM: CoreNLP's models take seconds and gigabytes to load, and
 * the pipeline is thread-safe and stateless between articles, so tests share it.
 */
final class SharedPipeline {
    private SharedPipeline() {}

    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard(new PipelineOptions(null, 2));
    }

    static Pipeline get() {
        return Holder.PIPELINE;
    }
}
