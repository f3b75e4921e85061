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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * An immutable, in-memory, columnar copy of the {@code events} columns that the server's filters,
 * sorts and aggregates read, so that {@link EventStore#page} and {@link EventStore#aggregate}
 * answer without scanning the table in DuckDB: a scan over primitive arrays (one row per event)
 * with the query's predicates, a bounded heap for the top {@code offset + limit} rows, and group
 * counts in arrays. The scan reads only candidate rows: posting lists of the rows of each country,
 * each sub-event type, each event type, each pair of country and sub-event or event type, and of all
 * rows, every list in day order so that a date range is a slice found by binary search; a query
 * scans the shortest slice its filters allow, and does not check the filters the list's key settles
 * (a country, a type and a few months read only their own events). The index also holds the other
 * columns a page shows (strings pooled) and each event's evidence count, so a page needs no DuckDB
 * round trip: measured on 1M events, reading 100 rows by id ({@code id IN (...)}) and their
 * evidence counts from DuckDB cost 13 + 7 ms, more than the whole CPU budget of a request.
 *
 * <p><b>Rows.</b> Rows are clustered: numbered in the order of country, then day (undated first),
 * then id, so that the events of a country are one contiguous range of every column and a scan of
 * them reads memory in order (a country's province aggregate is the commonest heavy query of a
 * map). Each row also holds its rank in DuckDB's {@code ORDER BY id}, the id tie-break of every
 * {@link EventSort} exactly as DuckDB compares strings.
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
 * Memory: about 250 bytes per event (1M synthetic events: about 252 MB with the posting lists,
 * built in 14 s on a shared 2-core machine), plus the distinct strings of the page's columns.
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
    /** Every row, and the rows of each country, sub-event type and event type (by dictionary id). */
    private final Postings all;
    private final Postings[] byCountry;
    private final Postings[] bySubType;
    private final Postings[] byCategory;
    /**
     * Lists by country and sub-event type (key {@code (country + 1) * subTypes + subType}, country -1
     * for events without one), and by country and event type.
     */
    private final Postings[] byCountrySubType;
    private final Postings[] byCountryCategory;
    /** Bits of the filters a posting list's key implies. */
    private static final int COUNTRY = 1;
    private static final int SUB_TYPE = 2;
    private static final int CATEGORY = 4;
    private final int[] admin1;
    private final String[] admin1Values;
    private final String[] admin1Folded;
    private final int[] subType;
    private final String[] subTypeValues;
    /** The event type of each sub-event type value, null where the value names none (reading such a row throws). */
    private final EventType[] subTypeEvents;
    private final int[] category;
    private final String[] categoryValues;
    private final int[] day;
    /** Each row's rank in DuckDB's {@code ORDER BY id}: the tie-break of every sort. */
    private final int[] idRank;
    private final int minDay;
    private final int maxDay;
    private final int[] fatalities;
    private final double[] lat;
    private final double[] lon;
    private final Columns page;

    private QueryIndex(long generation, long buildMillis, int size, String[] ids, int[] country, String[] countryKeys,
                       int[] admin1, String[] admin1Values, String[] admin1Folded, int[] subType, String[] subTypeValues,
                       int[] category, String[] categoryValues, int[] day, int[] idRank, int[] fatalities, double[] lat, double[] lon,
                       Columns page) {
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
        this.subTypeEvents = new EventType[subTypeValues.length];
        for (int i = 0; i < subTypeValues.length; i++) {
            subTypeEvents[i] = EventType.fromAcledName(subTypeValues[i]).orElse(null);
        }
        this.category = category;
        this.categoryValues = categoryValues;
        this.day = day;
        this.idRank = idRank;
        this.fatalities = fatalities;
        this.lat = lat;
        this.lon = lon;
        this.page = page;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        // (day, row) packed in a long sorts by day, then row: the day is signed in the high half,
        // the row (never negative) in the low half.
        long[] dayThenRow = new long[size];
        for (int r = 0; r < size; r++) {
            if (day[r] != NO_DATE) {
                lo = Math.min(lo, day[r]);
                hi = Math.max(hi, day[r]);
            }
            dayThenRow[r] = ((long) day[r] << 32) | r;
        }
        Arrays.sort(dayThenRow);
        int[] byDay = new int[size];
        for (int i = 0; i < size; i++) {
            byDay[i] = (int) dayThenRow[i];
        }
        this.minDay = lo;
        this.maxDay = hi;
        this.all = Postings.of(byDay, day, null, 1)[0];
        this.byCountry = Postings.of(byDay, day, country, countryKeys.length);
        this.bySubType = Postings.of(byDay, day, subType, subTypeValues.length);
        this.byCategory = Postings.of(byDay, day, category, categoryValues.length);
        this.byCountrySubType = Postings.of(byDay, day, pairs(country, subType, subTypeValues.length),
                (countryKeys.length + 1) * subTypeValues.length);
        this.byCountryCategory = Postings.of(byDay, day, pairs(country, category, categoryValues.length),
                (countryKeys.length + 1) * categoryValues.length);
    }

    /** Per row, {@code (first + 1) * seconds + second} ({@code first} may be {@link #NONE}), or NONE where {@code second} is. */
    private static int[] pairs(int[] first, int[] second, int seconds) {
        int[] keys = new int[first.length];
        for (int r = 0; r < keys.length; r++) {
            keys[r] = second[r] == NONE ? NONE : (first[r] + 1) * seconds + second[r];
        }
        return keys;
    }

    /**
     * Rows in ascending (day, row) order, undated first, with their days alongside so that a date
     * range is found by binary search over a sequential array.
     */
    private record Postings(int[] rows, int[] days) {
        /**
         * One list per key {@code 0 .. keys - 1} of {@code keyOf} (rows whose key is {@link #NONE}
         * are in none), or a single list of every row when {@code keyOf} is null.
         *
         * @param byDay every row in ascending (day, row) order; each list keeps that order
         */
        static Postings[] of(int[] byDay, int[] day, int[] keyOf, int keys) {
            int[] counts = new int[keys];
            for (int r : byDay) {
                int k = keyOf == null ? 0 : keyOf[r];
                if (k != NONE) {
                    counts[k]++;
                }
            }
            Postings[] lists = new Postings[keys];
            for (int k = 0; k < keys; k++) {
                lists[k] = new Postings(new int[counts[k]], new int[counts[k]]);
                counts[k] = 0;
            }
            for (int r : byDay) {
                int k = keyOf == null ? 0 : keyOf[r];
                if (k != NONE) {
                    int i = counts[k]++;
                    lists[k].rows[i] = r;
                    lists[k].days[i] = day[r];
                }
            }
            return lists;
        }

        /** The first index whose day is above {@code day} ({@code days.length} if none). */
        int firstAbove(int day) {
            int lo = 0;
            int hi = days.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] <= day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
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
        int[] idRank = new int[size];
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
                + " e.injured, e.arrested, e.confidence, e.num_articles, e.num_sources, e.stored_at, coalesce(c.n, 0),"
                + " CAST(row_number() OVER (ORDER BY e.id) - 1 AS INTEGER)"
                + " FROM events e LEFT JOIN (SELECT event_id, count(*) AS n FROM evidence GROUP BY event_id) c"
                + " ON c.event_id = e.id ORDER BY upper(e.country_iso3) NULLS LAST, e.event_date NULLS FIRST, e.id";
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
                idRank[r] = rs.getInt(30);
                r++;
            }
        }
        if (r != size) {
            throw new StoreException("events changed while the query index was read");
        }
        columns.pool = pooled.toArray(String[]::new);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new QueryIndex(generation, millis, size, ids, country, countries.values, admin1, provinces.values,
                provinces.folded, subType, subTypes.values, category, categories.values, day, idRank, fatalities, lat, lon,
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
        // Per row: id reference, 6 filter ints and the id rank, 6 posting lists (row and day, 12 ints), 2 doubles; the
        // page's 10 string ids, geoname id, 2 bytes, 5 ints, confidence, stored_at (long + int).
        long bytes = size * (4L + 7 * 4 + 12 * 4 + 2 * 8 + Columns.STRINGS * 4 + 8 + 2 + 5 * 4 + 8 + 12);
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
        long total = filter.forEachMatch(query.sort() == EventSort.DATE_DESC, r -> {
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
        EventType type = subTypeEvents[subType[r]];
        if (type == null) {
            throw new StoreException("event " + id + " has unknown sub_event_type '" + subTypeValues[subType[r]] + "'");
        }
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
        filter.forEachMatch(false, r -> {
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

        /**
         * Calls {@code visitor} once for each matching row, in ascending (day, row) order or, when
         * {@code latestFirst}, descending; returns how many matched. The order only saves work: a
         * page's heap fills with its best rows first when they come in its sort's order, and every
         * later row is then refused by one comparison.
         */
        long forEachMatch(boolean latestFirst, RowVisitor visitor) {
            if (none) {
                return 0;
            }
            // The shortest slice among the lists the filters allow (each holds every match); on a
            // tie the list whose key implies more of the filters, whose predicates are then not checked.
            Postings[] scan = {all};
            int implied = 0;
            long length = sliceLength(all);
            int subTypes = subTypeValues.length;
            int categories = categoryValues.length;
            Postings[] lists = {
                    countryId == NONE ? null : byCountry[countryId],
                    subTypeId == NONE ? null : bySubType[subTypeId],
                    categoryId == NONE ? null : byCategory[categoryId],
                    countryId == NONE || subTypeId == NONE ? null : byCountrySubType[(countryId + 1) * subTypes + subTypeId],
                    countryId == NONE || categoryId == NONE ? null : byCountryCategory[(countryId + 1) * categories + categoryId]};
            int[] implies = {COUNTRY, SUB_TYPE, CATEGORY, COUNTRY | SUB_TYPE, COUNTRY | CATEGORY};
            for (int k = 0; k < lists.length; k++) {
                Postings p = lists[k];
                if (p == null) {
                    continue;
                }
                long n = sliceLength(p);
                if (n < length || (n == length && Integer.bitCount(implies[k]) > Integer.bitCount(implied))) {
                    scan = new Postings[] {p};
                    implied = implies[k];
                    length = n;
                }
            }
            // A type without a country: the type's rows country by country hold the same rows as the
            // type's own list, but each country's lie together in memory (rows are clustered by
            // country), so reading them is far cheaper. Not for latest-first pages, which want one
            // list in day order.
            if (countryId == NONE && !latestFirst && (subTypeId != NONE || categoryId != NONE)) {
                boolean bySub = subTypeId != NONE;
                Postings[] perCountry = new Postings[countryKeys.length + 1];
                long n = 0;
                for (int c = 0; c <= countryKeys.length; c++) {
                    perCountry[c] = bySub ? byCountrySubType[c * subTypes + subTypeId] : byCountryCategory[c * categories + categoryId];
                    n += sliceLength(perCountry[c]);
                }
                if (n <= length) {
                    scan = perCountry;
                    implied = bySub ? SUB_TYPE : CATEGORY;
                }
            }
            long matched = 0;
            for (Postings p : scan) {
                matched += scan(p, latestFirst, implied, visitor);
            }
            return matched;
        }

        private long scan(Postings p, boolean latestFirst, int implied, RowVisitor visitor) {
            int[] rows = p.rows();
            int start = sliceStart(p);
            int end = sliceEnd(p);
            long matched = 0;
            if (latestFirst) {
                for (int i = end - 1; i >= start; i--) {
                    int r = rows[i];
                    if (matches(r, implied)) {
                        matched++;
                        visitor.visit(r);
                    }
                }
            } else {
                for (int i = start; i < end; i++) {
                    int r = rows[i];
                    if (matches(r, implied)) {
                        matched++;
                        visitor.visit(r);
                    }
                }
            }
            return matched;
        }

        private long sliceLength(Postings p) {
            return sliceEnd(p) - sliceStart(p);
        }

        /** The date range is the slice [first day >= from, first day > to): NO_DATE sorts below every from. */
        private int sliceStart(Postings p) {
            return dated ? p.firstAbove(fromDay - 1) : 0;
        }

        private int sliceEnd(Postings p) {
            return dated ? p.firstAbove(toDay) : p.rows().length;
        }

        /**
         * The predicates but the date range, which {@link #forEachMatch} applies by slicing, and but
         * those the scanned list's key implies ({@code implied}: {@link #COUNTRY} etc.).
         */
        private boolean matches(int r, int implied) {
            // Each check reads another array at row r, a likely cache miss: skip those the list settles.
            if (countryId != NONE && (implied & COUNTRY) == 0 && country[r] != countryId) {
                return false;
            }
            if (subTypeId != NONE && (implied & SUB_TYPE) == 0 && subType[r] != subTypeId) {
                return false;
            }
            if (categoryId != NONE && (implied & CATEGORY) == 0 && category[r] != categoryId) {
                return false;
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
                return c != 0 ? c : Integer.compare(idRank[a], idRank[b]);
            };
            case DATE_DESC -> (a, b) -> {
                int c = Integer.compare(dateDesc(a), dateDesc(b));
                return c != 0 ? c : Integer.compare(idRank[a], idRank[b]);
            };
            case FATALITIES -> (a, b) -> {
                int c = Integer.compare(fatalities[a], fatalities[b]);
                if (c == 0) {
                    c = Integer.compare(dateAsc(a), dateAsc(b));
                }
                return c != 0 ? c : Integer.compare(idRank[a], idRank[b]);
            };
            case FATALITIES_DESC -> (a, b) -> {
                int c = Integer.compare(fatalities[b], fatalities[a]);
                if (c == 0) {
                    c = Integer.compare(dateAsc(a), dateAsc(b));
                }
                return c != 0 ? c : Integer.compare(idRank[a], idRank[b]);
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
