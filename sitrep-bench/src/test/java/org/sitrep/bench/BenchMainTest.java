package org.sitrep.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Argument handling only: every case here fails before any model is loaded. */
class BenchMainTest {
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = BenchMain.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void withoutSubcommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("missing subcommand");
    }

    @Test
    void corpusIsRequired() {
        assertThat(run("throughput")).isEqualTo(2);
        assertThat(err.toString()).contains("--corpus");
    }

    @Test
    void corpusMustBeADirectory(@TempDir Path dir) {
        assertThat(run("throughput", "--corpus", dir.resolve("absent").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a directory");
    }

    @Test
    void countsOutOfRangeAreUsageErrors(@TempDir Path dir) {
        assertThat(run("throughput", "--corpus", dir.toString(), "--threads", "0")).isEqualTo(2);
        assertThat(run("throughput", "--corpus", dir.toString(), "--repeat", "0")).isEqualTo(2);
        assertThat(run("throughput", "--corpus", dir.toString(), "--warmup", "-1")).isEqualTo(2);
        assertThat(run("throughput", "--corpus", dir.toString(), "--baseline-articles", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--threads must be >= 1").contains("--repeat must be >= 1")
                .contains("--warmup must be >= 0").contains("--baseline-articles must be >= 1");
    }

    @Test
    void unknownOptionIsNamed(@TempDir Path dir) {
        assertThat(run("throughput", "--corpus", dir.toString(), "--fast")).isEqualTo(2);
        assertThat(err.toString()).contains("--fast");
    }
}
