package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Queries admitted one at a time: every request is still answered, failing ones included. */
class ServerAdmissionTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void oneQueryAtATimeAnswersConcurrentClientsAndFreesItsTurnOnErrors() throws Exception {
        try (ServerHarness h = new ServerHarness(dir, false, 1)) {
            // A request refused inside a query handler (bad parameter, unknown id) must give its turn
            // back, or every later query would wait for ever.
            assertThat(h.get("/api/events?limit=abc").status()).isEqualTo(400);
            assertThat(h.get("/api/events/no-such-event").status()).isEqualTo(404);
            assertThat(h.get("/api/aggregates/nonsense").status()).isEqualTo(400);
            List<String> paths = List.of("/api/events?limit=5", "/api/aggregates/admin1", "/api/events?from=not-a-date",
                    "/api/actors", "/api/events/no-such-event", "/api/aggregates/day?country=IRQ");
            List<Integer> expected = List.of(200, 200, 400, 200, 404, 200);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<Integer>>> clients = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    clients.add(pool.submit(() -> {
                        List<Integer> statuses = new ArrayList<>();
                        for (int round = 0; round < 5; round++) {
                            for (String path : paths) {
                                statuses.add(h.get(path).status());
                            }
                        }
                        return statuses;
                    }));
                }
                for (Future<List<Integer>> client : clients) {
                    List<Integer> statuses = client.get(90, TimeUnit.SECONDS);
                    for (int i = 0; i < statuses.size(); i++) {
                        assertThat(statuses.get(i)).as(paths.get(i % paths.size())).isEqualTo(expected.get(i % paths.size()));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
