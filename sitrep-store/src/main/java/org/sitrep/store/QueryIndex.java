package org.sitrep.store;

import org.sitrep.model.EventType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * An immutable, in-memory, columnar copy of the {@code events} columns that the server's filters,
 * sorts and aggregates read, so that {@link EventStore#page} and {@link EventStore#aggregate}
 * answer without scanning the table in DuckDB: a linear scan over primitive arrays (one row per
 * event) with the query's predicates, a bounded heap for the top {@code offset + limit} rows, and
 * group counts in arrays. The index also holds the other columns a page shows (strings pooled) and
 * each event's evidence count, so a page needs no DuckDB round trip: measured on 1M events, reading
 * 100 rows by id ({@code id IN (...)}) and their evidence counts from DuckDB cost 13 + 7 ms, more
 * than the whole CPU budget of a request.
 *
 * <p><b>Rows.</b> Row {@code r} is the {@code r}-th event in DuckDB's {@code ORDER BY id}, so the
 * row number is the id tie-break of every {@link EventSort} exactly as DuckDB compares strings.
 * Dictionaries (country, province, event type, sub-event type) are numbered in DuckDB's
 * {@code ORDER BY} of their values too, so "ties by key" of {@link EventStore#aggregate} are the
 * dictionary order. Case-insensitive filters compare with the folded values DuckDB computed
 * ({@code upper(country_iso3)}, {@code lower(admin1)}) against the query value folded in Java, which
 * is the same only for ASCII: {@link #supports} leaves other values to SQL.
 *
 * <p><b>What it answers.</b> Queries without {@code actor} and {@code text} filters (those stay
 * SQL), with ASCII country and province values, pages of at most {@link EventStore#PAGE_LOOKUP_LIMIT}
 * events ending within {@link #MAX_TOP} rows, and aggregates by day, province and type (not actor).
 * The results are identical to the SQL path: same totals, same events in the same order, same groups.
 *
 * <p><b>Freshness and thread-safety.</b> Immutable once built, so any number of threads read it
 * at once. {@link #generation()} is the store's write sequence the snapshot was read at;
 * {@link EventStore} uses an index only while no write has started since (see there).
 * Memory: about 200 bytes per event (1M synthetic events: about 204 MB, built in 14 s on a shared
 * 2-core machine), plus the distinct strings of the page's columns.
 */
final class QueryIndex {
    /** Epoch day standing for "no date"; never within a date bound. */
    static final int NO_DATE = Integer.MIN_VALUE;
    /** The most rows ({@code offset + limit}) a page may need from the index; deeper pages use SQL. */
    static final int MAX_TOP = 100_000;
    private static final int NONE = -1;
    /** The widest span of days (one counter each) an aggregate by day is counted over; wider spans use SQL. */
    private static final int MAX_DAY_SPAN = 100_000;
    /** DAY keys are {@code YYYY-MM-DD} in both paths only for four-digit years. */
    private static final int FIRST_PLAIN_DAY = (int) LocalDate.of(1000, 1, 1).toEpochDay();
    private static final int LAST_PLAIN_DAY = (int) LocalDate.of(9999, 12, 31).toEpochDay();

    private final long generation;
    private final long buildMillis;
    private final int size;
    private final String[] ids;
    private final int[] country;
    private final String[] countryKeys;
    private final int[][] rowsByCountry;
    private final int[] admin1;
    private final String[] admin1Values;
    private final String[] admin1Folded;
    private final int[] subType;
    private final String[] subTypeValues;
    private final int[] category;
    private final String[] categoryValues;
    private final int[] day;
    private final int minDay;
    private final int maxDay;
    private final int[] fatalities;
    private final double[] lat;
    private final double[] lon;
    private final Columns page;

    private QueryIndex(long generation, long buildMillis, int size, String[] ids, int[] country, String[] countryKeys,
                       int[] admin1, String[] admin1Values, String[] admin1Folded, int[] subType, String[] subTypeValues,
                       int[] category, String[] categoryValues, int[] day, int[] fatalities, double[] lat, double[] lon, Columns page) {
        this.generation = generation;
        this.buildMillis = buildMillis;
        this.size = size;
        this.ids = ids;
        this.country = country;
        this.countryKeys = countryKeys;
        this.admin1 = admin1;
        this.admin1Values = admin1Values;
        this.admin1Folded = admin1Folded;
        this.subType = subType;
        this.subTypeValues = subTypeValues;
        this.category = category;
        this.categoryValues = categoryValues;
        this.day = day;
        this.fatalities = fatalities;
        this.lat = lat;
        this.lon = lon;
        this.page = page;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        int[] perCountry = new int[countryKeys.length];
        for (int r = 0; r < size; r++) {
            if (day[r] != NO_DATE) {
                lo = Math.min(lo, day[r]);
                hi = Math.max(hi, day[r]);
            }
            if (country[r] != NONE) {
                perCountry[country[r]]++;
            }
        }
        this.minDay = lo;
        this.maxDay = hi;
        this.rowsByCountry = new int[countryKeys.length][];
        for (int c = 0; c < countryKeys.length; c++) {
            rowsByCountry[c] = new int[perCountry[c]];
            perCountry[c] = 0;
        }
        for (int r = 0; r < size; r++) {
            if (country[r] != NONE) {
                rowsByCountry[country[r]][perCountry[country[r]]++] = r;
            }
        }
    }

    /**
     * Reads the index from {@code reader}, which must be in a transaction already begun (so that
     * every statement here reads the same snapshot).
     *
     * @param generation the store's write sequence that snapshot corresponds to
     * @param cancelled polled now and then; when true the build stops and returns null
     */
    static QueryIndex build(Connection reader, long generation, BooleanSupplier cancelled) throws SQLException {
        long start = System.nanoTime();
        int size;
        try (Statement statement = reader.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM events")) {
            rs.next();
            long count = rs.getLong(1);
            if (count > Integer.MAX_VALUE - 8) {
                throw new StoreException("too many events for the query index: " + count);
            }
            size = (int) count;
        }
        Dictionary countries = dictionary(reader, "upper(country_iso3)", null);
        Dictionary provinces = dictionary(reader, "admin1", "lower(admin1)");
        Dictionary subTypes = dictionary(reader, "sub_event_type", null);
        Dictionary categories = dictionary(reader, "event_type", null);
        String[] ids = new String[size];
        int[] country = new int[size];
        int[] admin1 = new int[size];
        int[] subType = new int[size];
        int[] category = new int[size];
        int[] day = new int[size];
        int[] fatalities = new int[size];
        double[] lat = new double[size];
        double[] lon = new double[size];
        Columns columns = new Columns(size);
        Map<String, Integer> pool = new HashMap<>();
        List<String> pooled = new ArrayList<>();
        String sql = "SELECT e.id, upper(e.country_iso3), e.admin1, e.sub_event_type, e.event_type,"
                + " CAST(e.event_date - DATE '1970-01-01' AS INTEGER), e.fatalities, e.lat, e.lon,"
                + " e.actor1_name, e.actor1_type, e.actor1_country, e.actor2_name, e.actor2_type, e.actor2_country,"
                + " e.location_text, e.place_name, e.geoname_id, e.country_iso3, e.admin2, e.geo_precision, e.time_precision,"
                + " e.injured, e.arrested, e.confidence, e.num_articles, e.num_sources, e.stored_at, coalesce(c.n, 0)"
                + " FROM events e LEFT JOIN (SELECT event_id, count(*) AS n FROM evidence GROUP BY event_id) c"
                + " ON c.event_id = e.id ORDER BY e.id";
        int r = 0;
        try (PreparedStatement statement = reader.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                if (r == size) {
                    throw new StoreException("events changed while the query index was read");
                }
                if ((r & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                    return null;
                }
                ids[r] = rs.getString(1);
                country[r] = countries.id(rs.getString(2));
                admin1[r] = provinces.id(rs.getString(3));
                subType[r] = subTypes.id(rs.getString(4));
                category[r] = categories.id(rs.getString(5));
                int d = rs.getInt(6);
                day[r] = rs.wasNull() ? NO_DATE : d;
                fatalities[r] = rs.getInt(7);
                double la = rs.getDouble(8);
                lat[r] = rs.wasNull() ? Double.NaN : la;
                double lo = rs.getDouble(9);
                lon[r] = rs.wasNull() ? Double.NaN : lo;
                for (int c = 0; c < 8; c++) {
                    columns.strings[c][r] = pooled(rs.getString(10 + c), pool, pooled);
                }
                columns.strings[8][r] = pooled(rs.getString(19), pool, pooled);
                columns.strings[9][r] = pooled(rs.getString(20), pool, pooled);
                long geonameId = rs.getLong(18);
                if (rs.wasNull()) {
                    columns.noGeonameId.set(r);
                } else {
                    columns.geonameId[r] = geonameId;
                }
                columns.geoPrecision[r] = smallInt(rs, 21);
                columns.timePrecision[r] = smallInt(rs, 22);
                columns.injured[r] = rs.getInt(23);
                columns.arrested[r] = rs.getInt(24);
                columns.confidence[r] = rs.getDouble(25);
                columns.numArticles[r] = rs.getInt(26);
                columns.numSources[r] = rs.getInt(27);
                Instant storedAt = rs.getObject(28, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                columns.storedSeconds[r] = storedAt.getEpochSecond();
                columns.storedNanos[r] = storedAt.getNano();
                columns.evidenceCount[r] = rs.getInt(29);
                r++;
            }
        }
        if (r != size) {
            throw new StoreException("events changed while the query index was read");
        }
        columns.pool = pooled.toArray(String[]::new);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new QueryIndex(generation, millis, size, ids, country, countries.values, admin1, provinces.values,
                provinces.folded, subType, subTypes.values, category, categories.values, day, fatalities, lat, lon,
                columns);
    }

    /** The id of {@code value} in the string pool (adding it), or -1 for null. */
    private static int pooled(String value, Map<String, Integer> pool, List<String> pooled) {
        if (value == null) {
            return NONE;
        }
        Integer id = pool.get(value);
        if (id == null) {
            id = pooled.size();
            pool.put(value, id);
            pooled.add(value);
        }
        return id;
    }

    /** An INTEGER column of 1..3 or null (-1). */
    private static byte smallInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? (byte) NONE : (byte) value;
    }

    /**
     * The further columns a page shows (those {@link EventStore.EventRow} holds) and each event's
     * number of evidence sentences; strings are ids into one pool of distinct values.
     */
    private static final class Columns {
        /** actor1 name, type, country; actor2 name, type, country; location text, place name (then country, admin2). */
        static final int STRINGS = 10;
        final int[][] strings;
        String[] pool;
        final long[] geonameId;
        final java.util.BitSet noGeonameId = new java.util.BitSet();
        final byte[] geoPrecision;
        final byte[] timePrecision;
        final int[] injured;
        final int[] arrested;
        final double[] confidence;
        final int[] numArticles;
        final int[] numSources;
        /** {@code stored_at} as UTC epoch seconds and nanoseconds of the second. */
        final long[] storedSeconds;
        final int[] storedNanos;
        final int[] evidenceCount;

        Columns(int size) {
            strings = new int[STRINGS][size];
            geonameId = new long[size];
            geoPrecision = new byte[size];
            timePrecision = new byte[size];
            injured = new int[size];
            arrested = new int[size];
            confidence = new double[size];
            numArticles = new int[size];
            numSources = new int[size];
            storedSeconds = new long[size];
            storedNanos = new int[size];
            evidenceCount = new int[size];
        }

        String string(int column, int row) {
            int id = strings[column][row];
            return id == NONE ? null : pool[id];
        }
    }

    /** Distinct non-null values of a column in DuckDB's order, numbered from 0, and optionally a folded form of each. */
    private record Dictionary(String[] values, String[] folded, Map<String, Integer> ids) {
        int id(String value) {
            if (value == null) {
                return NONE;
            }
            Integer id = ids.get(value);
            if (id == null) {
                throw new StoreException("events changed while the query index was read");
            }
            return id;
        }
    }

    /** {@code expression} and {@code folding} are fixed SQL over {@code events}, never client input. */
    private static Dictionary dictionary(Connection reader, String expression, String folding) throws SQLException {
        String sql = "SELECT DISTINCT " + expression + " AS v" + (folding == null ? "" : ", " + folding + " AS f")
                + " FROM events WHERE " + expression + " IS NOT NULL ORDER BY v";
        List<String> values = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        try (Statement statement = reader.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
                folded.add(folding == null ? null : rs.getString(2));
            }
        }
        Map<String, Integer> ids = new HashMap<>(values.size() * 2);
        for (int i = 0; i < values.size(); i++) {
            ids.put(values.get(i), i);
        }
        return new Dictionary(values.toArray(String[]::new), folded.toArray(String[]::new), ids);
    }

    /** The store's write sequence this index was read at. */
    long generation() {
        return generation;
    }

    /** Events indexed. */
    int size() {
        return size;
    }

    /** Wall milliseconds the build took. */
    long buildMillis() {
        return buildMillis;
    }

    /** A rough estimate of the heap the index holds, in bytes (arrays, ids and pooled strings; small dictionaries ignored). */
    long estimatedBytes() {
        // Per row: id reference, 7 filter ints (with the country lists), 2 doubles; the page's 10 string ids,
        // geoname id, 2 bytes, 5 ints, confidence, stored_at (long + int).
        long bytes = size * (4L + 7 * 4 + 2 * 8 + Columns.STRINGS * 4 + 8 + 2 + 5 * 4 + 8 + 12);
        for (String id : ids) {
            bytes += stringBytes(id);
        }
        for (String value : page.pool) {
            bytes += stringBytes(value) + 4;
        }
        return bytes;
    }

    /** A compact (Latin-1) string's heap: header and hash, array header and bytes, 8-byte aligned. */
    private static long stringBytes(String value) {
        return 24 + 16 + ((value.length() + 7) / 8) * 8L;
    }

    /** Whether {@link #page} can answer {@code query} (its filters, order and paging). */
    boolean supportsPage(EventQuery query) {
        return supportsFilters(query) && query.limit() <= EventStore.PAGE_LOOKUP_LIMIT
                && (long) query.offset() + query.limit() <= MAX_TOP;
    }

    /** Whether {@link #aggregate} can answer {@code query} grouped {@code by}. */
    boolean supportsAggregate(EventQuery query, AggregateBy by) {
        return supportsFilters(query) && (by == AggregateBy.ADMIN1 || by == AggregateBy.TYPE
                || (by == AggregateBy.DAY && (minDay > maxDay
                        || (minDay >= FIRST_PLAIN_DAY && maxDay <= LAST_PLAIN_DAY && maxDay - minDay <= MAX_DAY_SPAN))));
    }

    private static boolean supportsFilters(EventQuery query) {
        return query.actor() == null && query.text() == null && isAscii(query.country()) && isAscii(query.admin1());
    }

    private static boolean isAscii(String value) {
        return value == null || value.chars().allMatch(c -> c < 0x80);
    }

    /** The page {@code query} asks for, as {@link EventStore#page} returns it; requires {@link #supportsPage}. */
    EventPage page(EventQuery query) {
        Filter filter = new Filter(query);
        int top = query.offset() + query.limit();
        RowOrder order = order(query.sort());
        int[] heap = new int[Math.max(0, Math.min(top, size))];
        int[] held = {0};
        long total = filter.forEachMatch(r -> {
            if (heap.length == 0) {
                return;
            }
            if (held[0] < heap.length) {
                heap[held[0]] = r;
                siftUp(heap, held[0]++, order);
            } else if (order.compare(r, heap[0]) < 0) {
                heap[0] = r;
                siftDown(heap, 0, held[0], order);
            }
        });
        // Heap sort in place: the worst row is moved to the end each time, leaving ascending order.
        for (int end = held[0] - 1; end > 0; end--) {
            int worst = heap[0];
            heap[0] = heap[end];
            heap[end] = worst;
            siftDown(heap, 0, end, order);
        }
        List<StoredEvent> events = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = query.offset(); i < held[0]; i++) {
            events.add(row(heap[i]).toStoredEvent(List.of()));
            counts.add(page.evidenceCount[heap[i]]);
        }
        return new EventPage(total, events, counts);
    }

    /** Row {@code r} as the SQL path reads it. */
    private EventStore.EventRow row(int r) {
        String id = ids[r];
        String subEventType = subTypeValues[subType[r]];
        EventType type = EventType.fromAcledName(subEventType)
                .orElseThrow(() -> new StoreException("event " + id + " has unknown sub_event_type '" + subEventType + "'"));
        return new EventStore.EventRow(id, type,
                page.string(0, r), EventStore.actorType(page.string(1, r), "actor1_type", id), page.string(2, r),
                page.string(3, r), EventStore.actorType(page.string(4, r), "actor2_type", id), page.string(5, r),
                page.string(6, r), page.string(7, r), page.noGeonameId.get(r) ? null : page.geonameId[r],
                Double.isNaN(lat[r]) ? null : lat[r], Double.isNaN(lon[r]) ? null : lon[r],
                page.string(8, r), admin1[r] == NONE ? null : admin1Values[admin1[r]], page.string(9, r),
                page.geoPrecision[r] == NONE ? null : (int) page.geoPrecision[r],
                day[r] == NO_DATE ? null : LocalDate.ofEpochDay(day[r]),
                EventStore.datePrecision(page.timePrecision[r] == NONE ? null : (int) page.timePrecision[r], id),
                fatalities[r], page.injured[r], page.arrested[r], page.confidence[r], page.numArticles[r], page.numSources[r],
                Instant.ofEpochSecond(page.storedSeconds[r], page.storedNanos[r]));
    }

    /** Groups of {@code query}'s matches as {@link EventStore#aggregate} returns them; requires {@link #supportsAggregate}. */
    List<Aggregate> aggregate(EventQuery query, AggregateBy by) {
        Filter filter = new Filter(query);
        int[] keyOf;
        int groups;
        int base;
        switch (by) {
            case ADMIN1 -> {
                keyOf = admin1;
                groups = admin1Values.length;
                base = 0;
            }
            case TYPE -> {
                keyOf = subType;
                groups = subTypeValues.length;
                base = 0;
            }
            case DAY -> {
                keyOf = day;
                groups = minDay > maxDay ? 0 : maxDay - minDay + 1;
                base = minDay;
            }
            default -> throw new IllegalArgumentException("the query index does not aggregate by " + by);
        }
        // Slot groups holds the events without a key.
        long[] counts = new long[groups + 1];
        long[] sums = new long[groups + 1];
        int nullKey = by == AggregateBy.DAY ? NO_DATE : NONE;
        filter.forEachMatch(r -> {
            int k = keyOf[r];
            int slot = k == nullKey ? groups : k - base;
            counts[slot]++;
            sums[slot] += fatalities[r];
        });
        List<Integer> present = new ArrayList<>();
        for (int g = 0; g <= groups; g++) {
            if (counts[g] > 0) {
                present.add(g);
            }
        }
        if (by != AggregateBy.DAY) {
            // Largest first, ties by key in DuckDB's order (the slot order), the null key last.
            present.sort((a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : Integer.compare(a, b));
        }
        List<Aggregate> result = new ArrayList<>(present.size());
        for (int g : present) {
            String key;
            if (g == groups) {
                key = null;
            } else if (by == AggregateBy.DAY) {
                key = LocalDate.ofEpochDay((long) g + base).toString();
            } else if (by == AggregateBy.ADMIN1) {
                key = admin1Values[g];
            } else {
                key = subTypeValues[g];
            }
            result.add(new Aggregate(key, counts[g], sums[g]));
        }
        return List.copyOf(result);
    }

    /** A row visitor. */
    @FunctionalInterface
    private interface RowVisitor {
        void visit(int row);
    }

    /** A query's predicates resolved against the dictionaries. */
    private final class Filter {
        private final boolean none;
        private final int countryId;
        private final boolean[] admin1Match;
        private final int subTypeId;
        private final int categoryId;
        private final boolean dated;
        private final int fromDay;
        private final int toDay;
        private final BoundingBox bbox;

        Filter(EventQuery query) {
            boolean empty = false;
            countryId = query.country() == null ? NONE : indexOf(countryKeys, query.country().toUpperCase(Locale.ROOT));
            empty |= query.country() != null && countryId == NONE;
            if (query.admin1() == null) {
                admin1Match = null;
            } else {
                String folded = query.admin1().toLowerCase(Locale.ROOT);
                admin1Match = new boolean[admin1Folded.length];
                boolean any = false;
                for (int i = 0; i < admin1Folded.length; i++) {
                    admin1Match[i] = folded.equals(admin1Folded[i]);
                    any |= admin1Match[i];
                }
                empty |= !any;
            }
            subTypeId = query.type() == null ? NONE : indexOf(subTypeValues, query.type().acledName());
            empty |= query.type() != null && subTypeId == NONE;
            categoryId = query.category() == null ? NONE : indexOf(categoryValues, query.category().acledName());
            empty |= query.category() != null && categoryId == NONE;
            dated = query.from() != null || query.to() != null;
            fromDay = query.from() == null ? NO_DATE + 1 : (int) query.from().toEpochDay();
            toDay = query.to() == null ? Integer.MAX_VALUE : (int) query.to().toEpochDay();
            bbox = query.bbox();
            none = empty;
        }

        /** Calls {@code visitor} for each matching row in ascending row order; returns how many matched. */
        long forEachMatch(RowVisitor visitor) {
            if (none) {
                return 0;
            }
            long matched = 0;
            if (countryId != NONE) {
                for (int r : rowsByCountry[countryId]) {
                    if (matches(r)) {
                        matched++;
                        visitor.visit(r);
                    }
                }
            } else {
                for (int r = 0; r < size; r++) {
                    if (matches(r)) {
                        matched++;
                        visitor.visit(r);
                    }
                }
            }
            return matched;
        }

        private boolean matches(int r) {
            if (subTypeId != NONE && subType[r] != subTypeId) {
                return false;
            }
            if (categoryId != NONE && category[r] != categoryId) {
                return false;
            }
            if (dated) {
                int d = day[r];
                if (d < fromDay || d > toDay) {
                    return false; // NO_DATE is below every fromDay
                }
            }
            if (admin1Match != null && (admin1[r] == NONE || !admin1Match[admin1[r]])) {
                return false;
            }
            if (bbox != null) {
                double x = lon[r];
                double y = lat[r];
                // NaN (no coordinates) fails every comparison, as NULL fails BETWEEN.
                return x >= bbox.minLon() && x <= bbox.maxLon() && y >= bbox.minLat() && y <= bbox.maxLat();
            }
            return true;
        }
    }

    private static int indexOf(String[] values, String value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        return NONE;
    }

    /** A total order of rows, the {@link EventSort}'s; negative when {@code a} comes first. */
    @FunctionalInterface
    private interface RowOrder {
        int compare(int a, int b);
    }

    private RowOrder order(EventSort sort) {
        return switch (sort) {
            case DATE -> (a, b) -> {
                int c = Integer.compare(dateAsc(a), dateAsc(b));
                return c != 0 ? c : Integer.compare(a, b);
            };
            case DATE_DESC -> (a, b) -> {
                int c = Integer.compare(dateDesc(a), dateDesc(b));
                return c != 0 ? c : Integer.compare(a, b);
            };
            case FATALITIES -> (a, b) -> {
                int c = Integer.compare(fatalities[a], fatalities[b]);
                if (c == 0) {
                    c = Integer.compare(dateAsc(a), dateAsc(b));
                }
                return c != 0 ? c : Integer.compare(a, b);
            };
            case FATALITIES_DESC -> (a, b) -> {
                int c = Integer.compare(fatalities[b], fatalities[a]);
                if (c == 0) {
                    c = Integer.compare(dateAsc(a), dateAsc(b));
                }
                return c != 0 ? c : Integer.compare(a, b);
            };
        };
    }

    /** Day ascending, undated last. */
    private int dateAsc(int r) {
        return day[r] == NO_DATE ? Integer.MAX_VALUE : day[r];
    }

    /** Day descending, undated last. */
    private int dateDesc(int r) {
        return day[r] == NO_DATE ? Integer.MAX_VALUE : -day[r];
    }

    /** Max-heap by {@code order}: the row that comes last on top. */
    private static void siftUp(int[] heap, int i, RowOrder order) {
        int row = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (order.compare(heap[parent], row) >= 0) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = row;
    }

    private static void siftDown(int[] heap, int i, int n, RowOrder order) {
        int row = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && order.compare(heap[child + 1], heap[child]) > 0) {
                child++;
            }
            if (order.compare(row, heap[child]) >= 0) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = row;
    }
}
