package org.sitrep.export;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sitrep.model.ActorType;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredEvidence;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One Apache Parquet file (ZSTD-compressed), one row per event in the order given, typed columns
 * ({@link #SCHEMA}): dates as {@code DATE}, counts as {@code INTEGER}, coordinates as
 * {@code DOUBLE}, absent values as nulls, and the evidence as a list of structs, so that pandas,
 * Arrow, Spark or DuckDB read it without parsing. The ACLED-named columns mean what the ACLED CSV
 * export's do; {@code time_precision} and {@code geo_precision} are ACLED's codes.
 *
 * <p>Written by an in-memory DuckDB (its Parquet writer is built into the JDBC driver: nothing is
 * downloaded): rows are appended to temporary tables and copied to the file. Thread-safe: each
 * call has its own database.
 */
public final class ParquetExporter {
    /** The file's columns and their DuckDB types, in order. */
    public static final String SCHEMA = """
            id VARCHAR, event_date DATE, time_precision TINYINT, event_type VARCHAR, sub_event_type VARCHAR,
            plover_type VARCHAR, plover_mode VARCHAR, cameo_code VARCHAR,
            actor1 VARCHAR, actor1_type VARCHAR, inter1 TINYINT, actor1_country VARCHAR,
            actor2 VARCHAR, actor2_type VARCHAR, inter2 TINYINT, actor2_country VARCHAR,
            iso3 VARCHAR, admin1 VARCHAR, admin2 VARCHAR, location VARCHAR, location_text VARCHAR,
            geoname_id BIGINT, latitude DOUBLE, longitude DOUBLE, geo_precision TINYINT,
            fatalities INTEGER, injured INTEGER, arrested INTEGER, confidence DOUBLE,
            num_articles INTEGER, num_sources INTEGER, stored_at TIMESTAMP""";

    private static final String EVIDENCE_SCHEMA = """
            article_id VARCHAR, sentence INTEGER, span_start INTEGER, span_end INTEGER, text VARCHAR,
            url VARCHAR, source VARCHAR, title VARCHAR""";

    /**
     * Writes {@code events} to {@code file}, replacing it. The file is written in place: callers
     * that need an all-or-nothing file write to a temporary path and move it.
     *
     * @throws IOException if the file cannot be written (DuckDB's message included)
     */
    public void write(List<StoredEvent> events, Path file) throws IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE e (ord BIGINT, " + SCHEMA + ")");
            statement.execute("CREATE TEMP TABLE v (event_ord BIGINT, evidence_ord INTEGER, " + EVIDENCE_SCHEMA + ")");
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            try (DuckDBAppender rows = duck.createAppender("temp", "main", "e");
                 DuckDBAppender evidence = duck.createAppender("temp", "main", "v")) {
                long ord = 0;
                for (StoredEvent event : events) {
                    appendEvent(rows, ord, event);
                    int i = 0;
                    for (StoredEvidence ev : event.evidence()) {
                        appendEvidence(evidence, ord, i++, ev);
                    }
                    ord++;
                }
            }
            String evidenceList = "(SELECT list({" + structFields() + "} ORDER BY v.evidence_ord) "
                    + "FROM v WHERE v.event_ord = e.ord)";
            // The path is the caller's, not a client's; COPY takes no bound parameter for it, so it is quoted.
            statement.execute("COPY (SELECT * EXCLUDE (ord), coalesce(" + evidenceList + ", []) AS evidence "
                    + "FROM e ORDER BY ord) TO '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' (FORMAT parquet, COMPRESSION zstd)");
        } catch (SQLException e) {
            throw new IOException("cannot write Parquet file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The evidence struct's fields, {@code 'name': v.name}, one per column of {@link #EVIDENCE_SCHEMA}. */
    private static String structFields() {
        StringBuilder out = new StringBuilder();
        for (String column : EVIDENCE_SCHEMA.split(",")) {
            String name = column.strip().split("\\s+")[0];
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append('\'').append(name).append("': v.").append(name);
        }
        return out.toString();
    }

    private static void appendEvent(DuckDBAppender a, long ord, StoredEvent e) throws SQLException {
        a.beginRow();
        a.append(ord);
        a.append(e.id());
        a.append(e.date());
        appendByte(a, e.datePrecision() == null ? null : e.datePrecision().acledCode());
        a.append(e.type().category().acledName());
        a.append(e.type().acledName());
        a.append(e.type().ploverType());
        a.append(e.type().ploverMode().isEmpty() ? null : e.type().ploverMode());
        a.append(e.type().cameoCode());
        appendActor(a, e.actor1Name(), e.actor1Type(), e.actor1CountryIso3());
        appendActor(a, e.actor2Name(), e.actor2Type(), e.actor2CountryIso3());
        a.append(e.countryIso3());
        a.append(e.admin1());
        a.append(e.admin2());
        a.append(e.placeName() != null ? e.placeName() : e.locationText());
        a.append(e.locationText());
        a.append(e.geonameId());
        a.append(e.lat());
        a.append(e.lon());
        appendByte(a, e.geoPrecision());
        a.append(e.fatalities());
        a.append(e.injured());
        a.append(e.arrested());
        a.append(e.confidence());
        a.append(e.numArticles());
        a.append(e.numSources());
        a.append(LocalDateTime.ofInstant(e.storedAt(), ZoneOffset.UTC));
        a.endRow();
    }

    private static void appendActor(DuckDBAppender a, String name, ActorType type, String countryIso3) throws SQLException {
        a.append(name);
        a.append(type == null ? null : type.name());
        appendByte(a, type == null ? null : type.interCode());
        a.append(countryIso3);
    }

    private static void appendByte(DuckDBAppender a, Integer value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value.byteValue());
        }
    }

    private static void appendEvidence(DuckDBAppender a, long eventOrd, int ord, StoredEvidence ev) throws SQLException {
        a.beginRow();
        a.append(eventOrd);
        a.append(ord);
        a.append(ev.articleId());
        a.append(ev.sentence());
        a.append(ev.span().start());
        a.append(ev.span().end());
        a.append(ev.text());
        a.append(ev.articleUrl());
        a.append(ev.articleSource());
        a.append(ev.articleTitle());
        a.endRow();
    }
}
