package org.sitrep.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * Entry point of the benchmark tools:
 * {@code java -Xmx6g -cp "sitrep-bench/target/classes:sitrep-bench/target/lib/*" org.sitrep.bench.BenchMain throughput --corpus samples}.
 * Exit codes: 0 success, 1 the run failed, 2 bad arguments.
 */
@Command(name = "sitrep-bench", mixinStandardHelpOptions = true, version = "sitrep-bench 0.1.0",
        subcommands = {ThroughputCommand.class, CorpusCommand.class, LatencyCommand.class, FusionCommand.class},
        description = "sitrep's benchmark harness. JMH micro-benchmarks run with org.openjdk.jmh.Main (see sitrep-bench/README.md).")
public final class BenchMain implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, for tests: {@code commandLine().execute(args)} returns the exit code. */
    public static CommandLine commandLine() {
        return new CommandLine(new BenchMain());
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand (try: throughput --help, latency --help)");
    }
}
