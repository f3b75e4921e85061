package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The read endpoints, errors and documentation against a real server on a random port. */
class ServerApiTest {
    @TempDir
    static Path dir;

    private static ServerHarness h;

    @BeforeAll
    static void start() {
        h = new ServerHarness(dir, false);
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<String> ids(String query) {
        ServerHarness.Reply r = h.get("/api/events" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        List<String> ids = new ArrayList<>();
        r.json().get("events").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    @Test
    void listsEveryEventInDateOrderWithTotal() {
        JsonNode page = h.get("/api/events").json();
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("limit").asInt()).isEqualTo(100);
        assertThat(page.get("offset").asInt()).isZero();
        assertThat(ids("")).containsExactly("ev-strike", "ev-clash", "ev-arrest", "ev-protest", "ev-attack");
        JsonNode clash = page.get("events").get(1);
        assertThat(clash.get("type").asText()).isEqualTo("Armed clash");
        assertThat(clash.get("category").asText()).isEqualTo("Battles");
        assertThat(clash.get("actor1").get("name").asText()).isEqualTo("Iraqi Army");
        assertThat(clash.get("location").get("admin1").asText()).isEqualTo("Nineveh");
        assertThat(clash.get("fatalities").asInt()).isEqualTo(3);
        assertThat(clash.get("evidenceCount").asInt()).isEqualTo(1);
    }

    @Test
    void filters() {
        assertThat(ids("?from=2021-03-01&to=2021-03-04")).containsExactly("ev-clash");
        assertThat(ids("?type=" + enc("Armed clash"))).containsExactly("ev-clash");
        assertThat(ids("?type=air_drone_strike")).containsExactly("ev-strike");
        assertThat(ids("?category=Protests")).containsExactly("ev-protest");
        assertThat(ids("?category=" + enc("Strategic developments") + "&type=Arrests")).containsExactly("ev-arrest");
        assertThat(ids("?actor=islamic")).containsExactly("ev-strike", "ev-clash", "ev-arrest");
        assertThat(ids("?country=irq")).hasSize(4);
        assertThat(ids("?admin1=nineveh")).containsExactly("ev-clash", "ev-arrest");
        assertThat(ids("?actor=army&admin1=Al+Anbar")).containsExactly("ev-strike");
        assertThat(ids("?actor=&country=&q=")).hasSize(5);
    }

    @Test
    void pagingAndTotal() {
        JsonNode page = h.get("/api/events?limit=2&offset=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(ids("?limit=2&offset=1")).containsExactly("ev-clash", "ev-arrest");
        assertThat(ids("?limit=1000&offset=4")).containsExactly("ev-attack");
        assertThat(ids("?offset=99")).isEmpty();
        assertThat(h.get("/api/events?actor=islamic&limit=1").json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void sorting() {
        assertThat(ids("?sort=-date")).containsExactly("ev-arrest", "ev-protest", "ev-clash", "ev-strike", "ev-attack");
        assertThat(ids("?sort=-fatalities")).containsExactly("ev-strike", "ev-clash", "ev-attack", "ev-arrest", "ev-protest");
        assertThat(ids("?sort=fatalities&limit=2")).containsExactly("ev-arrest", "ev-protest");
        assertThat(ids("?sort=date")).containsExactly("ev-strike", "ev-clash", "ev-arrest", "ev-protest", "ev-attack");
    }

    @Test
    void bbox() {
        assertThat(ids("?bbox=43,33,44,37")).containsExactly("ev-strike", "ev-clash", "ev-arrest");
        assertThat(ids("?bbox=" + enc("47.5,30,48,31"))).containsExactly("ev-protest");
        assertThat(ids("?bbox=0,0,1,1")).isEmpty();
    }

    @Test
    void textSearchIsLiteralAndCaseInsensitive() {
        assertThat(ids("?q=MOSUL")).containsExactly("ev-clash", "ev-arrest");
        assertThat(ids("?q=" + enc("100%"))).containsExactly("ev-strike");
        assertThat(ids("?q=" + enc("\"rebel_base\""))).containsExactly("ev-strike");
        assertThat(ids("?q=" + enc("rebel%base"))).isEmpty();
        assertThat(ids("?q=" + enc("' OR 1=1 --"))).isEmpty();
    }

    @Test
    void oneEventWithEvidence() {
        ServerHarness.Reply r = h.get("/api/events/ev-strike");
        assertThat(r.status()).isEqualTo(200);
        JsonNode e = r.json();
        assertThat(e.get("id").asText()).isEqualTo("ev-strike");
        JsonNode ev = e.get("evidence").get(0);
        assertThat(ev.get("articleId").asText()).isEqualTo("art-one");
        assertThat(ev.get("url").asText()).isEqualTo("https://news.example.org/one");
        assertThat(ev.get("title").asText()).isEqualTo("Fighting in Mosul");
        assertThat(ev.get("sentence").asInt()).isEqualTo(1);
        assertThat(ev.get("text").asText()).startsWith("An air strike");
        int start = ev.get("span").get("start").asInt();
        int end = ev.get("span").get("end").asInt();
        assertThat(end - start).isEqualTo(ev.get("text").asText().length());
        // The sentence in its article: the span cut out of the context is the sentence.
        JsonNode context = ev.get("context");
        int at = start - context.get("start").asInt();
        assertThat(context.get("text").asText().substring(at, at + end - start)).isEqualTo(ev.get("text").asText());
        assertThat(context.get("text").asText()).startsWith("Iraqi army troops clashed");
        JsonNode undated = h.get("/api/events/ev-attack").json();
        assertThat(undated.get("date").isNull()).isTrue();
        assertThat(undated.get("location").isNull()).isTrue();
        assertThat(undated.get("evidence").get(0).get("url").isNull()).isTrue();
    }

    @Test
    void servesTheWebUiAndItsLibraries() {
        ServerHarness.Reply index = h.get("/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.contentType()).startsWith("text/html");
        assertThat(index.body()).contains("<title>sitrep</title>");
        assertThat(h.get("/webjars/leaflet/1.9.4/dist/leaflet.js").status()).isEqualTo(200);
        assertThat(h.get("/webjars/topojson/1.6.26/topojson.js").status()).isEqualTo(200);
        ServerHarness.Reply world = h.get("/vendor/world-atlas/countries-110m.json");
        assertThat(world.status()).isEqualTo(200);
        assertThat(world.json().get("type").asText()).isEqualTo("Topology");
    }

    @Test
    void unknownIdsAndRoutesAre404Json() {
        for (String path : List.of("/api/events/nope", "/api/events/" + enc("' OR 1=1 --"), "/api/nothing", "/nothing.html", "/api/events/a/b")) {
            ServerHarness.Reply r = h.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.json().get("error").asText()).as(path).isNotBlank();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from=2021-13-01|from", "to=yesterday|to", "from=2021-03-05&to=2021-03-01|from", "type=Picnic|type",
            "category=Parades|category", "type=Arrests&category=Battles|type", "limit=0|limit", "limit=1001|limit",
            "limit=-5|limit", "limit=abc|limit", "offset=-1|offset", "offset=99999999999999|offset", "bbox=1,2,3|bbox",
            "bbox=10,0,5,1|bbox", "bbox=a,b,c,d|bbox", "sort=id|sort", "country=IRAQ|country", "limit=1&limit=2|limit",
            "q=%00|q"})
    void invalidParametersAre400NamingThem(String query, String parameter) {
        for (String path : List.of("/api/events?", "/api/aggregates/day?", "/api/actors?", "/api/export?format=acled&")) {
            if (path.contains("export") && (query.startsWith("limit") || query.startsWith("offset"))) {
                continue;
            }
            ServerHarness.Reply r = h.get(path + query);
            assertThat(r.status()).as(path + query + " -> " + r.body()).isEqualTo(400);
            assertThat(r.json().get("parameter").asText()).isEqualTo(parameter);
            assertThat(r.json().get("error").asText()).isNotBlank();
        }
    }

    @Test
    void unknownAggregateIs400() {
        ServerHarness.Reply r = h.get("/api/aggregates/colour");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asText()).isEqualTo("by");
    }

    @Test
    void aggregates() {
        JsonNode admin1 = h.get("/api/aggregates/admin1").json().get("groups");
        assertThat(admin1.get(0).get("key").asText()).isEqualTo("Nineveh");
        assertThat(admin1.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(admin1.get(0).get("fatalities").asInt()).isEqualTo(3);
        assertThat(admin1.get(3).get("key").isNull()).isTrue();
        JsonNode days = h.get("/api/aggregates/day?country=IRQ").json().get("groups");
        assertThat(days).hasSize(3);
        assertThat(days.get(0).get("key").asText()).isEqualTo("2021-02-27");
        assertThat(days.get(2).get("key").asText()).isEqualTo("2021-03-05");
        assertThat(days.get(2).get("count").asInt()).isEqualTo(2);
        JsonNode types = h.get("/api/aggregates/type?actor=islamic").json().get("groups");
        assertThat(types).hasSize(3);
        JsonNode actors = h.get("/api/aggregates/actor").json().get("groups");
        assertThat(actors.get(0).get("key").asText()).isEqualTo("Iraqi Army");
        assertThat(actors.get(0).get("count").asInt()).isEqualTo(3);
        assertThat(actors.get(0).get("fatalities").asInt()).isEqualTo(10);
    }

    @Test
    void actorNetwork() {
        JsonNode net = h.get("/api/actors").json();
        assertThat(net.get("nodes")).hasSize(3);
        assertThat(net.get("nodes").get(2).get("name").asText()).isEqualTo("Protesters (Iraq)");
        assertThat(net.get("edges")).hasSize(1);
        JsonNode edge = net.get("edges").get(0);
        assertThat(edge.get("source").asText()).isEqualTo("Iraqi Army");
        assertThat(edge.get("target").asText()).isEqualTo("Islamic State");
        assertThat(edge.get("count").asInt()).isEqualTo(3);
        JsonNode clashes = h.get("/api/actors?type=" + enc("Armed clash")).json();
        assertThat(clashes.get("edges").get(0).get("count").asInt()).isEqualTo(1);
        assertThat(h.get("/api/actors?category=Protests").json().get("edges")).isEmpty();
    }

    @Test
    void exportsParse() {
        ServerHarness.Reply csv = h.get("/api/export?format=acled&country=IRQ");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(1 + 4);
        assertThat(csv.body().lines().findFirst().orElseThrow()).contains("event_id_cnty");

        ServerHarness.Reply plover = h.get("/api/export?format=plover&actor=islamic");
        assertThat(plover.status()).isEqualTo(200);
        assertThat(plover.contentType()).startsWith("application/x-ndjson");
        List<String> lines = plover.body().lines().toList();
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            assertThat(new ServerHarness.Reply(200, "", line).json().isObject()).isTrue();
        }

        ServerHarness.Reply geo = h.get("/api/export?format=GeoJSON");
        assertThat(geo.status()).isEqualTo(200);
        assertThat(geo.contentType()).startsWith("application/geo+json");
        JsonNode fc = geo.json();
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(4);

        ServerHarness.Reply bad = h.get("/api/export?format=xml");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("parameter").asText()).isEqualTo("format");
        assertThat(h.get("/api/export").json().get("parameter").asText()).isEqualTo("format");
    }

    @Test
    void binaryExportsParquetAndGdeltZip() throws Exception {
        HttpResponse<byte[]> parquet = h.getBytes("/api/export?format=parquet&country=IRQ");
        assertThat(parquet.statusCode()).isEqualTo(200);
        assertThat(parquet.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.apache.parquet");
        byte[] bytes = parquet.body();
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        Path file = Files.createTempFile("served", ".parquet");
        try {
            Files.write(file, bytes);
            try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement();
                 var rs = s.executeQuery("SELECT count(*), min(iso3), max(iso3) FROM read_parquet('" + file + "')")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(4);     // as many as the ACLED export of IRQ
                assertThat(rs.getString(2)).isEqualTo("IRQ");
                assertThat(rs.getString(3)).isEqualTo("IRQ");
            }
        } finally {
            Files.deleteIfExists(file);
        }

        HttpResponse<byte[]> gdelt = h.getBytes("/api/export?format=gdelt&actor=islamic");
        assertThat(gdelt.statusCode()).isEqualTo(200);
        assertThat(gdelt.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Map<String, List<String>> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(gdelt.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }
        assertThat(entries).containsOnlyKeys("sitrep.export.CSV", "sitrep.mentions.CSV");
        assertThat(entries.get("sitrep.export.CSV")).hasSize(3)
                .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
        assertThat(entries.get("sitrep.mentions.CSV")).isNotEmpty()
                .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(16));
    }

    @Test
    void openApiDocumentsEveryRegisteredRouteAndParameter() {
        ServerHarness.Reply r = h.get("/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.get("openapi").asText()).startsWith("3.0");
        JsonNode paths = doc.get("paths");
        assertThat(h.server.routes()).hasSize(7);
        for (SitrepServer.Route route : h.server.routes()) {
            JsonNode op = paths.path(route.path()).path(route.method().name().toLowerCase(Locale.ROOT));
            assertThat(op.isObject()).as(route.toString()).isTrue();
            assertThat(op.path("responses").isObject()).as(route.toString()).isTrue();
        }
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(documented::add);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(h.server.routes().stream().map(SitrepServer.Route::path).toList());
        for (String filtered : List.of("/api/events", "/api/aggregates/{by}", "/api/actors", "/api/export")) {
            List<String> names = new ArrayList<>();
            paths.get(filtered).get("get").get("parameters").forEach(p -> names.add(p.get("name").asText()));
            List<String> expected = filtered.equals("/api/events") ? QueryParameters.NAMES
                    : QueryParameters.NAMES.stream().filter(n -> !List.of("limit", "offset", "sort").contains(n)).toList();
            assertThat(names).as(filtered).containsAll(expected);
        }
    }
}
