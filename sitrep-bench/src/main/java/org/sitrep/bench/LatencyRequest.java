package org.sitrep.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One request of the {@code latency} workload.
 *
 * @param kind which endpoint
 * @param params the query parameters, name to value, in URL order
 */
public record LatencyRequest(Kind kind, Map<String, String> params) {
    /** The two request kinds the latency target names. */
    public enum Kind {
        /** {@code GET /api/events} with filters, one page of 100. */
        EVENTS("events page", "/api/events"),
        /** {@code GET /api/aggregates/admin1} with a filter. */
        ADMIN1("admin1 aggregate", "/api/aggregates/admin1");

        private final String label;
        private final String path;

        Kind(String label, String path) {
            this.label = label;
            this.path = path;
        }

        /** Name in reports. */
        public String label() {
            return label;
        }

        /** The URL path. */
        public String path() {
            return path;
        }
    }

    public LatencyRequest {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Path and URL-encoded query string, e.g. {@code /api/events?country=IRQ&limit=100}. */
    public String pathAndQuery() {
        StringBuilder out = new StringBuilder(kind.path());
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            out.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return out.toString();
    }

    /** The parameters as the server decodes them (each name once), for {@code QueryParameters.parse}. */
    public Map<String, List<String>> parameterMap() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, List.of(v)));
        return out;
    }

    /**
     * {@code count} requests, alternating the two kinds, with filters drawn from {@code seed}:
     * events pages filter country + date range (1 to 12 months) + sub-event type or event type,
     * sometimes sorted by {@code -date} or {@code -fatalities}; admin1 aggregates filter a country,
     * a country and a date range, or a type and a date range. Countries and types are drawn with
     * the skew of {@link SyntheticEvents}, so most filters hit populated groups.
     */
    public static List<LatencyRequest> mix(int count, long seed) {
        Random random = new Random(seed);
        org.sitrep.model.EventType[] types = org.sitrep.model.EventType.values();
        List<LatencyRequest> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, String> p = new LinkedHashMap<>();
            String country = SyntheticEvents.COUNTRIES.get(skewed(random, SyntheticEvents.COUNTRIES.size(), 2)).iso3();
            org.sitrep.model.EventType type = types[skewed(random, types.length, 1.6)];
            int span = 30 + random.nextInt(335);
            java.time.LocalDate from = SyntheticEvents.FIRST_DAY.plusDays(random.nextInt(SyntheticEvents.DAYS - span));
            String to = from.plusDays(span).toString();
            if (i % 2 == 0) {
                p.put("country", country);
                p.put("from", from.toString());
                p.put("to", to);
                if (random.nextInt(4) == 0) {
                    p.put("category", type.category().acledName());
                } else {
                    p.put("type", type.acledName());
                }
                int sort = random.nextInt(4);
                if (sort == 1) {
                    p.put("sort", "-date");
                } else if (sort == 2) {
                    p.put("sort", "-fatalities");
                }
                p.put("limit", "100");
                out.add(new LatencyRequest(Kind.EVENTS, p));
            } else {
                switch (random.nextInt(3)) {
                    case 0 -> p.put("country", country);
                    case 1 -> {
                        p.put("country", country);
                        p.put("from", from.toString());
                        p.put("to", to);
                    }
                    default -> {
                        p.put("type", type.acledName());
                        p.put("from", from.toString());
                        p.put("to", to);
                    }
                }
                out.add(new LatencyRequest(Kind.ADMIN1, p));
            }
        }
        return List.copyOf(out);
    }

    /** An index in [0, n) drawn as floor(u^power * n): low indexes are the frequent ones. */
    private static int skewed(Random random, int n, double power) {
        return Math.min(n - 1, (int) Math.floor(Math.pow(random.nextDouble(), power) * n));
    }
}
