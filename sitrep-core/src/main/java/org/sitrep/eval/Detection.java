package org.sitrep.eval;

/**
 * Event detection counts and the measures derived from them. A measure whose denominator is zero
 * is undefined and returned as {@link Double#NaN} (no predictions: no precision).
 *
 * @param truePositives gold events paired with a predicted event
 * @param falsePositives predicted events paired with none
 * @param falseNegatives gold events paired with none (misses)
 */
public record Detection(int truePositives, int falsePositives, int falseNegatives) {
    public Detection {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + truePositives + ", " + falsePositives + ", " + falseNegatives);
        }
    }

    /** truePositives / predicted events. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** truePositives / gold events. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static double ratio(int numerator, int denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
