package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.AggregateBy;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The latency command end to end on a tiny database: the report's shape and no errors; never timings. */
class LatencyCommandTest {
    @Test
    void latencyOnATinyDatabaseReportsBothKindsWithoutErrors(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BenchMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Path db = dir.resolve("tiny.duckdb");
        int code = cli.execute("latency", "--events", "2000", "--clients", "4", "--requests", "200", "--warmup", "20",
                "--baseline", "40", "--think-ms", "1", "--db", db.toString(), "--json");
        assertThat(code).as(err.toString()).isZero();

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("events").asLong()).isEqualTo(2000);
        assertThat(report.get("generated").asBoolean()).isTrue();
        assertThat(report.get("clients").asInt()).isEqualTo(4);
        assertThat(report.get("queryConcurrency").asInt()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        // The JVM here is HotSpot, which reports process CPU time: the phase cost some of it.
        assertThat(report.get("cpuSeconds").asDouble()).isPositive();
        assertThat(report.get("cpuMsPerRequest").asDouble()).isPositive();
        assertThat(report.get("gcSeconds").asDouble()).isNotNegative();
        for (String via : List.of("http", "direct")) {
            JsonNode rows = report.get(via);
            assertThat(rows).as(via).hasSize(2);
            assertThat(rows.findValuesAsText("name")).containsExactly("events page", "admin1 aggregate");
            for (JsonNode row : rows) {
                assertThat(row.get("errors").asInt()).as(via + " " + row.get("name")).isZero();
                for (String field : List.of("throughput", "p50Ms", "p90Ms", "p99Ms", "maxMs")) {
                    assertThat(row.get(field).isNumber()).as(field).isTrue();
                }
                assertThat(row.get("p50Ms").asDouble()).isLessThanOrEqualTo(row.get("p99Ms").asDouble());
                assertThat(row.get("p99Ms").asDouble()).isLessThanOrEqualTo(row.get("maxMs").asDouble());
            }
        }
        assertThat(report.get("slowest")).hasSize(LatencyBenchmark.SLOWEST_LISTED)
                .allSatisfy(line -> assertThat(line.asText()).matches("[0-9.]+ ms /api/(events|aggregates/admin1)\\?.*"));
        assertThat(report.get("http").get(0).get("count").asInt() + report.get("http").get(1).get("count").asInt()).isEqualTo(200);
        assertThat(report.get("direct").get(0).get("count").asInt() + report.get("direct").get(1).get("count").asInt()).isEqualTo(40);

        // The generated file is an ordinary store: the queries the mix sends find events.
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.eventCount()).isEqualTo(2000);
            assertThat(store.evidenceCount()).isEqualTo(2000);
            assertThat(store.aggregate(EventQuery.builder().country("UKR").build(), AggregateBy.ADMIN1)).isNotEmpty();
            assertThat(store.events(EventQuery.builder().limit(5).build()))
                    .hasSize(5).allSatisfy(e -> assertThat(e.evidence()).hasSize(1));
        }

        // A second run reuses the file.
        StringWriter again = new StringWriter();
        cli.setOut(new PrintWriter(again, true));
        assertThat(cli.execute("latency", "--events", "5", "--clients", "2", "--requests", "10", "--warmup", "0",
                "--baseline", "4", "--db", db.toString())).isZero();
        assertThat(again.toString()).contains("2000 events").contains("(reused)").contains("events page").contains("admin1 aggregate");
    }

    @Test
    void badCountsAreUsageErrors() {
        StringWriter err = new StringWriter();
        CommandLine cli = BenchMain.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("latency", "--clients", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--clients >= 1");
    }
}
