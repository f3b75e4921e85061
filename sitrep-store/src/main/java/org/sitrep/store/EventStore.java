package org.sitrep.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sitrep.dedup.NearDuplicates;
import org.sitrep.dedup.Sketch;
import org.sitrep.fuse.CrossArticleRules;
import org.sitrep.fuse.EventFacts;
import org.sitrep.fuse.FusionIndex;
import org.sitrep.geo.GeoNamesRow;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.pipeline.ArticleResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * sitrep's events in one embedded DuckDB file.
 *
 * <p><b>Writes.</b> {@link #save} writes one article, its events and their evidence in one
 * transaction; {@link #saveAll} writes a batch in one transaction. Either everything of the
 * article (batch) becomes visible or nothing does, so a run killed at any instant leaves no
 * half-written article. An article whose id is already stored is skipped whole, so re-running on
 * the same input adds nothing twice. Event rows are upserted by id (ids are content-derived): a
 * later coding of the same event replaces its fields, and its evidence is added to the earlier.
 *
 * <p><b>Near-duplicates.</b> Every saved article gets a {@link Sketch} of its text (table
 * {@code article_signatures}). An article whose signature is a near-duplicate of a stored first
 * copy's is stored as a copy linked to the earliest stored such copy ({@link SaveOutcome.Status#DUPLICATE}):
 * its events are not written, so a syndicated story is neither coded nor counted twice.
 * {@link #firstCopyOf} lets a caller skip coding copies in the first place.
 *
 * <p><b>Cross-article fusion.</b> With {@link StoreOptions#fuseAcrossArticles()} (the default), each
 * event of a saved article is compared with the stored events of its country within a month of its
 * day (an in-memory {@link FusionIndex}, read from the file at the first write); when
 * {@link CrossArticleRules#sameEvent} says it reports one of them again, it joins that event: the
 * event keeps its id, takes the fused fields of {@link CrossArticleRules#merge} (fatalities the
 * highest single-article figure, never the sum) and the new evidence, and its {@code num_articles}
 * and {@code num_sources} grow. So an article arriving tomorrow joins yesterday's event, and
 * re-running adds nothing and changes no id. Which event's id survives depends on arrival order:
 * the first stored report's.
 *
 * <p><b>Reads.</b> {@link #events} returns flat {@link StoredEvent}s; every query value reaches SQL
 * as a bound parameter, never as SQL text.
 *
 * <p><b>Query index.</b> After {@link #enableQueryIndex} (the server calls it), {@link #page} and
 * {@link #aggregate} answer the queries it supports from an immutable in-memory columnar copy of
 * the events ({@link QueryIndex}), with the same results as SQL. Writes bump a write sequence
 * (odd while a write runs); an index is used only while the sequence equals the one it was read
 * at, so it is never stale, and a newer one is built in the background and swapped in atomically.
 *
 * <p><b>Imported gazetteer.</b> {@link #importPlaces} upserts GeoNames records (by geonameid) into
 * {@code gazetteer_places}; {@link #importedPlaces} reads them back for
 * {@link org.sitrep.geo.Gazetteer#extendedWith}.
 *
 * <p><b>Time.</b> {@code ingested_at} and {@code stored_at} are UTC, truncated to seconds, taken
 * from the clock given to {@link #open(Path, Clock)}.
 *
 * <p><b>Thread-safety.</b> Thread-safe. Writes, imports and the small lookups ({@link #eventCount},
 * {@link #hasArticle}, ...) synchronize on the store and run one at a time over the store's one
 * writing connection. The queries a server runs under load ({@link #events}, {@link #page},
 * {@link #event}, {@link #count}, {@link #aggregate}, {@link #interactions}) do not take that lock:
 * each borrows one of {@value #READ_CONNECTIONS} read connections (DuckDB connections to the same
 * database instance, {@link DuckDBConnection#duplicate()}), so that many run at once, beside a
 * write; a caller waits only when all read connections are busy. A read sees every write
 * committed before it began (DuckDB's snapshot isolation), never part of one. {@link #close}
 * waits for the reads in flight. DuckDB lets only one process open a file for writing at a time.
 */
public final class EventStore implements AutoCloseable {
    private static final String URL_PREFIX = "jdbc:duckdb:";

    /** Connections the concurrent reads share; more would only queue work on DuckDB's own threads. */
    static final int READ_CONNECTIONS = 4;

    /**
     * The largest page whose evidence is looked up by event id (one index scan per event); larger
     * results (exports) join the evidence table once instead.
     */
    static final int PAGE_LOOKUP_LIMIT = 1000;

    private final Connection connection;
    private final Clock clock;
    private final WriteHook hook;
    private final StoreOptions options;
    private final Path dbFile;
    /** The stored events as fusion sees them; null until the first write needs it, or after a rollback. Guarded by the store's lock. */
    private FusionIndex fusionIndex;
    /** The stored first copies by signature; null until needed, or after a rollback. Guarded by the store's lock. */
    private NearDuplicates firstCopies;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READ_CONNECTIONS, true);
    private int readerCount;
    private volatile boolean closed;
    /**
     * The write sequence: odd while a write to events is under way, even otherwise; bumped only
     * under the store's lock, before the write begins and after it commits or rolls back.
     */
    private volatile long writeSeq;
    /** The query index, or null before {@link #enableQueryIndex} or before its first build. */
    private final AtomicReference<QueryIndex> queryIndex = new AtomicReference<>();
    /** Builds the query index again after writes; null until {@link #enableQueryIndex}. */
    private volatile ExecutorService indexBuilder;
    private final AtomicBoolean indexBuilding = new AtomicBoolean();

    private EventStore(Connection connection, Clock clock, WriteHook hook, StoreOptions options, Path dbFile) {
        this.connection = connection;
        this.clock = clock;
        this.hook = hook;
        this.options = options;
        this.dbFile = dbFile;
    }

    /** Opens (creating if absent) the store in {@code dbFile}, with the system UTC clock. */
    public static EventStore open(Path dbFile) {
        return open(dbFile, Clock.systemUTC());
    }

    /**
     * Opens the store in {@code dbFile}, creating the file, its parent directories and the schema
     * if absent.
     *
     * @param dbFile the DuckDB file, e.g. {@code data/sitrep.duckdb}
     * @param clock source of {@code ingested_at} and {@code stored_at}
     * @throws StoreException if the file cannot be opened or holds a schema of another version
     * @throws IllegalArgumentException if the path contains {@code ?} or {@code ;}, which the
     *     DuckDB JDBC URL would read as options rather than as part of the file name
     */
    public static EventStore open(Path dbFile, Clock clock) {
        return open(dbFile, clock, StoreOptions.DEFAULTS);
    }

    /** Opens the store as {@link #open(Path, Clock)} does, writing as {@code options} say. */
    public static EventStore open(Path dbFile, Clock clock, StoreOptions options) {
        return open(dbFile, clock, WriteHook.NONE, options);
    }

    static EventStore open(Path dbFile, Clock clock, WriteHook hook) {
        return open(dbFile, clock, hook, StoreOptions.DEFAULTS);
    }

    static EventStore open(Path dbFile, Clock clock, WriteHook hook, StoreOptions options) {
        if (dbFile == null || clock == null || hook == null || options == null) {
            throw new IllegalArgumentException("dbFile, clock, hook and options must not be null");
        }
        Path absolute = dbFile.toAbsolutePath().normalize();
        String name = absolute.toString();
        if (name.contains("?") || name.contains(";")) {
            throw new IllegalArgumentException("dbFile must not contain '?' or ';', was '" + name + "'");
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of " + absolute, e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(URL_PREFIX + name);
        } catch (SQLException e) {
            throw new StoreException("cannot open DuckDB file " + absolute + ": " + e.getMessage(), e);
        }
        EventStore store = new EventStore(connection, clock, hook, options, absolute);
        try {
            store.createSchema();
            store.openReaders();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** The absolute path of the database file. */
    public Path dbFile() {
        return dbFile;
    }

    private void openReaders() {
        try {
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            for (int i = 0; i < READ_CONNECTIONS; i++) {
                readers.add(duck.duplicate());
                readerCount++;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open read connections to " + dbFile + ": " + e.getMessage(), e);
        }
    }

    private void createSchema() {
        inTransaction("create the schema", () -> {
            try (Statement statement = connection.createStatement()) {
                for (String ddl : Schema.CREATE_STATEMENTS) {
                    statement.execute(ddl);
                }
                try (ResultSet rs = statement.executeQuery("SELECT count(*), max(version), min(version) FROM schema_version")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                            insert.setInt(1, Schema.VERSION);
                            insert.setObject(2, toUtc(now()));
                            insert.executeUpdate();
                        }
                    } else if (rs.getInt(2) != Schema.VERSION || rs.getInt(3) != Schema.VERSION) {
                        throw new StoreException("database " + dbFile + " has schema version " + rs.getInt(2)
                                + ", this sitrep reads only version " + Schema.VERSION);
                    }
                }
            }
            return null;
        });
    }

    /**
     * Writes one article with its events and their evidence in one transaction, or skips it if an
     * article with its id is already stored.
     *
     * @throws StoreException if the write fails; nothing of the article is then stored
     */
    public synchronized SaveOutcome save(ArticleResult result) {
        return saveAll(List.of(result)).get(0);
    }

    /**
     * Writes several articles in one transaction (faster than one by one): all of the batch is
     * stored, or, if any write fails, none of it. Articles already stored, and repeats of an id
     * within the batch, are skipped.
     *
     * @return one outcome per input, in input order
     * @throws StoreException if the write fails; nothing of the batch is then stored
     */
    public synchronized List<SaveOutcome> saveAll(List<ArticleResult> results) {
        ensureOpen();
        List<ArticleResult> batch = List.copyOf(results);
        if (batch.isEmpty()) {
            return List.of();
        }
        LocalDateTime writtenAt = toUtc(now());
        writeSeq++; // odd: readers stop trusting the query index until it is rebuilt
        try {
            return saveBatch(batch, writtenAt);
        } finally {
            writeSeq++;
        }
    }

    /**
     * {@link #save} and, in the same transaction, the record that feed item {@code itemUrl} is done
     * (even when the article was stored already): a process killed at any instant leaves both or
     * neither. Used by {@link FeedLedger}.
     */
    synchronized SaveOutcome saveFeedItem(ArticleResult result, String itemUrl, String feedUrl) {
        ensureOpen();
        LocalDateTime writtenAt = toUtc(now());
        writeSeq++;
        try {
            return saveBatch(List.of(result), writtenAt, () -> insertItemDone(itemUrl, feedUrl, result.article().id(), writtenAt)).get(0);
        } finally {
            writeSeq++;
        }
    }

    /** Records feed item {@code itemUrl} done without storing an article (its page holds none, or its article is stored). */
    synchronized void markFeedItemDone(String itemUrl, String feedUrl, String articleId) {
        ensureOpen();
        LocalDateTime at = toUtc(now());
        inTransaction("record feed item " + itemUrl, () -> {
            insertItemDone(itemUrl, feedUrl, articleId, at);
            return null;
        });
    }

    private void insertItemDone(String itemUrl, String feedUrl, String articleId, LocalDateTime at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Schema.INSERT_ITEM_DONE)) {
            ps.setString(1, itemUrl);
            ps.setString(2, feedUrl);
            setString(ps, 3, articleId);
            ps.setObject(4, at);
            ps.executeUpdate();
        }
    }

    /** True when feed item {@code itemUrl} is recorded done. */
    synchronized boolean feedItemDone(String itemUrl) {
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement(Schema.ITEM_DONE)) {
            ps.setString(1, itemUrl);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up feed item " + itemUrl + ": " + e.getMessage(), e);
        }
    }

    /** The stored {@code [etag, lastModified]} of a feed (either may be null), or empty if the feed has none stored. */
    synchronized Optional<String[]> feedValidators(String feedUrl) {
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement(Schema.SELECT_FEED_VALIDATORS)) {
            ps.setString(1, feedUrl);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the state of feed " + feedUrl + ": " + e.getMessage(), e);
        }
    }

    /** Stores (replaces) a feed's validators. */
    synchronized void saveFeedValidators(String feedUrl, String etag, String lastModified) {
        ensureOpen();
        LocalDateTime at = toUtc(now());
        inTransaction("store the state of feed " + feedUrl, () -> {
            try (PreparedStatement ps = connection.prepareStatement(Schema.UPSERT_FEED_VALIDATORS)) {
                ps.setString(1, feedUrl);
                setString(ps, 2, etag);
                setString(ps, 3, lastModified);
                ps.setObject(4, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** Number of feed items recorded done. */
    public synchronized long feedItemCount() {
        return count("SELECT count(*) FROM watch_items");
    }

    private List<SaveOutcome> saveBatch(List<ArticleResult> batch, LocalDateTime writtenAt) {
        return saveBatch(batch, writtenAt, () -> { });
    }

    /**
     * Extra writes of a save's transaction, run before the articles are written: any failure of the
     * articles' writes rolls them back too.
     */
    @FunctionalInterface
    private interface AlsoWrite {
        void run() throws SQLException;
    }

    /*
     * A batch is written in three steps. (1) Every decision is taken in memory, under the store's
     * lock: which articles are stored already (one query), which are near-duplicates, which events
     * join stored ones and what the fused rows say. (2) The rows are appended to temporary staging
     * tables (DuckDB's Appender, far faster than a statement per row). (3) One transaction moves
     * them into the tables with a few INSERT ... SELECT statements. A failure anywhere rolls the
     * transaction back and drops the in-memory views, which are read from the file again.
     */
    private List<SaveOutcome> saveBatch(List<ArticleResult> batch, LocalDateTime writtenAt, AlsoWrite also) {
        try {
            FusionIndex index = inTransaction("read the stored events for fusion", this::fusionIndex);
            NearDuplicates copies = inTransaction("read the article signatures", this::firstCopies);
            Set<String> stored = storedArticleIds(batch);
            BatchRows rows = new BatchRows();
            Set<String> seen = new HashSet<>();
            List<SaveOutcome> outcomes = new ArrayList<>(batch.size());
            for (ArticleResult result : batch) {
                String articleId = result.article().id();
                boolean fresh = seen.add(articleId) && !stored.contains(articleId);
                outcomes.add(fresh ? decide(result, rows, index, copies) : SaveOutcome.skipped(articleId));
            }
            rows.stage(connection);
            inTransaction("save " + batch.size() + " article(s) starting with " + batch.get(0).article().id(), () -> {
                also.run();
                rows.write(connection, writtenAt, hook);
                return null;
            });
            return List.copyOf(outcomes);
        } catch (RuntimeException e) {
            // The in-memory views may hold what was rolled back: read them from the file again.
            fusionIndex = null;
            firstCopies = null;
            throw e;
        }
    }

    /** The ids among {@code batch}'s articles that the file holds already. */
    private Set<String> storedArticleIds(List<ArticleResult> batch) {
        Set<String> stored = new HashSet<>();
        List<Object> ids = new ArrayList<>(batch.stream().map(r -> (Object) r.article().id()).distinct().toList());
        try {
            for (int from = 0; from < ids.size(); from += PAGE_LOOKUP_LIMIT) {
                List<Object> slice = ids.subList(from, Math.min(ids.size(), from + PAGE_LOOKUP_LIMIT));
                try (PreparedStatement statement = prepare(connection, "SELECT id FROM articles WHERE id IN (" + placeholders(slice.size()) + ")", slice);
                     ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up stored articles: " + e.getMessage(), e);
        }
        return stored;
    }

    /** Decides in memory what saving one new article writes, adds it to {@code rows}, and updates the views. */
    private SaveOutcome decide(ArticleResult result, BatchRows rows, FusionIndex index, NearDuplicates copies) {
        Article article = result.article();
        String articleId = article.id();
        Sketch sketch = Sketch.of(article.text());
        Optional<String> firstCopy = copies.firstCopyOf(article.text(), sketch,
                id -> rows.textOf(id).orElseGet(() -> articleText(id).orElse(null)));
        rows.article(article, sketch, firstCopy.orElse(null));
        if (firstCopy.isPresent()) {
            return SaveOutcome.duplicate(articleId, firstCopy.get());
        }
        copies.add(articleId, sketch);
        List<String> joined = new ArrayList<>();
        int evidenceRows = 0;
        for (Event event : result.events()) {
            EventFacts incoming = EventFacts.of(event, article);
            Optional<EventFacts> same = index.get(event.id());
            Optional<EventFacts> earlier = same.isPresent() || !options.fuseAcrossArticles() ? Optional.empty() : index.match(incoming);
            EventFacts written = same.map(held -> CrossArticleRules.recoding(held, incoming))
                    .or(() -> earlier.map(held -> CrossArticleRules.merge(held, incoming)))
                    .orElse(incoming);
            index.put(written);
            rows.event(written);
            evidenceRows += rows.evidence(written.id(), event);
            earlier.ifPresent(held -> joined.add(held.id()));
        }
        return new SaveOutcome(articleId, SaveOutcome.Status.SAVED, result.events().size(), evidenceRows, null, joined);
    }

    /** The fusion index, read from the file at first use. Call under the store's lock, inside a transaction. */
    private FusionIndex fusionIndex() throws SQLException {
        if (fusionIndex == null) {
            Map<String, Set<String>> articles = new HashMap<>();
            Map<String, Set<String>> sources = new HashMap<>();
            Map<String, LocalDate> reportedOn = new HashMap<>();
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(Schema.EVENT_ARTICLES)) {
                while (rs.next()) {
                    String eventId = rs.getString(1);
                    String articleId = rs.getString(2);
                    articles.computeIfAbsent(eventId, k -> new HashSet<>()).add(articleId);
                    sources.computeIfAbsent(eventId, k -> new HashSet<>()).add(EventFacts.sourceOf(rs.getString(3), rs.getString(4), articleId));
                    LocalDate published = rs.getObject(5, LocalDate.class);
                    if (published != null) {
                        reportedOn.merge(eventId, published, (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
            FusionIndex index = new FusionIndex();
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT * FROM events")) {
                while (rs.next()) {
                    EventRow row = EventRow.read(rs);
                    // An event without evidence rows (none is written so) still needs an article to be counted by.
                    Set<String> ids = articles.getOrDefault(row.id(), Set.of("event:" + row.id()));
                    index.put(new EventFacts(row.id(), row.type(), row.actor1Name(), row.actor1Type(), row.actor1Country(),
                            row.actor2Name(), row.actor2Type(), row.actor2Country(), row.locationText(), row.placeName(),
                            row.geonameId(), row.lat(), row.lon(), row.countryIso3(), row.admin1(), row.admin2(), row.geoPrecision(),
                            row.date(), row.datePrecision(), reportedOn.get(row.id()), row.fatalities(), row.injured(), row.arrested(),
                            row.confidence(), ids, sources.getOrDefault(row.id(), ids)));
                }
            }
            fusionIndex = index;
        }
        return fusionIndex;
    }

    /**
     * The stored first copies, read from the file at first use; articles stored before signatures
     * existed get theirs then (as first copies: earlier runs are not re-judged). Call under the
     * store's lock, inside a transaction.
     */
    private NearDuplicates firstCopies() throws SQLException {
        if (firstCopies == null) {
            List<String[]> unsigned = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(Schema.ARTICLES_WITHOUT_SIGNATURE)) {
                while (rs.next()) {
                    unsigned.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            if (!unsigned.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(Schema.INSERT_SIGNATURE)) {
                    for (String[] article : unsigned) {
                        insert.setString(1, article[0]);
                        Sketch sketch = Sketch.of(article[1]);
                        insert.setLong(2, sketch.simhash());
                        insert.setLong(3, sketch.minhash());
                        insert.setNull(4, Types.VARCHAR);
                        insert.executeUpdate();
                    }
                }
            }
            NearDuplicates copies = new NearDuplicates();
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(Schema.FIRST_COPIES)) {
                while (rs.next()) {
                    copies.add(rs.getString(1), new Sketch(rs.getLong(2), rs.getLong(3)));
                }
            }
            firstCopies = copies;
        }
        return firstCopies;
    }

    /**
     * The stored article that {@code text} would be a copy of, if any: what
     * {@link #save} would link it to. Lets a caller skip coding a copy.
     */
    public synchronized Optional<String> firstCopyOf(String text) {
        ensureOpen();
        try {
            NearDuplicates copies = inTransaction("look up near-duplicates", this::firstCopies);
            return copies.firstCopyOf(text, Sketch.of(text), id -> articleText(id).orElse(null));
        } catch (RuntimeException e) {
            firstCopies = null;
            throw e;
        }
    }

    /** For a stored near-duplicate, the id of the first copy it is linked to; empty for any other id. */
    public synchronized Optional<String> duplicateOf(String articleId) {
        ensureOpen();
        try (PreparedStatement statement = connection.prepareStatement("SELECT duplicate_of FROM article_signatures WHERE article_id = ?")) {
            statement.setString(1, articleId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the duplicate link of " + articleId + ": " + e.getMessage(), e);
        }
    }

    /** Number of stored articles linked as near-duplicates of another. */
    public synchronized long duplicateCount() {
        return count("SELECT count(*) FROM article_signatures WHERE duplicate_of IS NOT NULL");
    }

    /**
     * Stored events matching {@code query}, in its {@link EventQuery#sort() order} (by default event
     * date, undated last, then id), with their evidence; {@code limit} and {@code offset} page them.
     */
    public List<StoredEvent> events(EventQuery query) {
        return read("query events with " + query, reader -> events(reader, query));
    }

    /**
     * One page of the events matching {@code query}, in its order, paged by its limit and offset as
     * {@link #events} pages them, without evidence sentences but with their number, and the number
     * of all matching events (as {@link #count}); all read from the same snapshot.
     */
    public EventPage page(EventQuery query) {
        QueryIndex index = freshIndex();
        if (index != null && index.supportsPage(query)) {
            ensureOpen();
            return index.page(query);
        }
        return sqlPage(query);
    }

    private EventPage sqlPage(EventQuery query) {
        return read("query a page of events with " + query, connection -> inSnapshot(connection, reader -> {
            List<Object> params = new ArrayList<>();
            String where = whereClause(query, params);
            params.add((long) query.limit());
            params.add((long) query.offset());
            List<EventRow> rows = eventRows(reader,
                    "SELECT * FROM events" + where + " ORDER BY " + query.sort().orderBy() + " LIMIT ? OFFSET ?", params);
            Map<String, Integer> counts = evidenceCounts(reader, rows);
            return new EventPage(count(reader, query),
                    rows.stream().map(r -> r.toStoredEvent(List.of())).toList(),
                    rows.stream().map(r -> counts.getOrDefault(r.id(), 0)).toList());
        }));
    }

    private static List<StoredEvent> events(Connection reader, EventQuery query) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = whereClause(query, params);
        params.add((long) query.limit());
        params.add((long) query.offset());
        String order = query.sort().orderBy();
        if (query.limit() > PAGE_LOOKUP_LIMIT) {
            String sql = "WITH page AS (SELECT *, row_number() OVER (ORDER BY " + order + ") AS page_rank FROM events" + where
                    + " ORDER BY " + order + " LIMIT ? OFFSET ?)"
                    + EVIDENCE_JOIN + " ORDER BY page.page_rank ASC, ev.article_id ASC, ev.sentence ASC";
            try (PreparedStatement statement = prepare(reader, sql, params); ResultSet rs = statement.executeQuery()) {
                return readEvents(rs);
            }
        }
        // A top-N over the filtered events, then the evidence of just those: never a scan of all evidence.
        return withEvidence(reader, eventRows(reader, "SELECT * FROM events" + where + " ORDER BY " + order + " LIMIT ? OFFSET ?", params));
    }

    /**
     * The stored event with this id, with its evidence, or empty when there is none.
     */
    public Optional<StoredEvent> event(String id) {
        if (id == null) {
            ensureOpen();
            return Optional.empty();
        }
        return read("query event " + id, reader ->
                withEvidence(reader, eventRows(reader, "SELECT * FROM events WHERE id = ?", List.of(id))).stream().findFirst());
    }

    /** Number of stored events matching {@code query}, ignoring its limit and offset. */
    public long count(EventQuery query) {
        return read("count events with " + query, reader -> count(reader, query));
    }

    private static long count(Connection reader, EventQuery query) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT count(*) FROM events" + whereClause(query, params);
        try (PreparedStatement statement = prepare(reader, sql, params); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<EventRow> eventRows(Connection reader, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement statement = prepare(reader, sql, params); ResultSet rs = statement.executeQuery()) {
            List<EventRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(EventRow.read(rs));
            }
            return rows;
        }
    }

    /**
     * {@code rows} with their evidence, ordered by article id then sentence, looked up by event id
     * (index {@code evidence_event_id}) and the articles by id (the primary key).
     */
    private static List<StoredEvent> withEvidence(Connection reader, List<EventRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Object> ids = new ArrayList<>(rows.size());
        rows.forEach(r -> ids.add(r.id()));
        Map<String, List<EvidenceRow>> evidence = new java.util.HashMap<>();
        Set<Object> articleIds = new java.util.LinkedHashSet<>();
        String sql = "SELECT event_id, article_id, sentence, span_start, span_end, text FROM evidence WHERE event_id IN ("
                + placeholders(ids.size()) + ") ORDER BY event_id ASC, article_id ASC, sentence ASC";
        try (PreparedStatement statement = prepare(reader, sql, ids); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                EvidenceRow row = new EvidenceRow(rs.getString(2), rs.getInt(3), new Span(rs.getInt(4), rs.getInt(5)), rs.getString(6));
                evidence.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(row);
                articleIds.add(row.articleId());
            }
        }
        Map<String, String[]> articles = new java.util.HashMap<>();
        if (!articleIds.isEmpty()) {
            String articleSql = "SELECT id, url, source, title FROM articles WHERE id IN (" + placeholders(articleIds.size()) + ")";
            try (PreparedStatement statement = prepare(reader, articleSql, new ArrayList<>(articleIds)); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    articles.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        List<StoredEvent> events = new ArrayList<>(rows.size());
        for (EventRow row : rows) {
            List<StoredEvidence> items = new ArrayList<>();
            for (EvidenceRow ev : evidence.getOrDefault(row.id(), List.of())) {
                String[] article = articles.getOrDefault(ev.articleId(), new String[3]);
                items.add(new StoredEvidence(ev.articleId(), ev.sentence(), ev.span(), ev.text(), article[0], article[1], article[2]));
            }
            events.add(row.toStoredEvent(items));
        }
        return List.copyOf(events);
    }

    /** Evidence rows per event id of {@code rows}, by index lookups; ids without evidence are absent. */
    private static Map<String, Integer> evidenceCounts(Connection reader, List<EventRow> rows) throws SQLException {
        Map<String, Integer> counts = new java.util.HashMap<>();
        // Pages larger than a lookup are counted in slices, so that no statement binds more than that many ids.
        for (int from = 0; from < rows.size(); from += PAGE_LOOKUP_LIMIT) {
            List<Object> ids = new ArrayList<>();
            rows.subList(from, Math.min(rows.size(), from + PAGE_LOOKUP_LIMIT)).forEach(r -> ids.add(r.id()));
            String sql = "SELECT event_id, count(*) FROM evidence WHERE event_id IN (" + placeholders(ids.size()) + ") GROUP BY event_id";
            try (PreparedStatement statement = prepare(reader, sql, ids); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), (int) rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /** One {@code evidence} row of a page lookup. */
    private record EvidenceRow(String articleId, int sentence, Span span, String text) {}

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /**
     * Counts and fatality sums of the events matching {@code query} (limit and offset ignored),
     * grouped {@code by}: days in date order (undated last), other groups largest first, ties by key.
     * For {@link AggregateBy#ACTOR} an event counts once for each distinct named actor and events
     * without actors are left out; for the others every matching event is in exactly one group.
     */
    public List<Aggregate> aggregate(EventQuery query, AggregateBy by) {
        QueryIndex index = freshIndex();
        if (index != null && index.supportsAggregate(query, by)) {
            ensureOpen();
            return index.aggregate(query, by);
        }
        List<Object> params = new ArrayList<>();
        String where = whereClause(query, params);
        String sql = switch (by) {
            case DAY -> "SELECT CAST(event_date AS VARCHAR) AS k, count(*) AS n, sum(fatalities) AS f FROM events" + where
                    + " GROUP BY event_date ORDER BY event_date ASC NULLS LAST";
            case ADMIN1 -> "SELECT admin1 AS k, count(*) AS n, sum(fatalities) AS f FROM events" + where
                    + " GROUP BY admin1 ORDER BY n DESC, k ASC NULLS LAST";
            case TYPE -> "SELECT sub_event_type AS k, count(*) AS n, sum(fatalities) AS f FROM events" + where
                    + " GROUP BY sub_event_type ORDER BY n DESC, k ASC";
            case ACTOR -> {
                String second = where.isEmpty() ? " WHERE " : where + " AND ";
                List<Object> twice = new ArrayList<>(params);
                twice.addAll(params);
                params = twice;
                yield "SELECT k, count(*) AS n, sum(f) AS f FROM ("
                        + "SELECT actor1_name AS k, fatalities AS f FROM events" + where
                        + " UNION ALL SELECT actor2_name AS k, fatalities AS f FROM events" + second
                        + "actor2_name IS DISTINCT FROM actor1_name"
                        + ") WHERE k IS NOT NULL GROUP BY k ORDER BY n DESC, k ASC";
            }
        };
        String grouped = sql;
        List<Object> bound = params;
        return read("aggregate events by " + by.label() + " with " + query, reader -> {
            try (PreparedStatement statement = prepare(reader, grouped, bound); ResultSet rs = statement.executeQuery()) {
                List<Aggregate> groups = new ArrayList<>();
                while (rs.next()) {
                    groups.add(new Aggregate(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
                return List.copyOf(groups);
            }
        });
    }

    /**
     * The actor network of the events matching {@code query} (limit and offset ignored): one edge
     * per (actor1, actor2) pair of names, both present, with its number of events; largest first,
     * ties by source then target.
     */
    public List<Interaction> interactions(EventQuery query) {
        List<Object> params = new ArrayList<>();
        String where = whereClause(query, params);
        String sql = "SELECT actor1_name, actor2_name, count(*) AS n FROM events"
                + (where.isEmpty() ? " WHERE " : where + " AND ") + "actor1_name IS NOT NULL AND actor2_name IS NOT NULL"
                + " GROUP BY actor1_name, actor2_name ORDER BY n DESC, actor1_name ASC, actor2_name ASC";
        return read("list interactions with " + query, reader -> {
            try (PreparedStatement statement = prepare(reader, sql, params); ResultSet rs = statement.executeQuery()) {
                List<Interaction> edges = new ArrayList<>();
                while (rs.next()) {
                    edges.add(new Interaction(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
                return List.copyOf(edges);
            }
        });
    }

    /** Joins the CTE {@code page} (events plus {@code page_rank}) with evidence and articles. */
    private static final String EVIDENCE_JOIN =
            " SELECT page.*, ev.article_id AS ev_article_id, ev.sentence AS ev_sentence, ev.span_start AS ev_span_start,"
            + " ev.span_end AS ev_span_end, ev.text AS ev_text, a.url AS a_url, a.source AS a_source, a.title AS a_title"
            + " FROM page LEFT JOIN evidence ev ON ev.event_id = page.id LEFT JOIN articles a ON a.id = ev.article_id";

    /**
     * The WHERE clause (with a leading space, or empty) of {@code query}'s filters over
     * {@code events}, built from fixed fragments only; the values are appended to {@code params}.
     */
    private static String whereClause(EventQuery query, List<Object> params) {
        List<String> where = new ArrayList<>();
        if (query.type() != null) {
            where.add("sub_event_type = ?");
            params.add(query.type().acledName());
        }
        if (query.category() != null) {
            where.add("event_type = ?");
            params.add(query.category().acledName());
        }
        if (query.actor() != null) {
            // contains() rather than LIKE: a client's % or _ must match literally, not as a wildcard.
            where.add("(contains(lower(actor1_name), lower(?)) OR contains(lower(actor2_name), lower(?)))");
            params.add(query.actor());
            params.add(query.actor());
        }
        if (query.country() != null) {
            where.add("upper(country_iso3) = upper(?)");
            params.add(query.country());
        }
        if (query.admin1() != null) {
            where.add("lower(admin1) = lower(?)");
            params.add(query.admin1());
        }
        if (query.from() != null) {
            where.add("event_date >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            where.add("event_date <= ?");
            params.add(query.to());
        }
        if (query.bbox() != null) {
            where.add("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?");
            params.add(query.bbox().minLon());
            params.add(query.bbox().maxLon());
            params.add(query.bbox().minLat());
            params.add(query.bbox().maxLat());
        }
        if (query.text() != null) {
            where.add("EXISTS (SELECT 1 FROM evidence tx WHERE tx.event_id = events.id AND lower(tx.text) LIKE lower(?) ESCAPE '\\')");
            params.add("%" + likeEscaped(query.text()) + "%");
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    /** {@code text} with LIKE's wildcards and its escape character escaped by a backslash. */
    static String likeEscaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static PreparedStatement prepare(Connection on, String sql, List<Object> params) throws SQLException {
        PreparedStatement statement = on.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** A read on one borrowed read connection; it must leave the connection in autocommit. */
    @FunctionalInterface
    private interface ReadWork<T> {
        T run(Connection reader) throws SQLException;
    }

    /**
     * Runs {@code work} on a read connection borrowed for its duration, waiting while all are busy.
     * SQL failures are rethrown as {@link StoreException} naming {@code what}.
     */
    private <T> T read(String what, ReadWork<T> work) {
        Connection reader = borrowReader();
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
        } finally {
            readers.add(reader);
        }
    }

    private Connection borrowReader() {
        try {
            while (true) {
                ensureOpen();
                // A fair queue serves waiting readers first come, first served; the timeout only
                // notices a close, so it is long enough that a waiter rarely loses its place.
                Connection reader = readers.poll(1, TimeUnit.SECONDS);
                if (reader != null) {
                    if (closed) {
                        readers.add(reader);
                        ensureOpen();
                    }
                    return reader;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection to " + dbFile, e);
        }
    }

    // ---- query index ----

    /**
     * Builds the in-memory {@link QueryIndex} now (seconds for a million events) and from then on
     * answers {@link #page} and {@link #aggregate} from it whenever it supports the query (filters
     * by country, province, type, category, dates and box; sorts by date or fatalities; aggregates
     * by day, province and type). The answers are the same as without it.
     *
     * <p>It is never stale: a read uses the index only if no write to events has started since it
     * was read (the write sequence, bumped before and after each {@link #saveAll}); otherwise the
     * read takes the SQL path and a rebuild starts in the background (one at a time, on a daemon
     * thread the store owns and stops at {@link #close}). An answer comes wholly from one index, a
     * snapshot of one committed state, as an SQL read does. Calling it again does nothing more.
     *
     * @throws StoreException if the first build fails or the store is closed
     */
    public void enableQueryIndex() {
        ensureOpen();
        synchronized (queryIndex) {
            if (indexBuilder != null) {
                return;
            }
            indexBuilder = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "sitrep-query-index " + dbFile.getFileName());
                thread.setDaemon(true);
                return thread;
            });
        }
        // A write in the middle of a build voids it; after three tries the background takes over.
        for (int attempt = 0; attempt < 3 && currentIndex() == null; attempt++) {
            buildIndex();
        }
    }

    /**
     * The current query index's size, build time and estimated heap, or empty when there is none
     * (not enabled, or stale and not yet rebuilt).
     */
    public Optional<QueryIndexInfo> queryIndexInfo() {
        QueryIndex index = currentIndex();
        if (index == null) {
            return Optional.empty();
        }
        return Optional.of(new QueryIndexInfo(index.size(), index.buildMillis(), index.estimatedBytes()));
    }

    /** The query index if it is current, else null. */
    private QueryIndex currentIndex() {
        QueryIndex index = queryIndex.get();
        return index != null && index.generation() == writeSeq ? index : null;
    }

    /** The query index if enabled and current; otherwise null, having started a rebuild if needed. */
    private QueryIndex freshIndex() {
        ExecutorService builder = indexBuilder;
        if (builder == null) {
            return null;
        }
        QueryIndex index = currentIndex();
        if (index != null) {
            return index;
        }
        if (!closed && indexBuilding.compareAndSet(false, true)) {
            try {
                builder.execute(() -> {
                    try {
                        buildIndex();
                    } catch (RuntimeException e) {
                        // The reads stay on SQL; the next one tries again.
                    } finally {
                        indexBuilding.set(false);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                indexBuilding.set(false); // closing
            }
        }
        return null;
    }

    /**
     * Reads a new index and publishes it, unless a write started or ran while its snapshot was
     * taken (then it builds nothing; a later read asks again).
     */
    private void buildIndex() {
        read("build the query index", reader -> {
            long before = writeSeq;
            if ((before & 1) != 0) {
                return null;
            }
            return inSnapshot(reader, snapshot -> {
                try (Statement statement = snapshot.createStatement(); ResultSet rs = statement.executeQuery("SELECT 1 FROM events LIMIT 1")) {
                    rs.next(); // the transaction's snapshot is taken by its first statement
                }
                if (writeSeq == before) {
                    QueryIndex built = QueryIndex.build(snapshot, before, () -> closed);
                    if (built != null) {
                        queryIndex.set(built);
                    }
                }
                return null;
            });
        });
    }

    /**
     * Runs {@code work} in one transaction on {@code reader}, so that all its statements see one
     * snapshot; commits after it, rolls back if it fails, and leaves the connection in auto-commit.
     */
    private static <T> T inSnapshot(Connection reader, ReadWork<T> work) throws SQLException {
        reader.setAutoCommit(false);
        try {
            T result = work.run(reader);
            reader.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            reader.rollback();
            throw e;
        } finally {
            reader.setAutoCommit(true);
        }
    }

    /** Number of stored events. */
    public synchronized long eventCount() {
        return count("SELECT count(*) FROM events");
    }

    /** Number of stored articles. */
    public synchronized long articleCount() {
        return count("SELECT count(*) FROM articles");
    }

    /**
     * True when an article with this id is stored. Lets a run skip coding what a previous run
     * already stored, which {@link #save} would skip anyway.
     */
    public synchronized boolean hasArticle(String articleId) {
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up article " + articleId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The text of a stored article, exactly as coded (evidence spans are offsets into it), or empty
     * when no article has this id.
     */
    public synchronized Optional<String> articleText(String articleId) {
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + articleId + ": " + e.getMessage(), e);
        }
    }

    /** Number of stored evidence rows (sentences cited by events). */
    public synchronized long evidenceCount() {
        return count("SELECT count(*) FROM evidence");
    }

    /**
     * Stored events per ACLED sub-event type label (e.g. "Armed clash"), most frequent first, ties
     * by label; types without events are absent. The map is unmodifiable and keeps that order.
     */
    public synchronized Map<String, Long> countsBySubEventType() {
        ensureOpen();
        String sql = "SELECT sub_event_type, count(*) AS n FROM events GROUP BY sub_event_type ORDER BY n DESC, sub_event_type ASC";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            Map<String, Long> counts = new LinkedHashMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return Collections.unmodifiableMap(counts);
        } catch (SQLException e) {
            throw new StoreException("cannot count events by sub-event type: " + e.getMessage(), e);
        }
    }

    // ---- imported gazetteer ----

    /** Rows staged before they are merged into {@code gazetteer_places}, each merge one transaction. */
    static final int PLACE_BATCH = 50_000;

    /**
     * Something that passes GeoNames rows to a sink, such as a dump file being read, and returns what
     * it did.
     */
    @FunctionalInterface
    public interface PlaceFeed<R> {
        R feed(Consumer<GeoNamesRow> sink);
    }

    /**
     * Upserts every row {@code feed} passes on into {@code gazetteer_places}, by geonameid: a row
     * replaces the stored row of its id (re-importing a file changes nothing but
     * {@code imported_at}). Rows are streamed through DuckDB's Appender into a staging table and
     * merged every {@value #PLACE_BATCH} rows, each merge in its own transaction, so a file of any
     * size is imported in bounded memory; an import stopped midway leaves whole batches.
     *
     * @return what {@code feed} returned
     * @throws StoreException if a write fails (the batches merged before stay); exceptions of
     *     {@code feed} propagate, the rows it passed on before are stored
     */
    public synchronized <R> R importPlaces(PlaceFeed<R> feed) {
        ensureOpen();
        LocalDateTime importedAt = toUtc(now());
        try (Statement statement = connection.createStatement()) {
            statement.execute(Schema.CREATE_PLACE_STAGING);
        } catch (SQLException e) {
            throw new StoreException("cannot create the import staging table: " + e.getMessage(), e);
        }
        PlaceStager stager = new PlaceStager(importedAt);
        try {
            R result = feed.feed(stager::stage);
            stager.merge();
            return result;
        } finally {
            stager.closeQuietly();
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS gazetteer_staging");
            } catch (SQLException e) {
                // A temporary table goes with the connection anyway.
            }
        }
    }

    /** Appends rows to the staging table and merges them batch by batch. Used under the store's lock. */
    private final class PlaceStager {
        private final LocalDateTime importedAt;
        private DuckDBAppender appender;
        private long seq;
        private int staged;

        PlaceStager(LocalDateTime importedAt) {
            this.importedAt = importedAt;
        }

        void stage(GeoNamesRow row) {
            try {
                if (appender == null) {
                    appender = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "gazetteer_staging");
                }
                appender.beginRow()
                        .append(seq++).append(row.geonameId()).append(row.name()).append(row.asciiName())
                        .append(row.alternateNames()).append(row.lat()).append(row.lon()).append(row.countryCode())
                        .append(row.admin1Code()).append(row.admin2Code()).append(row.featureClass())
                        .append(row.featureCode()).append(row.population())
                        .endRow();
            } catch (SQLException e) {
                throw new StoreException("cannot stage GeoNames row " + row.geonameId() + ": " + e.getMessage(), e);
            }
            if (++staged >= PLACE_BATCH) {
                merge();
            }
        }

        void merge() {
            if (staged == 0) {
                return;
            }
            try {
                appender.close();
            } catch (SQLException e) {
                throw new StoreException("cannot append GeoNames rows: " + e.getMessage(), e);
            } finally {
                appender = null;
            }
            inTransaction("store " + staged + " imported place(s)", () -> {
                try (PreparedStatement mergeRows = connection.prepareStatement(Schema.MERGE_PLACES);
                     Statement clear = connection.createStatement()) {
                    mergeRows.setObject(1, importedAt);
                    mergeRows.executeUpdate();
                    clear.execute(Schema.CLEAR_PLACE_STAGING);
                }
                return null;
            });
            staged = 0;
        }

        void closeQuietly() {
            if (appender != null) {
                try {
                    appender.close();
                } catch (SQLException e) {
                    // Only reached after a failure, which is what gets reported.
                }
                appender = null;
            }
        }
    }

    /** Number of imported GeoNames records in {@code gazetteer_places}. */
    public synchronized long importedPlaceCount() {
        return count("SELECT count(*) FROM gazetteer_places");
    }

    /**
     * Every imported GeoNames record, by geonameid. Holds them all in memory, as a gazetteer built
     * from them will.
     */
    public synchronized List<GeoNamesRow> importedPlaces() {
        ensureOpen();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(Schema.SELECT_PLACES)) {
            List<GeoNamesRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new GeoNamesRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getString(10), rs.getString(11), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getLong(12)));
            }
            return List.copyOf(rows);
        } catch (SQLException e) {
            throw new StoreException("cannot read imported places: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new StoreException("an imported place in " + dbFile + " is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Closes the connections, first waiting (up to 30 s) for the reads in flight; later calls other
     * than {@code close} throw {@link StoreException}. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        ExecutorService builder = indexBuilder;
        if (builder != null) {
            builder.shutdown(); // a build in flight sees closed, stops and returns its read connection
        }
        StoreException failure = null;
        try {
            // Every reader back in the queue means no read is in flight any more.
            for (int i = 0; i < readerCount; i++) {
                Connection reader = readers.poll(30, TimeUnit.SECONDS);
                if (reader == null) {
                    break;
                }
                try {
                    reader.close();
                } catch (SQLException e) {
                    failure = new StoreException("cannot close a read connection to " + dbFile + ": " + e.getMessage(), e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close DuckDB file " + dbFile + ": " + e.getMessage(), e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    // ---- writing ----

    /** The rows one batch writes, decided in memory, then staged and moved into the tables. Not thread-safe; used under the store's lock. */
    private static final class BatchRows {
        private final List<Article> articles = new ArrayList<>();
        private final List<Object[]> signatures = new ArrayList<>();
        private final Map<String, String> texts = new HashMap<>();
        /** The last state of each event the batch writes, in first-write order. */
        private final Map<String, EventFacts> events = new java.util.LinkedHashMap<>();
        private final List<Object[]> evidence = new ArrayList<>();
        private final Set<List<Object>> evidenceKeys = new HashSet<>();

        /** The text of an article of this batch, if it is one. */
        Optional<String> textOf(String articleId) {
            return Optional.ofNullable(texts.get(articleId));
        }

        void article(Article article, Sketch sketch, String duplicateOf) {
            articles.add(article);
            texts.put(article.id(), article.text());
            signatures.add(new Object[] {article.id(), sketch.simhash(), sketch.minhash(), duplicateOf});
        }

        void event(EventFacts facts) {
            events.put(facts.id(), facts);
        }

        /** Adds the event's evidence under {@code eventId}, one row per (event, article, sentence), the first winning; returns the rows added. */
        int evidence(String eventId, Event event) {
            int added = 0;
            for (Evidence e : event.evidence()) {
                if (evidenceKeys.add(List.of(eventId, e.articleId(), e.sentence()))) {
                    evidence.add(new Object[] {eventId, e.articleId(), e.sentence(), e.span().start(), e.span().end(), e.text()});
                    added++;
                }
            }
            return added;
        }

        /** Appends the rows to fresh temporary staging tables (outside any transaction: they are this connection's own). */
        void stage(Connection connection) {
            try (Statement statement = connection.createStatement()) {
                for (String ddl : Schema.CREATE_STAGING) {
                    statement.execute(ddl);
                }
                DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
                try (DuckDBAppender a = duck.createAppender("temp", "main", "staging_articles")) {
                    for (Article article : articles) {
                        a.beginRow().append(article.id());
                        appendOrNull(a, article.url());
                        appendOrNull(a, article.source());
                        appendOrNull(a, article.title());
                        if (article.publishedOn() == null) {
                            a.appendNull();
                        } else {
                            a.append(article.publishedOn());
                        }
                        a.append(article.language()).append(article.text()).endRow();
                    }
                }
                try (DuckDBAppender a = duck.createAppender("temp", "main", "staging_signatures")) {
                    for (Object[] row : signatures) {
                        a.beginRow().append((String) row[0]).append((long) (Long) row[1]).append((long) (Long) row[2]);
                        appendOrNull(a, (String) row[3]);
                        a.endRow();
                    }
                }
                try (DuckDBAppender a = duck.createAppender("temp", "main", "staging_events")) {
                    for (EventFacts e : events.values()) {
                        appendEvent(a, e);
                    }
                }
                try (DuckDBAppender a = duck.createAppender("temp", "main", "staging_evidence")) {
                    for (Object[] row : evidence) {
                        a.beginRow().append((String) row[0]).append((String) row[1]).append((int) (Integer) row[2])
                                .append((int) (Integer) row[3]).append((int) (Integer) row[4]).append((String) row[5]).endRow();
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot stage a batch of " + articles.size() + " article(s): " + e.getMessage(), e);
            }
        }

        /** Moves the staged rows into the tables; call inside the write transaction. */
        void write(Connection connection, LocalDateTime writtenAt, WriteHook hook) throws SQLException {
            try (PreparedStatement insertArticles = connection.prepareStatement(Schema.INSERT_STAGED_ARTICLES);
                 PreparedStatement insertEvents = connection.prepareStatement(Schema.UPSERT_STAGED_EVENTS);
                 Statement statement = connection.createStatement()) {
                insertArticles.setObject(1, writtenAt);
                insertArticles.executeUpdate();
                statement.execute(Schema.INSERT_STAGED_SIGNATURES);
                insertEvents.setObject(1, writtenAt);
                insertEvents.executeUpdate();
                for (Object[] row : signatures) {
                    if (row[3] == null) {
                        hook.afterEventsWritten((String) row[0]);
                    }
                }
                statement.execute(Schema.INSERT_STAGED_EVIDENCE);
            }
        }

        private static void appendEvent(DuckDBAppender a, EventFacts e) throws SQLException {
            EventType type = e.type();
            a.beginRow().append(e.id()).append(type.category().acledName()).append(type.acledName());
            appendOrNull(a, e.actor1Name());
            appendOrNull(a, e.actor1Type() == null ? null : e.actor1Type().name());
            appendOrNull(a, e.actor1CountryIso3());
            appendOrNull(a, e.actor2Name());
            appendOrNull(a, e.actor2Type() == null ? null : e.actor2Type().name());
            appendOrNull(a, e.actor2CountryIso3());
            appendOrNull(a, e.locationText());
            appendOrNull(a, e.placeName());
            if (e.geonameId() == null) {
                a.appendNull();
            } else {
                a.append((long) e.geonameId());
            }
            if (e.lat() == null) {
                a.appendNull().appendNull();
            } else {
                a.append((double) e.lat()).append((double) e.lon());
            }
            appendOrNull(a, e.countryIso3());
            appendOrNull(a, e.admin1());
            appendOrNull(a, e.admin2());
            if (e.geoPrecision() == null) {
                a.appendNull();
            } else {
                a.append((int) e.geoPrecision());
            }
            if (e.date() == null) {
                a.appendNull().appendNull();
            } else {
                a.append(e.date()).append(e.datePrecision().acledCode());
            }
            a.append(e.fatalities()).append(e.injured()).append(e.arrested()).append(e.confidence())
                    .append(e.numArticles()).append(e.numSources())
                    .append(type.ploverType()).append(type.ploverMode()).append(type.cameoRoot())
                    .endRow();
        }

        private static void appendOrNull(DuckDBAppender a, String value) throws SQLException {
            if (value == null) {
                a.appendNull();
            } else {
                a.append(value);
            }
        }
    }

    // ---- reading ----

    /** Rows come ordered by event, so each event's evidence rows are contiguous. */
    private static List<StoredEvent> readEvents(ResultSet rs) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        String currentId = null;
        EventRow current = null;
        List<StoredEvidence> evidence = new ArrayList<>();
        while (rs.next()) {
            String id = rs.getString("id");
            if (!id.equals(currentId)) {
                if (current != null) {
                    events.add(current.toStoredEvent(evidence));
                }
                currentId = id;
                current = EventRow.read(rs);
                evidence = new ArrayList<>();
            }
            String articleId = rs.getString("ev_article_id");
            if (articleId != null) {
                evidence.add(new StoredEvidence(articleId, rs.getInt("ev_sentence"),
                        new Span(rs.getInt("ev_span_start"), rs.getInt("ev_span_end")), rs.getString("ev_text"),
                        rs.getString("a_url"), rs.getString("a_source"), rs.getString("a_title")));
            }
        }
        if (current != null) {
            events.add(current.toStoredEvent(evidence));
        }
        return List.copyOf(events);
    }

    /** The columns of one {@code events} row, read once per event. */
    record EventRow(String id, EventType type, String actor1Name, ActorType actor1Type, String actor1Country,
                            String actor2Name, ActorType actor2Type, String actor2Country,
                            String locationText, String placeName, Long geonameId, Double lat, Double lon,
                            String countryIso3, String admin1, String admin2, Integer geoPrecision,
                            LocalDate date, DatePrecision datePrecision, int fatalities, int injured, int arrested,
                            double confidence, int numArticles, int numSources, Instant storedAt) {
        static EventRow read(ResultSet rs) throws SQLException {
            String id = rs.getString("id");
            String subEventType = rs.getString("sub_event_type");
            EventType type = EventType.fromAcledName(subEventType)
                    .orElseThrow(() -> new StoreException("event " + id + " has unknown sub_event_type '" + subEventType + "'"));
            LocalDateTime storedAt = rs.getObject("stored_at", LocalDateTime.class);
            return new EventRow(id, type,
                    rs.getString("actor1_name"), actorType(rs, "actor1_type", id), rs.getString("actor1_country"),
                    rs.getString("actor2_name"), actorType(rs, "actor2_type", id), rs.getString("actor2_country"),
                    rs.getString("location_text"), rs.getString("place_name"), nullableLong(rs, "geoname_id"),
                    nullableDouble(rs, "lat"), nullableDouble(rs, "lon"),
                    rs.getString("country_iso3"), rs.getString("admin1"), rs.getString("admin2"), nullableInt(rs, "geo_precision"),
                    rs.getObject("event_date", LocalDate.class), EventStore.datePrecision(nullableInt(rs, "time_precision"), id),
                    rs.getInt("fatalities"), rs.getInt("injured"), rs.getInt("arrested"), rs.getDouble("confidence"),
                    rs.getInt("num_articles"), rs.getInt("num_sources"), storedAt.toInstant(ZoneOffset.UTC));
        }

        StoredEvent toStoredEvent(List<StoredEvidence> evidence) {
            return new StoredEvent(id, type, actor1Name, actor1Type, actor1Country, actor2Name, actor2Type, actor2Country,
                    locationText, placeName, geonameId, lat, lon, countryIso3, admin1, admin2, geoPrecision,
                    date, datePrecision, fatalities, injured, arrested, confidence, numArticles, numSources, storedAt, evidence);
        }
    }

    private static ActorType actorType(ResultSet rs, String column, String eventId) throws SQLException {
        return actorType(rs.getString(column), column, eventId);
    }

    /** {@code value} of {@code column} as an actor type, null for null; unknown values throw {@link StoreException}. */
    static ActorType actorType(String value, String column, String eventId) {
        if (value == null) {
            return null;
        }
        try {
            return ActorType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new StoreException("event " + eventId + " has unknown " + column + " '" + value + "'", e);
        }
    }

    static DatePrecision datePrecision(Integer acledCode, String eventId) {
        if (acledCode == null) {
            return null;
        }
        for (DatePrecision precision : DatePrecision.values()) {
            if (precision.acledCode() == acledCode) {
                return precision;
            }
        }
        throw new StoreException("event " + eventId + " has unknown time_precision " + acledCode);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    // ---- plumbing ----

    private long count(String sql) {
        ensureOpen();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot run '" + sql + "': " + e.getMessage(), e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static LocalDateTime toUtc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the store on " + dbFile + " is closed");
        }
    }

    /** A unit of work that may fail with SQL errors; its result is returned after commit. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: commit on success, rollback on any failure (SQL or
     * runtime), so no partial write becomes visible. SQL failures are rethrown as
     * {@link StoreException} naming {@code what}; runtime failures are rethrown as they are.
     */
    private <T> T inTransaction(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot begin a transaction to " + what + ": " + e.getMessage(), e);
        }
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            StoreException failure = new StoreException("cannot " + what + ": " + e.getMessage(), e);
            rollback(failure);
            throw failure;
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // The connection is broken; the next call will report it with its own context.
            }
        }
    }

    private void rollback(RuntimeException failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
