package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Cli.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep eval geo} on a small corpus in the GeoWebNews layout, written for this test. */
class EvalGeoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String toponym(String text, String name, double lat, double lon) {
        int start = text.indexOf(name);
        return "<toponym><extractedName>%s</extractedName><start>%d</start><end>%d</end><latitude>%s</latitude><longitude>%s</longitude></toponym>"
                .formatted(name, start, start + name.length(), lat, lon);
    }

    @Test
    void scoresResolutionAndRecognition(@TempDir Path tmp) throws IOException {
        String text = "Police in Mosul arrested two men. Later, gunmen fled toward Zzyzxqville.";
        Path corpus = tmp.resolve("corpus.xml");
        Files.writeString(corpus, "<articles><article file=\"0\"><text>" + text + "</text><toponyms>"
                + toponym(text, "Mosul", 36.335, 43.119) + toponym(text, "Zzyzxqville", 10.0, 10.0)
                + "</toponyms></article></articles>");
        Path errors = tmp.resolve("errors.jsonl");

        Run run = Cli.sitrep("eval", "geo", corpus.toString(), "--no-ner", "--json", "--errors", errors.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("documents").asInt()).isEqualTo(1);
        JsonNode given = report.get("given_gold");
        assertThat(given.get("toponyms").asInt()).isEqualTo(2);
        // A name the gazetteer lacks is placed where the story is (Mosul): resolved, and scored by
        // its distance to the gold point, which this fixture puts far away.
        assertThat(given.get("resolved").asInt()).isEqualTo(2);
        assertThat(given.get("accuracy_161km").asDouble()).isEqualTo(0.5);
        // The matcher finds Mosul, and nothing else: the made-up town is in no gazetteer.
        JsonNode recognition = report.get("recognition");
        assertThat(recognition.get("correct").asInt()).isEqualTo(1);
        assertThat(recognition.get("gold").asInt()).isEqualTo(2);
        // The made-up town: placed at Mosul, about 4,500 km from its gold point, and not recognised.
        // "Police" and "Mosul" are no errors.
        List<JsonNode> lines = Files.readAllLines(errors).stream().map(EvalGeoCommandTest::json).toList();
        assertThat(lines).extracting(n -> n.get("kind").asText() + " " + n.get("name").asText())
                .containsExactly("resolution Zzyzxqville", "missed Zzyzxqville");
        assertThat(lines.get(0).get("error_km").asDouble()).isBetween(4_000.0, 5_000.0);

        // With the entity tagger (the default), the made-up town is found as a location: recognised,
        // and placed where the story is, as above.
        JsonNode withNer = JSON.readTree(Cli.sitrep("eval", "geo", corpus.toString(), "--json").out());
        assertThat(withNer.get("recognition").get("correct").asInt()).isEqualTo(2);
        assertThat(withNer.get("end_to_end").get("resolved").asInt()).isEqualTo(2);
    }

    @Test
    void importedVillagesResolveWithDb(@TempDir Path tmp) throws IOException {
        String text = "Security forces arrested three men in Tal Abita, west of Mosul.";
        Path corpus = tmp.resolve("corpus.xml");
        Files.writeString(corpus, "<articles><article file=\"0\"><text>" + text + "</text><toponyms>"
                + toponym(text, "Tal Abita", 36.452, 42.987) + "</toponyms></article></articles>");
        JsonNode bundled = JSON.readTree(Cli.sitrep("eval", "geo", corpus.toString(), "--no-ner", "--json").out());
        assertThat(bundled.get("given_gold").get("resolved").asInt()).isZero();

        Path db = tmp.resolve("geo.duckdb");
        assertThat(Cli.sitrep("gazetteer", "import", "--db", db.toString(), GazetteerImportTest.FIXTURE.toString()).exit())
                .isIn(0, 1); // the fixture holds a malformed line on purpose
        Run run = Cli.sitrep("eval", "geo", corpus.toString(), "--no-ner", "--json", "--db", db.toString());
        assertThat(run.err()).contains("imported places");
        JsonNode withImport = JSON.readTree(run.out());
        assertThat(withImport.get("given_gold").get("accuracy_161km").asDouble()).isEqualTo(1.0);
        assertThat(Cli.sitrep("eval", "geo", corpus.toString(), "--db", tmp.resolve("none.duckdb").toString()).exit())
                .isEqualTo(SitrepMain.EXIT_USAGE);
    }

    @Test
    void badInputExitsTwoWithAMessage(@TempDir Path tmp) throws IOException {
        Run missing = Cli.sitrep("eval", "geo", tmp.resolve("none.xml").toString());
        assertThat(missing.exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(missing.err()).contains("no such file");
        Path broken = Files.writeString(tmp.resolve("broken.xml"), "<articles><article><text>Mosul");
        Run notXml = Cli.sitrep("eval", "geo", broken.toString());
        assertThat(notXml.exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(notXml.err()).contains("not well-formed");
        assertThat(Cli.sitrep("eval", "geo", broken.toString(), "--limit", "0").exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        // The event eval still demands its format.
        assertThat(Cli.sitrep("eval", broken.toString()).err()).contains("--format is required");
    }
}
