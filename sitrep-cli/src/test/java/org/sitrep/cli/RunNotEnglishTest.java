package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Cli.Run;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.cli.WatchFixtures.rows;

/** Issue 5: `sitrep run` stores articles in other languages, reports them as skipped by the English coder, loads no model for them. */
class RunNotEnglishTest {
    @TempDir
    Path tmp;

    @Test
    void frenchAndGermanArticlesAreStoredAndReportedAsSkipped() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.writeString(input.resolve("gao.txt"), "Poste de police attaqué près de Gao\n\n"
                + "Des hommes armés ont attaqué un poste de police près de Gao dans la nuit de lundi à mardi, selon une source sécuritaire. "
                + "Deux policiers ont été blessés et les assaillants ont pris la fuite.\n");
        Files.writeString(input.resolve("kundus.html"), "<html lang='en'><head><title>Anschlag</title></head><body><article><p>"
                + "Bewaffnete haben in der Nacht zum Dienstag einen Polizeiposten in der Nähe von Kundus angegriffen, wie eine "
                + "Sicherheitsquelle mitteilte. Zwei Polizisten wurden verletzt.</p></article></body></html>");
        Path db = tmp.resolve("run.duckdb");

        Run run = Cli.sitrep("run", "--db", db.toString(), input.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("articles read          2", "newly stored         2",
                "skipped: not English (de) 1", "skipped: not English (fr) 1", "events coded           0");
        assertThat(run.err()).as("nothing to code, so no model is loaded").doesNotContain("loading models");
        assertThat(rows(db, "SELECT language FROM articles ORDER BY language")).containsExactly("de", "fr");

        Run again = Cli.sitrep("run", "--db", db.toString(), input.toString());
        assertThat(again.out()).contains("already stored       2").doesNotContain("skipped: not English");
    }
}
