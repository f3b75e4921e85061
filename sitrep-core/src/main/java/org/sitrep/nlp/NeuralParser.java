package org.sitrep.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's neural dependency parser (Chen and Manning 2014; the English UD model), run with the
 * weights of a loaded {@link DependencyParser} and the same floating-point operations in the same
 * order, so it gives the parses {@link DependencyParser#predict(CoreMap)} gives — only faster.
 *
 * <p>Why: scoring the transitions is about a third of sitrep's annotation time. For each
 * transition the parser multiplies the hidden layer (1,000 values) by the output weights (83 × 1,000)
 * one row at a time, and each row is a chain of 1,000 dependent additions, which a CPU cannot
 * overlap. Here the weights are stored transposed (as doubles, the exact widening of CoreNLP's
 * floats) and every row's sum advances by one term per step: the same additions in the same order
 * for each row, but independent across rows, so the JIT compiler issues them as vector
 * instructions. The hidden layer is computed as CoreNLP computes it (its precomputed
 * feature-position products, float arithmetic for the rest).
 *
 * <p>The weights, the precomputed products and the transition system are private to CoreNLP's
 * classes and are read by reflection once, at construction. {@link #of} returns empty when they are
 * not where this class expects them (another CoreNLP version); the caller then uses CoreNLP's
 * parser as it is. {@code CoreNlpAnnotatorTest} checks the parses against CoreNLP's own.
 *
 * <p>Thread-safe: the model is read-only after construction; the cache of computed feature
 * products is concurrent.
 */
final class NeuralParser {
    /** As CoreNLP's classifier: features per parser configuration (words, tags, labels). */
    private static final int FEATURES = 48;
    /** Bound on cached products of features CoreNLP did not precompute (each 4 KB). */
    private static final int MAX_CACHED = 10_000;

    private final DependencyParser parser;
    private final ArcStandard system;
    private final List<String> transitions;
    private final float[][] w1;
    private final float[] b1;
    private final float[][] embeddings;
    private final double[][] w2Transposed;
    private final double[][] precomputed;
    private final Map<Integer, Integer> precomputedIndex;
    private final int embeddingSize;
    private final Map<Integer, float[]> cache = new ConcurrentHashMap<>();

    private NeuralParser(DependencyParser parser, ArcStandard system, List<String> transitions, Classifier classifier,
                         double[][] precomputed, Map<Integer, Integer> precomputedIndex) {
        this.parser = parser;
        this.system = system;
        this.transitions = List.copyOf(transitions);
        this.w1 = classifier.getW1();
        this.b1 = classifier.getb1();
        this.embeddings = classifier.getE();
        float[][] w2 = classifier.getW2();
        this.w2Transposed = new double[b1.length][w2.length];
        for (int label = 0; label < w2.length; label++) {
            for (int h = 0; h < b1.length; h++) {
                w2Transposed[h][label] = w2[label][h];
            }
        }
        this.precomputed = precomputed;
        this.precomputedIndex = precomputedIndex;
        this.embeddingSize = embeddings[0].length;
    }

    /**
     * The fast parser for {@code parser}'s model, or empty when this CoreNLP's classes are not laid
     * out as expected (then use {@code parser} itself).
     */
    static Optional<NeuralParser> of(DependencyParser parser) {
        try {
            Object system = field(DependencyParser.class, "system").get(parser);
            Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            @SuppressWarnings("unchecked")
            List<String> transitions = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            double[][] saved = (double[][]) field(Classifier.class, "saved").get(classifier);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
            Object language = field(DependencyParser.class, "language").get(parser);
            if (!(system instanceof ArcStandard arcStandard) || language != Language.UniversalEnglish || saved == null || preMap == null
                    || classifier.getW1()[0].length != FEATURES * classifier.getE()[0].length
                    || classifier.getW2().length != transitions.size()) {
                return Optional.empty();
            }
            return Optional.of(new NeuralParser(parser, arcStandard, transitions, classifier, saved, preMap));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /**
     * Parses one sentence whose tokens carry part-of-speech tags, as
     * {@link DependencyParser#predict(CoreMap)} does.
     *
     * @throws RuntimeInterruptedException if the thread is interrupted, as CoreNLP's parser does
     */
    GrammaticalStructure predict(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        double[] hidden = new double[b1.length];
        double[] scores = new double[transitions.size()];
        int[] features = new int[FEATURES];
        while (!system.isTerminal(c)) {
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException();
            }
            List<Integer> f = parser.getFeatures(c);
            for (int j = 0; j < FEATURES; j++) {
                features[j] = f.get(j);
            }
            score(features, hidden, scores);
            double best = Double.NEGATIVE_INFINITY;
            String transition = null;
            for (int j = 0; j < scores.length; j++) {
                if (scores[j] > best && system.canApply(c, transitions.get(j))) {
                    best = scores[j];
                    transition = transitions.get(j);
                }
            }
            system.apply(c, transition);
        }
        return structure(sentence, c);
    }

    /** The scores of every transition: CoreNLP's computeScores, operation for operation. */
    private void score(int[] features, double[] hidden, double[] scores) {
        Arrays.fill(hidden, 0.0);
        for (int j = 0; j < FEATURES; j++) {
            int key = features[j] * FEATURES + j;
            Integer saved = precomputedIndex.get(key);
            if (saved != null) {
                double[] product = precomputed[saved];
                for (int h = 0; h < hidden.length; h++) {
                    hidden[h] += product[h];
                }
            } else {
                float[] product = cache.get(key);
                if (product == null) {
                    product = slice(features[j], j * embeddingSize);
                    if (cache.size() >= MAX_CACHED) {
                        cache.clear();
                    }
                    cache.put(key, product);
                }
                for (int h = 0; h < hidden.length; h++) {
                    hidden[h] += product[h];
                }
            }
        }
        for (int h = 0; h < hidden.length; h++) {
            hidden[h] += b1[h];
            hidden[h] = hidden[h] * hidden[h] * hidden[h];
        }
        // scores[t] = sum over h of hidden[h] * W2[t][h], summed in order of h for every t.
        Arrays.fill(scores, 0.0);
        for (int h = 0; h < hidden.length; h++) {
            double value = hidden[h];
            double[] row = w2Transposed[h];
            for (int t = 0; t < scores.length; t++) {
                scores[t] += value * row[t];
            }
        }
    }

    /** W1's columns for feature position {@code offset} times the feature's embedding, in float as CoreNLP. */
    private float[] slice(int feature, int offset) {
        float[] embedding = embeddings[feature];
        float[] out = new float[w1.length];
        for (int h = 0; h < w1.length; h++) {
            float[] row = w1[h];
            double sum = 0;
            for (int k = 0; k < embedding.length; k++) {
                sum += row[offset + k] * embedding[k];
            }
            out[h] = (float) sum;
        }
        return out;
    }

    /** The parse as a grammatical structure, built as CoreNLP's parser builds it. */
    private static GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        for (int i = 1; i <= c.getSentenceSize(); i++) {
            int head = c.getHead(i);
            IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i));
            dependencies.add(new TypedDependency(relation, governor, dependent));
        }
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null ? known : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }
}
