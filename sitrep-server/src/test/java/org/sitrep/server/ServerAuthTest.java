package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token: writes always need it, reads only on a private server; POST validation, with a stand-in coder. */
class ServerAuthTest {
    @TempDir
    Path dir;

    @Test
    void postNeedsTheToken() {
        try (ServerHarness h = new ServerHarness(dir, false)) {
            String body = "{\"text\": \"Gunmen attacked a checkpoint.\"}";
            for (String token : new String[] {null, "wrong", ServerHarness.TOKEN + "x", ""}) {
                ServerHarness.Reply r = h.post("/api/articles", body, token);
                assertThat(r.status()).as(String.valueOf(token)).isEqualTo(401);
                assertThat(r.json().get("error").asText()).contains("Authorization");
            }
            assertThat(h.store.articleCount()).isEqualTo(3);
            // Reads of a public server need no token.
            assertThat(h.get("/api/events").status()).isEqualTo(200);
        }
    }

    @Test
    void postValidatesTheBody() {
        try (ServerHarness h = new ServerHarness(dir, false)) {
            record Case(String body, String parameter) {}
            for (Case c : List.of(new Case("{}", "text"), new Case("{\"text\": \"  \"}", "text"), new Case("{\"text\": 5}", "text"),
                    new Case("[]", "body"), new Case("not json", "body"), new Case("", "body"), new Case("\"text\"", "body"),
                    new Case("[{\"text\": \"a\"}, 3]", "body"), new Case("{\"text\": \"a\", \"published\": \"May\"}", "published"),
                    new Case("{\"text\": \"a\", \"url\": \"javascript:alert(1)\"}", "url"),
                    new Case("{\"text\": \"a\", \"title\": [1]}", "title"),
                    new Case("{\"text\": \"a\", \"text\": \"b\"}", "body"))) {
                ServerHarness.Reply r = h.post("/api/articles", c.body(), ServerHarness.TOKEN);
                assertThat(r.status()).as(c.body() + " -> " + r.body()).isEqualTo(400);
                assertThat(r.json().get("parameter").asText()).as(c.body()).isEqualTo(c.parameter());
            }
            assertThat(h.store.articleCount()).isEqualTo(3);
        }
    }

    @Test
    void postCodesStoresAndReturnsEventIds() {
        try (ServerHarness h = new ServerHarness(dir, false)) {
            String body = "[{\"text\": \"Gunmen attacked a checkpoint near Kirkuk.\", \"url\": \"https://news.example.org/k\","
                    + " \"title\": \"Kirkuk\", \"published\": \"2021-04-01\"}, {\"text\": \"A second story.\"}]";
            ServerHarness.Reply r = h.post("/api/articles", body, ServerHarness.TOKEN);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            JsonNode articles = r.json().get("articles");
            assertThat(articles).hasSize(2);
            assertThat(articles.get(0).get("status").asText()).isEqualTo("stored");
            String eventId = articles.get(0).get("events").get(0).asText();
            JsonNode event = h.get("/api/events/" + eventId).json();
            assertThat(event.get("date").asText()).isEqualTo("2021-04-01");
            assertThat(event.get("evidence").get(0).get("url").asText()).isEqualTo("https://news.example.org/k");
            assertThat(event.get("evidence").get(0).get("title").asText()).isEqualTo("Kirkuk");
            assertThat(h.store.articleCount()).isEqualTo(5);
            // The same article again is not coded twice.
            ServerHarness.Reply again = h.post("/api/articles", body, ServerHarness.TOKEN);
            assertThat(again.json().get("articles").get(0).get("status").asText()).isEqualTo("already_stored");
            assertThat(h.store.articleCount()).isEqualTo(5);
        }
    }

    @Test
    void privateServerNeedsTheTokenForReadsToo() {
        try (ServerHarness h = new ServerHarness(dir, true)) {
            for (String path : List.of("/api/events", "/api/events/ev-clash", "/api/aggregates/day", "/api/actors",
                    "/api/export?format=geojson", "/openapi.json")) {
                assertThat(h.get(path).status()).as(path).isEqualTo(401);
                assertThat(h.getWithToken(path, "nope").status()).as(path).isEqualTo(401);
                assertThat(h.getWithToken(path, ServerHarness.TOKEN).status()).as(path).isEqualTo(200);
            }
            // No token, no information: not even whether a parameter is valid.
            assertThat(h.get("/api/events?limit=-1").status()).isEqualTo(401);
        }
    }

    @Test
    void tokensAndConfigAreValidated() {
        assertThat(SitrepServer.randomToken()).matches("[0-9a-f]{32}").isNotEqualTo(SitrepServer.randomToken());
        assertThatThrownBy(() -> new ServerConfig("127.0.0.1", 0, "short", false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerConfig("127.0.0.1", 70_000, ServerHarness.TOKEN, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerConfig("127.0.0.1", 0, "a b c d e f g h i j k l", false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, false, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queryConcurrency");
        assertThat(new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, false).queryConcurrency())
                .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
    }
}
