package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoredEvent;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 random and hostile query strings against the filtered read endpoints: every answer is
 * 200, 400 or 404 (never a 500), and the database is the same afterwards. Seeded: reproducible.
 */
class ServerFuzzTest {
    private static final long SEED = 20_210_301L;
    private static final int REQUESTS = 10_000;

    private static final List<String> NAMES = List.of("from", "to", "type", "category", "actor", "country", "admin1",
            "bbox", "q", "limit", "offset", "sort", "format", "id", "", "LIMIT", "q[]", "actor%00", "%27", "x");
    private static final List<String> HOSTILE = List.of(
            "' OR 1=1 --", "';DROP TABLE events;--", ";DROP TABLE events", "1; DELETE FROM events", "\" OR \"\"=\"",
            "') OR ('1'='1", "1' UNION SELECT * FROM articles --", "%", "_", "\\", "%%", "\\%", "*", "NULL", "null", "",
            " ", "0", "-1", "-0", "+1", "1e9", "99999999999999999999", "2147483647", "2147483648", "-2147483648",
            "NaN", "Infinity", "-Infinity", "0x10", "1.5", "2021-02-30", "2021-13-01", "0000-00-00", "99999-01-01",
            "2021-3-1", "2021-03-01T00:00:00Z", "+2021-03-01", "date", "-date", "fatalities", "-fatalities", "--date",
            "Armed clash", "ARMED_CLASH", "Battles", "Protests", "IRQ", "irq", "IRQQ", "Nineveh", "islamic",
            "0,0,1,1", "-180,-90,180,90", "181,0,0,0", "1,2,3", "1,2,3,4,5", ",,,", "43,33,44,37", "a,b,c,d",
            "Ṁösul", "مصل", "😀", "\u202e", "\uFEFF", "Ⅻ", "\u0000", "\n", "\r\n", "<script>alert(1)</script>",
            "${jndi:ldap://x}", "../../etc/passwd", "acled", "geojson", "plover", "parquet", "gdelt", "xml");
    private static final String HEX = "0123456789ABCDEF";

    @TempDir
    Path dir;

    @Test
    void hostileQueriesNeverCauseA500NorAChange() {
        try (ServerHarness h = new ServerHarness(dir, false)) {
            List<String> idsBefore = h.store.events(EventQuery.all()).stream().map(StoredEvent::id).toList();
            long articlesBefore = h.store.articleCount();
            Random random = new Random(SEED);
            String[] paths = {"/api/events", "/api/aggregates/day", "/api/aggregates/admin1", "/api/aggregates/type",
                    "/api/aggregates/actor", "/api/aggregates/", "/api/aggregates/%27%20OR%201%3D1", "/api/events/%27;DROP"};
            int ok = 0;
            int bad = 0;
            for (int i = 0; i < REQUESTS; i++) {
                String path = paths[random.nextInt(paths.length)];
                String query = randomQuery(random);
                URI uri = URI.create(h.base() + path + (query.isEmpty() ? "" : "?" + query));
                ServerHarness.Reply r = h.send(HttpRequest.newBuilder(uri).GET());
                assertThat(r.status()).as("request %d: %s -> %s", i, uri, r.body()).isIn(200, 400, 404);
                if (r.status() == 200) {
                    ok++;
                } else {
                    bad++;
                }
            }
            // Both outcomes must be exercised, or the fuzzer is not testing what it claims.
            assertThat(ok).isGreaterThan(REQUESTS / 20);
            assertThat(bad).isGreaterThan(REQUESTS / 20);
            assertThat(h.store.events(EventQuery.all()).stream().map(StoredEvent::id).toList()).isEqualTo(idsBefore);
            assertThat(h.store.articleCount()).isEqualTo(articlesBefore);
        }
    }

    private static String randomQuery(Random random) {
        int params = random.nextInt(5);
        StringBuilder q = new StringBuilder();
        for (int p = 0; p < params; p++) {
            if (p > 0) {
                q.append(random.nextInt(20) == 0 ? "&&" : "&");
            }
            String name = NAMES.get(random.nextInt(NAMES.size()));
            q.append(encode(random, name));
            if (random.nextInt(15) != 0) {
                q.append('=').append(encode(random, value(random)));
            }
        }
        return q.toString();
    }

    private static String value(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Long.toString(random.nextLong() >> random.nextInt(64));
            case 1 -> randomUnicode(random);
            case 2 -> HOSTILE.get(random.nextInt(HOSTILE.size())) + HOSTILE.get(random.nextInt(HOSTILE.size()));
            default -> HOSTILE.get(random.nextInt(HOSTILE.size()));
        };
    }

    private static String randomUnicode(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> random.nextInt(0x800);
                case 2 -> 0xE000 + random.nextInt(0x2000);
                default -> 0x10000 + random.nextInt(0x10000);
            };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    /** Percent-encodes {@code text} as UTF-8, sometimes leaving safe characters raw or adding random (even invalid UTF-8) escapes. */
    private static String encode(Random random, String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean safe = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~,'()*!:@/".indexOf(c) >= 0;
            if (safe && random.nextInt(4) != 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        if (random.nextInt(25) == 0) {
            int junk = random.nextInt(256);
            out.append('%').append(HEX.charAt(junk >> 4)).append(HEX.charAt(junk & 0xF));
        }
        if (random.nextInt(50) == 0) {
            out.append("x".repeat(random.nextInt(3000)));
        }
        return out.toString();
    }
}
