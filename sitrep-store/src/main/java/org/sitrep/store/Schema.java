package org.sitrep.store;

import java.util.List;

/**
 * The DDL of the store, version {@link #VERSION}. Column names are fixed here and nowhere else
 * takes them from input. There are no foreign keys: an event fused across articles may cite
 * evidence of an article stored later (or never), and DuckDB's foreign keys would also forbid the
 * event upsert.
 */
final class Schema {
    /**
     * Bump when a table changes; {@link EventStore#open} refuses files of any other version.
     *
     * <p>Adding a table is not a change of version: every statement of {@link #CREATE_STATEMENTS} is
     * {@code CREATE ... IF NOT EXISTS} and runs at every open, so a version-1 file written before
     * {@code gazetteer_places} existed gets the (empty) table when opened, and a sitrep that does
     * not know the table ignores it. Bumping would only make old files unreadable for nothing.
     */
    static final int VERSION = 1;

    static final List<String> CREATE_STATEMENTS = List.of(
            """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER   NOT NULL,
                applied_at TIMESTAMP NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS articles (
                id           VARCHAR   PRIMARY KEY,
                url          VARCHAR,
                source       VARCHAR,
                title        VARCHAR,
                published_on DATE,
                language     VARCHAR   NOT NULL,
                text         VARCHAR   NOT NULL,
                ingested_at  TIMESTAMP NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS events (
                id             VARCHAR   PRIMARY KEY,
                event_type     VARCHAR   NOT NULL,
                sub_event_type VARCHAR   NOT NULL,
                actor1_name    VARCHAR,
                actor1_type    VARCHAR,
                actor1_country VARCHAR,
                actor2_name    VARCHAR,
                actor2_type    VARCHAR,
                actor2_country VARCHAR,
                location_text  VARCHAR,
                place_name     VARCHAR,
                geoname_id     BIGINT,
                lat            DOUBLE    CHECK (lat BETWEEN -90 AND 90),
                lon            DOUBLE    CHECK (lon BETWEEN -180 AND 180),
                country_iso3   VARCHAR,
                admin1         VARCHAR,
                admin2         VARCHAR,
                geo_precision  INTEGER   CHECK (geo_precision BETWEEN 1 AND 3),
                event_date     DATE,
                time_precision INTEGER   CHECK (time_precision BETWEEN 1 AND 3),
                fatalities     INTEGER   NOT NULL CHECK (fatalities >= 0),
                injured        INTEGER   NOT NULL CHECK (injured >= 0),
                arrested       INTEGER   NOT NULL CHECK (arrested >= 0),
                confidence     DOUBLE    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
                num_articles   INTEGER   NOT NULL CHECK (num_articles >= 1),
                num_sources    INTEGER   NOT NULL CHECK (num_sources >= 1),
                plover_type    VARCHAR   NOT NULL,
                plover_mode    VARCHAR   NOT NULL,
                cameo_root     VARCHAR   NOT NULL,
                stored_at      TIMESTAMP NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS evidence (
                event_id   VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                sentence   INTEGER NOT NULL CHECK (sentence >= 0),
                span_start INTEGER NOT NULL CHECK (span_start >= 0),
                span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
                text       VARCHAR NOT NULL,
                PRIMARY KEY (event_id, article_id, sentence)
            )""",
            // The evidence of a page of events is looked up by event id (an ART index scan) rather
            // than by joining the whole evidence table; the primary key's index does not serve that.
            // Built at the first open of an older file (seconds for a million rows).
            "CREATE INDEX IF NOT EXISTS evidence_event_id ON evidence (event_id)",
            // One row per stored article: the sketches of its text (SimHash and 1-bit MinHash, both 0 for a
    // text too short to judge) and, for a
            // near-duplicate, the article it copies. Written with the article, in its transaction.
            """
            CREATE TABLE IF NOT EXISTS article_signatures (
                article_id   VARCHAR PRIMARY KEY,
                simhash      BIGINT  NOT NULL,
                minhash      BIGINT  NOT NULL,
                duplicate_of VARCHAR
            )""",
            // Imported GeoNames records (sitrep gazetteer import), raw: names are keyed when a
            // gazetteer is built from them, with the NameKeys version of that day.
            """
            CREATE TABLE IF NOT EXISTS gazetteer_places (
                geonameid       BIGINT    PRIMARY KEY,
                name            VARCHAR   NOT NULL,
                asciiname       VARCHAR   NOT NULL,
                alternatenames  VARCHAR   NOT NULL,
                lat             DOUBLE    NOT NULL CHECK (lat BETWEEN -90 AND 90),
                lon             DOUBLE    NOT NULL CHECK (lon BETWEEN -180 AND 180),
                country_code    VARCHAR   NOT NULL,
                admin1_code     VARCHAR   NOT NULL,
                admin2_code     VARCHAR   NOT NULL,
                feature_class   VARCHAR   NOT NULL,
                feature_code    VARCHAR   NOT NULL,
                population      BIGINT    NOT NULL CHECK (population >= 0),
                imported_at     TIMESTAMP NOT NULL
            )""",
            // sitrep watch: each feed's validators for conditional GETs, and the feed items done
            // (an item row is written in the transaction that stores its article, see FeedLedger).
            """
            CREATE TABLE IF NOT EXISTS watch_feeds (
                url           VARCHAR   PRIMARY KEY,
                etag          VARCHAR,
                last_modified VARCHAR,
                checked_at    TIMESTAMP NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS watch_items (
                url        VARCHAR   PRIMARY KEY,
                feed_url   VARCHAR   NOT NULL,
                article_id VARCHAR,
                done_at    TIMESTAMP NOT NULL
            )""");

    static final String SELECT_FEED_VALIDATORS = "SELECT etag, last_modified FROM watch_feeds WHERE url = ?";
    static final String UPSERT_FEED_VALIDATORS = "INSERT OR REPLACE INTO watch_feeds (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)";
    static final String ITEM_DONE = "SELECT 1 FROM watch_items WHERE url = ?";
    /** An item is recorded once; a second record of it (a concurrent duplicate) changes nothing. */
    static final String INSERT_ITEM_DONE = "INSERT OR IGNORE INTO watch_items (url, feed_url, article_id, done_at) VALUES (?, ?, ?, ?)";

    /** Columns of {@code gazetteer_places} but {@code imported_at}, in the order the staging table holds them. */
    static final String PLACE_COLUMNS = "geonameid, name, asciiname, alternatenames, lat, lon, country_code, "
            + "admin1_code, admin2_code, feature_class, feature_code, population";

    /** Rows of an import are appended here (DuckDB's Appender cannot upsert), then merged in batches. */
    static final String CREATE_PLACE_STAGING = "CREATE OR REPLACE TEMP TABLE gazetteer_staging (seq BIGINT NOT NULL, "
            + "geonameid BIGINT NOT NULL, name VARCHAR, asciiname VARCHAR, alternatenames VARCHAR, lat DOUBLE, lon DOUBLE, "
            + "country_code VARCHAR, admin1_code VARCHAR, admin2_code VARCHAR, feature_class VARCHAR, "
            + "feature_code VARCHAR, population BIGINT)";

    /** Upserts the staged rows by geonameid, the last staged row of an id winning; binds {@code imported_at}. */
    static final String MERGE_PLACES = "INSERT OR REPLACE INTO gazetteer_places (" + PLACE_COLUMNS + ", imported_at) "
            + "SELECT " + PLACE_COLUMNS + ", ? FROM gazetteer_staging "
            + "QUALIFY row_number() OVER (PARTITION BY geonameid ORDER BY seq DESC) = 1";

    static final String CLEAR_PLACE_STAGING = "DELETE FROM gazetteer_staging";

    static final String SELECT_PLACES = "SELECT " + PLACE_COLUMNS + " FROM gazetteer_places ORDER BY geonameid";

    /** Event columns in the order {@link #INSERT_EVENT} binds them. */
    static final List<String> EVENT_COLUMNS = List.of(
            "id", "event_type", "sub_event_type",
            "actor1_name", "actor1_type", "actor1_country",
            "actor2_name", "actor2_type", "actor2_country",
            "location_text", "place_name", "geoname_id", "lat", "lon",
            "country_iso3", "admin1", "admin2", "geo_precision",
            "event_date", "time_precision", "fatalities", "injured", "arrested",
            "confidence", "num_articles", "num_sources",
            "plover_type", "plover_mode", "cameo_root", "stored_at");

    static final String INSERT_SIGNATURE = "INSERT INTO article_signatures (article_id, simhash, minhash, duplicate_of) VALUES (?, ?, ?, ?)";

    /** Articles stored before signatures existed: given one when the store first needs them. */
    static final String ARTICLES_WITHOUT_SIGNATURE = "SELECT a.id, a.text FROM articles a "
            + "LEFT JOIN article_signatures s ON s.article_id = a.id WHERE s.article_id IS NULL ORDER BY a.ingested_at, a.id";

    /** First copies (not near-duplicates), in the order they were stored. */
    static final String FIRST_COPIES = "SELECT s.article_id, s.simhash, s.minhash FROM article_signatures s JOIN articles a ON a.id = s.article_id "
            + "WHERE s.duplicate_of IS NULL AND s.simhash <> 0 ORDER BY a.ingested_at, s.article_id";

    /** Per event, each article citing it with what fusion needs of the article. */
    static final String EVENT_ARTICLES = "SELECT DISTINCT ev.event_id, ev.article_id, a.source, a.url, a.published_on "
            + "FROM evidence ev LEFT JOIN articles a ON a.id = ev.article_id";

    /**
     * The staging tables of one write batch, created afresh for each: the columns of their tables
     * (timestamps aside, bound when the rows move), no constraints. Temporary: this connection's own.
     */
    static final List<String> CREATE_STAGING = List.of(
            "CREATE OR REPLACE TEMP TABLE staging_articles AS SELECT * EXCLUDE (ingested_at) FROM articles WHERE false",
            "CREATE OR REPLACE TEMP TABLE staging_signatures AS SELECT * FROM article_signatures WHERE false",
            "CREATE OR REPLACE TEMP TABLE staging_events AS SELECT * EXCLUDE (stored_at) FROM events WHERE false",
            "CREATE OR REPLACE TEMP TABLE staging_evidence AS SELECT * FROM evidence WHERE false");

    /** Binds {@code ingested_at}. */
    static final String INSERT_STAGED_ARTICLES = "INSERT INTO articles (id, url, source, title, published_on, language, text, ingested_at) "
            + "SELECT id, url, source, title, published_on, language, text, ? FROM staging_articles";

    static final String INSERT_STAGED_SIGNATURES = "INSERT INTO article_signatures (article_id, simhash, minhash, duplicate_of) "
            + "SELECT article_id, simhash, minhash, duplicate_of FROM staging_signatures";

    /**
     * New events are inserted, events stored before (joined by a later article) replaced by their
     * fused row: the newest fusion wins. Binds {@code stored_at}.
     */
    static final String UPSERT_STAGED_EVENTS = "INSERT OR REPLACE INTO events (" + String.join(", ", EVENT_COLUMNS) + ") SELECT "
            + String.join(", ", EVENT_COLUMNS.subList(0, EVENT_COLUMNS.size() - 1)) + ", ? FROM staging_events";

    /** Evidence is a union over codings: a sentence once cited stays cited. */
    static final String INSERT_STAGED_EVIDENCE = "INSERT INTO evidence (event_id, article_id, sentence, span_start, span_end, text) "
            + "SELECT event_id, article_id, sentence, span_start, span_end, text FROM staging_evidence ON CONFLICT DO NOTHING";

    private Schema() {}
}
