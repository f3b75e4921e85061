package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep serve}'s options are checked before anything is opened or bound (serving itself is tested in sitrep-server). */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void badOptionsAreUsageErrors() {
        String db = dir.resolve("s.duckdb").toString();
        for (String[] args : new String[][] {
                {"serve", "--db", db, "--port", "70000"},
                {"serve", "--db", db, "--port", "-1"},
                {"serve", "--db", db, "--port", "http"},
                {"serve", "--db", db, "--token", "short"},
                {"serve", "--db", db, "--token", "has spaces in it, too many"},
                {"serve", "--db", db, "--host", ""}}) {
            Cli.Run run = Cli.sitrep(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(SitrepMain.EXIT_USAGE);
            assertThat(run.err()).as(String.join(" ", args)).isNotBlank();
        }
        assertThat(dir.resolve("s.duckdb")).doesNotExist();
    }

    @Test
    void helpListsTheOptions() {
        Cli.Run run = Cli.sitrep("serve", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--host", "--port", "--token", "--private", "--db");
        assertThat(Cli.sitrep("--help").out()).contains("serve");
    }
}
