package org.sitrep.cli;

import org.sitrep.cli.Cli.Run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sitrep eval} as users run it: the bundled samples, which the coder codes perfectly, score
 * a detection F1 of 1; usage errors exit 2 before any model loads.
 */
class EvalCommandTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSamplesScoreAPerfectDetection(@TempDir Path tmp) throws IOException {
        Path errors = tmp.resolve("errors.jsonl");
        Run run = Cli.sitrep("eval", "--format", "gold", SAMPLES.toString(), "--threads", "2", "--json", "--errors", errors.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        long articles;
        long goldLines;
        try (var s = Files.list(SAMPLES)) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        try (var s = Files.list(SAMPLES)) {
            goldLines = s.filter(p -> p.toString().endsWith(".events.jsonl")).mapToLong(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> !l.isBlank()).count();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
        assertThat(report.get("documents").asInt()).isEqualTo(articles);
        assertThat(report.get("gold_events").asInt()).isEqualTo(goldLines);
        assertThat(report.get("skipped").asInt()).isZero();
        JsonNode detection = report.get("detection");
        assertThat(detection.get("true_positives").asInt()).isEqualTo(goldLines);
        assertThat(detection.get("f1").asDouble()).isEqualTo(1.0);
        assertThat(report.get("fields").get("sub_event_type").get("n").asInt()).isEqualTo(goldLines);
        assertThat(report.get("fields").get("sub_event_type").get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(report.get("fields").get("plover_type").get("accuracy").isNull()).as("n = 0: undefined").isTrue();
        assertThat(Files.readString(errors)).as("a perfect run has nothing to study").isEmpty();
    }

    @Test
    void usageErrorsExitTwoWithAClearMessage(@TempDir Path tmp) throws IOException {
        Path csv = Files.writeString(tmp.resolve("gold.csv"), "id,text\n1,hello\n");
        assertThat(Cli.sitrep("eval", csv.toString()).exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(Cli.sitrep("eval", "--format", "xml", csv.toString()).exit()).isEqualTo(SitrepMain.EXIT_USAGE);

        Run missing = Cli.sitrep("eval", "--format", "acled", tmp.resolve("none.csv").toString());
        assertThat(missing.exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(missing.err()).contains("no such file").contains("none.csv");

        Run notAcled = Cli.sitrep("eval", "--format", "acled", csv.toString());
        assertThat(notAcled.exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(notAcled.err()).contains("gold.csv").contains("not an ACLED CSV").contains("notes");

        Run both = Cli.sitrep("eval", "--format", "acled", csv.toString(), "--limit", "3", "--sample", "3");
        assertThat(both.exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(both.err()).contains("not both");
        assertThat(Cli.sitrep("eval", "--format", "acled", csv.toString(), "--limit", "0").exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(Cli.sitrep("eval", "--format", "acled", csv.toString(), "--seed", "3").exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(Cli.sitrep("eval", "--format", "acled", csv.toString(), "--articles", tmp.toString()).exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(Cli.sitrep("eval", "--format", "acled", tmp.toString()).err()).contains("directory");
        Run badErrors = Cli.sitrep("eval", "--format", "gold", SAMPLES.toString(), "--errors", tmp.resolve("no/such/dir/e.jsonl").toString());
        assertThat(badErrors.exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(badErrors.err()).contains("--errors");
    }
}
