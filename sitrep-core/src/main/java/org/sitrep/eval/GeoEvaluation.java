package org.sitrep.eval;

import org.sitrep.geo.DocumentResolver;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores sitrep's geoparser on a {@link GeoCorpus}, in the two settings of Gritta et al.:
 * <ul>
 *   <li><b>Resolution given the gold toponyms</b>: each document's gold names (with coordinates)
 *       are resolved together by {@link DocumentResolver}; the error of one is the great-circle
 *       distance from the point chosen to the gold point, and a name left unresolved counts as
 *       {@value #MAX_ERROR_KM} km (half the earth's circumference, the worst possible).</li>
 *   <li><b>End to end</b>: the recogniser finds names in the raw text; a found name is correct
 *       when its span equals a gold span exactly (strict, as in the GeoWebNews guide). The names
 *       found are then resolved together, and gold toponyms with coordinates are scored as above,
 *       a gold name not found counting as unresolved.</li>
 * </ul>
 * A place chosen that is the very GeoNames feature the annotator chose (same geonameid) has error 0:
 * the gold point and the gazetteer's point of one feature may differ by hundreds of km for a large
 * one (GeoNames puts Russia at 60°N 100°E, sitrep's country table at the middle of its largest
 * polygon), and that difference says nothing about the choice. Any other place is scored by distance.
 * Accuracy@161 is the share of errors ≤ {@value #ACCURACY_KM} km (100 miles). AUC is the area under
 * the curve of the sorted errors on a log scale, {@code ln(1 + error) / ln(1 + MAX_ERROR_KM)},
 * over ranks scaled to [0, 1] by the trapezoid rule: 0 is perfect, 1 the worst; lower is better.
 * Stateless apart from its collaborators; thread-safe when they are.
 */
public final class GeoEvaluation {
    /** The error given to a toponym left unresolved: half the earth's circumference, in km. */
    public static final double MAX_ERROR_KM = 20_039.0;
    /** The distance of "accuracy@161 km". */
    public static final double ACCURACY_KM = 161.0;

    /**
     * Errors of resolution over a set of gold toponyms.
     *
     * @param toponyms gold toponyms scored
     * @param resolved how many got a place (the rest count as {@link #MAX_ERROR_KM})
     * @param accuracy161 share with error ≤ 161 km
     * @param meanErrorKm mean error in km
     * @param medianErrorKm median error in km
     * @param auc area under the log-error curve, in [0, 1], lower is better
     */
    public record Resolution(int toponyms, int resolved, double accuracy161, double meanErrorKm, double medianErrorKm,
                             double auc) {
        static Resolution of(double[] errorsKm, int resolved) {
            int n = errorsKm.length;
            if (n == 0) {
                return new Resolution(0, 0, 0, 0, 0, 0);
            }
            double[] sorted = errorsKm.clone();
            Arrays.sort(sorted);
            int within = 0;
            double sum = 0;
            for (double e : sorted) {
                within += e <= ACCURACY_KM ? 1 : 0;
                sum += e;
            }
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Resolution(n, resolved, (double) within / n, sum / n, median, auc(sorted));
        }

        private static double auc(double[] sorted) {
            double scale = Math.log1p(MAX_ERROR_KM);
            if (sorted.length == 1) {
                return Math.log1p(sorted[0]) / scale;
            }
            double area = 0;
            for (int i = 1; i < sorted.length; i++) {
                area += (Math.log1p(sorted[i - 1]) + Math.log1p(sorted[i])) / 2;
            }
            return area / (sorted.length - 1) / scale;
        }
    }

    /**
     * Toponym recognition against the gold spans (exact match).
     *
     * @param gold gold toponyms
     * @param found names the recogniser found
     * @param correct found names whose span equals a gold span
     */
    public record Recognition(int gold, int found, int correct) {
        public double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * One scored toponym, for error analysis.
     *
     * @param documentId the document
     * @param name the gold name as written
     * @param gold the gold point
     * @param predicted the place chosen, or null (unresolved, or in end-to-end not found)
     * @param errorKm the error counted
     * @param context the text around the name
     */
    public record Scored(String documentId, String name, LatLon gold, Place predicted, double errorKm, String context) {}

    /**
     * A recognition error: a gold name the recogniser did not find (exactly), or a name it found that is no gold name.
     *
     * @param documentId the document
     * @param name the name as written
     * @param missed true for a gold name not found, false for a name found that is not gold
     * @param context the text around the name
     */
    public record RecognitionError(String documentId, String name, boolean missed, String context) {}

    /**
     * @param documents documents scored
     * @param givenGold resolution of the gold toponyms
     * @param recognition end-to-end recognition, or null when no recogniser was given
     * @param endToEnd end-to-end resolution, or null when no recogniser was given
     * @param scored every toponym of the given-gold setting, in corpus order
     * @param recognitionErrors every recognition error, in corpus order (empty without a recogniser)
     */
    public record Report(int documents, Resolution givenGold, Recognition recognition, Resolution endToEnd,
                         List<Scored> scored, List<RecognitionError> recognitionErrors) {
        public Report {
            scored = List.copyOf(scored);
            recognitionErrors = List.copyOf(recognitionErrors);
        }
    }

    private static final int CONTEXT_CHARS = 80;

    private final DocumentResolver resolver;
    private final Function<String, List<Span>> recognizer;

    /**
     * @param resolver resolves the names of a document
     * @param recognizer finds place names in a text (UTF-16 spans), or null to skip the end-to-end setting
     */
    public GeoEvaluation(DocumentResolver resolver, Function<String, List<Span>> recognizer) {
        if (resolver == null) {
            throw new IllegalArgumentException("resolver must not be null");
        }
        this.resolver = resolver;
        this.recognizer = recognizer;
    }

    public Report evaluate(GeoCorpus corpus) {
        List<Double> givenErrors = new ArrayList<>();
        int givenResolved = 0;
        List<Double> endErrors = new ArrayList<>();
        int endResolved = 0;
        int gold = 0;
        int found = 0;
        int correct = 0;
        List<Scored> scored = new ArrayList<>();
        List<RecognitionError> recognitionErrors = new ArrayList<>();
        for (GeoDocument doc : corpus.documents()) {
            List<GoldToponym> located = doc.toponyms().stream().filter(t -> t.point() != null).toList();
            List<Optional<Place>> places = resolver.resolve(doc.text(), located.stream().map(GoldToponym::span).toList());
            for (int i = 0; i < located.size(); i++) {
                GoldToponym t = located.get(i);
                Place p = places.get(i).orElse(null);
                double error = error(t, p);
                givenErrors.add(error);
                givenResolved += p == null ? 0 : 1;
                scored.add(new Scored(doc.id(), t.name(), t.point(), p, error, context(doc.text(), t.span())));
            }
            if (recognizer == null) {
                continue;
            }
            List<Span> spans = recognizer.apply(doc.text());
            gold += doc.toponyms().size();
            found += spans.size();
            Map<Span, Place> resolved = new HashMap<>();
            List<Optional<Place>> foundPlaces = resolver.resolve(doc.text(), spans);
            for (int i = 0; i < spans.size(); i++) {
                resolved.put(spans.get(i), foundPlaces.get(i).orElse(null));
            }
            Set<Span> goldSpans = new HashSet<>();
            for (GoldToponym t : doc.toponyms()) {
                goldSpans.add(t.span());
                boolean hit = resolved.containsKey(t.span());
                correct += hit ? 1 : 0;
                if (!hit) {
                    recognitionErrors.add(new RecognitionError(doc.id(), t.name(), true, context(doc.text(), t.span())));
                }
                if (t.point() != null) {
                    Place p = hit ? resolved.get(t.span()) : null;
                    endErrors.add(error(t, p));
                    endResolved += p == null ? 0 : 1;
                }
            }
            for (Span span : spans) {
                if (!goldSpans.contains(span)) {
                    recognitionErrors.add(new RecognitionError(doc.id(), span.of(doc.text()), false, context(doc.text(), span)));
                }
            }
        }
        return new Report(corpus.documents().size(), Resolution.of(toArray(givenErrors), givenResolved),
                recognizer == null ? null : new Recognition(gold, found, correct),
                recognizer == null ? null : Resolution.of(toArray(endErrors), endResolved), scored, recognitionErrors);
    }

    /** The error of choosing {@code p} for {@code gold}, in km; 0 for the feature the annotator chose itself. */
    static double error(GoldToponym gold, Place p) {
        if (p == null) {
            return MAX_ERROR_KM;
        }
        if (gold.geonameId() != null && gold.geonameId() == p.geonameId()) {
            return 0;
        }
        return gold.point().distanceKm(new LatLon(p.lat(), p.lon()));
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String context(String text, Span span) {
        int from = Math.max(0, span.start() - CONTEXT_CHARS);
        int to = Math.min(text.length(), span.end() + CONTEXT_CHARS);
        return text.substring(from, span.start()) + "[[" + text.substring(span.start(), span.end()) + "]]"
                + text.substring(span.end(), to);
    }
}
