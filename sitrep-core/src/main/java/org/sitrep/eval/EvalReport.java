package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one evaluation.
 *
 * @param documents documents scored
 * @param goldEvents gold events over those documents
 * @param predictedEvents events the pipeline coded from them
 * @param detection events paired, false positives, misses (see {@link EventScorer} for the pairing)
 * @param typedDetection the same, counting a pair as detected only when its type agrees
 *     ({@link EventScorer.Pair#typeAgrees()}); a pair of the wrong type is then both a miss and a
 *     false positive
 * @param fields accuracy of every field over the pairs where the gold gives it, in {@link Field} order
 * @param skipped gold rows or events the reader could not use
 * @param failedDocuments documents the pipeline failed on (their gold events count as misses)
 * @param problems reader problems, then pipeline failures, at most {@link GoldSet#MAX_LISTED} each
 * @param scores every document's pairs, misses and false positives, in document order
 */
public record EvalReport(int documents, int goldEvents, int predictedEvents, Detection detection, Detection typedDetection,
                         Map<Field, FieldScore> fields, int skipped, int failedDocuments, List<String> problems,
                         List<EventScorer.DocumentScore> scores) {
    /**
     * One field's accuracy.
     *
     * @param correct pairs that agree on the field
     * @param n pairs where the gold gives the field (and, for location, the prediction has a place)
     */
    public record FieldScore(Field field, int correct, int n) {
        public FieldScore {
            if (correct < 0 || n < correct) {
                throw new IllegalArgumentException("need 0 <= correct <= n, were " + correct + ", " + n);
            }
        }

        /** correct / n; NaN when n is 0. */
        public double accuracy() {
            return Detection.ratio(correct, n);
        }
    }

    public EvalReport {
        fields = Collections.unmodifiableMap(new EnumMap<>(fields));
        problems = List.copyOf(problems);
        scores = List.copyOf(scores);
    }

    /** Adds up the document scores; {@code set} gives the reader's skips and problems. */
    public static EvalReport of(GoldSet set, List<EventScorer.DocumentScore> scores) {
        int gold = 0;
        int predicted = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int typedTp = 0;
        int failed = 0;
        List<String> problems = new ArrayList<>(set.problems());
        int[] correct = new int[Field.values().length];
        int[] n = new int[Field.values().length];
        int failuresListed = 0;
        for (EventScorer.DocumentScore s : scores) {
            gold += s.document().events().size();
            predicted += s.pairs().size() + s.falsePositives().size();
            tp += s.pairs().size();
            fp += s.falsePositives().size();
            fn += s.missed().size();
            if (s.failure() != null) {
                failed++;
                if (failuresListed++ < GoldSet.MAX_LISTED) {
                    problems.add(s.document().id() + ": the pipeline failed: " + s.failure());
                }
            }
            for (EventScorer.Pair p : s.pairs()) {
                if (p.typeAgrees()) {
                    typedTp++;
                }
                for (EventScorer.Check c : p.checks()) {
                    n[c.field().ordinal()]++;
                    if (c.correct()) {
                        correct[c.field().ordinal()]++;
                    }
                }
            }
        }
        Map<Field, FieldScore> fields = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            fields.put(f, new FieldScore(f, correct[f.ordinal()], n[f.ordinal()]));
        }
        return new EvalReport(scores.size(), gold, predicted, new Detection(tp, fp, fn),
                new Detection(typedTp, fp + (tp - typedTp), fn + (tp - typedTp)), fields, set.skipped(), failed, problems, scores);
    }
}
