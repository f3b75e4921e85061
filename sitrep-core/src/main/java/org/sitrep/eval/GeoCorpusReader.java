package org.sitrep.eval;

import org.sitrep.model.Span;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the geoparsing corpora in the XML layouts of LGL (Lieberman et al. 2010, as distributed by
 * Gritta et al.) and GeoWebNews (Gritta et al. 2019). Both are {@code <articles>} of
 * {@code <article>}, each with a {@code <text>} and {@code <toponyms>}; a toponym has
 * {@code <start>}/{@code <end>} offsets into the text and its name in {@code <phrase>} (LGL) or
 * {@code <extractedName>} (GeoWebNews), and coordinates in {@code <gaztag><lat>/<lon>} (LGL) or
 * {@code <latitude>/<longitude>} (GeoWebNews), and the GeoNames feature chosen in
 * {@code <gaztag geonameid="…">} (LGL) or {@code <geonamesID>} (GeoWebNews). A toponym without coordinates is kept for
 * recognition but not resolution (LGL's untagged names; GeoWebNews' demonyms, non-toponyms and
 * expressions, which carry none). GeoWebNews annotations of the types in {@link #NOT_TOPONYMS}
 * (common nouns such as "the church", non-toponyms, homonyms) are no toponyms and are left out.
 *
 * <p>The corpora count offsets in Unicode code points; they are converted to UTF-16. A toponym
 * whose offsets do not cover its name is realigned to the nearest occurrence of the name within
 * {@value #REALIGN_WINDOW} chars, else skipped and reported; so is one with bad numbers. An
 * {@code <article>} without text is skipped and reported. DTDs and external entities are not read.
 * Stateless and thread-safe.
 */
public final class GeoCorpusReader {
    /** How far (chars) from its stated offsets a toponym's name is looked for when they are off. */
    static final int REALIGN_WINDOW = 200;

    /**
     * GeoWebNews annotation types that are no toponyms: common nouns for places ("the church", "the
     * lot", "citizens"), names of no place, and a place name used for something else entirely.
     */
    static final Set<String> NOT_TOPONYMS = Set.of("Literal_Expression", "Non_Lit_Expression", "Non_Toponym", "Homonym");

    private static final XMLInputFactory FACTORY = xmlInputFactory();

    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** A toponym element while it is read; confined to the reading thread. */
    private static final class RawToponym {
        String type;
        String start;
        String end;
        String name;
        String lat;
        String lon;
        String geonameId;
    }

    /**
     * @throws GoldFormatException when the file is not well-formed XML or has no {@code <article>}
     * @throws IOException when the file cannot be read
     */
    public GeoCorpus read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        List<GeoDocument> documents = new ArrayList<>();
        Problems problems = new Problems();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            int articles = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("article")) {
                    articles++;
                    String id = firstNonNull(xml.getAttributeValue(null, "docid"), xml.getAttributeValue(null, "file"),
                            Integer.toString(articles));
                    readArticle(xml, name + " article " + id, id, documents, problems);
                }
            }
            if (articles == 0) {
                throw new GoldFormatException(file + ": not a geoparsing corpus: no <article> elements");
            }
        } catch (XMLStreamException e) {
            throw new GoldFormatException(file + ": not well-formed XML: " + e.getMessage());
        }
        return new GeoCorpus(documents, problems.count, problems.listed);
    }

    private static final class Problems {
        int count;
        final List<String> listed = new ArrayList<>();

        void add(String message) {
            count++;
            if (listed.size() < GoldSet.MAX_LISTED) {
                listed.add(message);
            }
        }
    }

    /** Reads one article up to its end tag. */
    private static void readArticle(XMLStreamReader xml, String where, String id, List<GeoDocument> out,
                                    Problems problems) throws XMLStreamException {
        String text = null;
        List<RawToponym> raw = new ArrayList<>();
        RawToponym current = null;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals("toponym") && current != null) {
                    raw.add(current);
                    current = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String element = xml.getLocalName();
            if (element.equals("toponym")) {
                current = new RawToponym();
                continue;
            }
            if (element.equals("gaztag") && current != null) {
                current.geonameId = xml.getAttributeValue(null, "geonameid"); // LGL
                continue;
            }
            boolean leaf = switch (element) {
                case "text", "type", "start", "end", "phrase", "extractedName", "lat", "latitude", "lon", "longitude", "geonamesID" -> true;
                default -> false;
            };
            if (!leaf) {
                continue;
            }
            String value = xml.getElementText(); // consumes the end tag
            depth--;
            if (current == null) {
                if (element.equals("text")) {
                    text = value; // not stripped: the offsets count from its first char
                }
                continue;
            }
            value = value.strip();
            switch (element) {
                case "type" -> current.type = value;
                case "start" -> current.start = value;
                case "end" -> current.end = value;
                case "phrase", "extractedName" -> current.name = value;
                case "lat", "latitude" -> current.lat = value;
                case "lon", "longitude" -> current.lon = value;
                case "geonamesID" -> current.geonameId = value; // GeoWebNews
                default -> { }
            }
        }
        if (text == null || text.isEmpty()) {
            problems.add(where + ": no text, article skipped");
            return;
        }
        List<GoldToponym> toponyms = new ArrayList<>();
        for (RawToponym t : raw) {
            if (t.type != null && NOT_TOPONYMS.contains(t.type)) {
                continue;
            }
            try {
                toponyms.add(toponym(text, t));
            } catch (BadRow e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        out.add(new GeoDocument(id, text, toponyms));
    }

    private static GoldToponym toponym(String text, RawToponym t) throws BadRow {
        if (t.name == null || t.name.isBlank() || t.start == null || t.end == null) {
            throw new BadRow("toponym without name or offsets skipped");
        }
        int start;
        int end;
        try {
            start = Integer.parseInt(t.start);
            end = Integer.parseInt(t.end);
        } catch (NumberFormatException e) {
            throw new BadRow("toponym '" + t.name + "': bad offsets " + t.start + "-" + t.end);
        }
        Span span = align(text, start, end, t.name);
        if (span == null) {
            throw new BadRow("toponym '" + t.name + "' not found near offset " + start);
        }
        return new GoldToponym(span, t.name, point(t), geonameId(t));
    }

    /** The GeoNames id the annotator chose; null when absent or not a positive number (it only helps scoring). */
    private static Long geonameId(RawToponym t) {
        if (t.geonameId == null || t.geonameId.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(t.geonameId.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LatLon point(RawToponym t) throws BadRow {
        if (t.lat == null || t.lon == null || t.lat.isEmpty() || t.lon.isEmpty()) {
            return null;
        }
        try {
            return new LatLon(Double.parseDouble(t.lat), Double.parseDouble(t.lon));
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw new BadRow("toponym '" + t.name + "': bad coordinates " + t.lat + "," + t.lon);
        }
    }

    /** The UTF-16 span of {@code name} given code-point offsets, realigned when they are off; null if not found. */
    static Span align(String text, int startCodePoint, int endCodePoint, String name) {
        int codePoints = text.codePointCount(0, text.length());
        if (startCodePoint >= 0 && endCodePoint >= startCodePoint && endCodePoint <= codePoints) {
            int start = text.offsetByCodePoints(0, startCodePoint);
            int end = text.offsetByCodePoints(start, endCodePoint - startCodePoint);
            if (text.substring(start, end).equals(name)) {
                return new Span(start, end);
            }
        }
        int guess = Math.max(0, Math.min(text.length(), startCodePoint));
        int best = -1;
        int from = Math.max(0, guess - REALIGN_WINDOW);
        for (int at = text.indexOf(name, from); at >= 0 && at <= guess + REALIGN_WINDOW; at = text.indexOf(name, at + 1)) {
            if (best < 0 || Math.abs(at - guess) < Math.abs(best - guess)) {
                best = at;
            }
        }
        return best < 0 ? null : new Span(best, best + name.length());
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
