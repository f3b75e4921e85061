package org.sitrep.eval;

import org.sitrep.model.Article;
import org.sitrep.model.EventType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads ACLED's CSV export (the 31 columns of {@code data_id, iso, event_id_cnty, …, notes,
 * fatalities, timestamp, iso3}) as gold: one row is one document, its {@code notes} the text, with one
 * gold event. No publication date is given to the pipeline: ACLED's notes are not dated articles.
 *
 * <p>Gold fields: {@code event_type}, {@code sub_event_type} (required), {@code actor1},
 * {@code actor2} (blank: ACLED codes no second actor, so the prediction must have none),
 * {@code admin1} (blank: not scored), {@code latitude}/{@code longitude}, {@code event_date}
 * ({@code 9-May-20}), {@code fatalities}. Columns are found by header name.
 *
 * <p>A row that is malformed, has the wrong number of fields, no notes, an unknown type or an
 * unreadable value is skipped and reported in {@link GoldSet#problems()}; the file goes on.
 * Stateless and thread-safe.
 */
public final class AcledCsvReader {
    static final List<String> REQUIRED = List.of("event_date", "event_type", "sub_event_type", "actor1", "actor2",
            "admin1", "latitude", "longitude", "notes", "fatalities");

    private final DocumentArticles articles = new DocumentArticles();

    /**
     * @throws GoldFormatException when the file lacks a required column
     * @throws IOException when the file cannot be read
     */
    public GoldSet read(Path file) throws IOException {
        return CsvColumns.readAll(file, "an ACLED CSV", REQUIRED, this::document);
    }

    private GoldDocument document(CsvColumns c, CsvReader.Row row, String where) throws BadRow {
        EventType subEventType = GoldValues.subEventType(c.get(row, "sub_event_type"));
        if (subEventType == null) {
            throw new BadRow("no sub_event_type");
        }
        String admin1 = c.get(row, "admin1");
        ReferenceEvent gold = ReferenceEvent.builder(where)
                .eventType(GoldValues.eventType(c.get(row, "event_type")))
                .subEventType(subEventType)
                .actor1(c.get(row, "actor1"))
                .actor2(c.get(row, "actor2"))
                .admin1(admin1.isEmpty() ? null : admin1)
                .location(GoldValues.latLon(c.get(row, "latitude"), c.get(row, "longitude")))
                .date(GoldValues.date(c.get(row, "event_date"), "event_date"))
                .fatalities(GoldValues.count(c.get(row, "fatalities"), "fatalities"))
                .build();
        Article article = articles.article(where, c.get(row, "notes"), null).required();
        String id = c.get(row, "event_id_cnty");
        return new GoldDocument(id.isEmpty() ? where : id, article, List.of(gold));
    }
}
