package org.sitrep.eval;

import java.util.List;

/**
 * One document of a geoparsing corpus with its gold toponyms.
 *
 * @param id the corpus's id of the document (LGL's {@code docid}, GeoWebNews' {@code file})
 * @param text the document text; toponym spans are UTF-16 offsets into it
 * @param toponyms gold toponyms in file order
 */
public record GeoDocument(String id, String text, List<GoldToponym> toponyms) {
    public GeoDocument {
        if (id == null || text == null) {
            throw new IllegalArgumentException("a geo document needs an id and a text");
        }
        toponyms = List.copyOf(toponyms);
        for (GoldToponym t : toponyms) {
            t.span().requireWithin(text.length());
        }
    }
}
