package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

/**
 * {@link Annotator} backed by Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (coarse tags), and
 * CoreNLP's neural dependency parser run as {@link NeuralParser} (the same parses, faster), of which
 * the enhanced++ Universal Dependencies graph is kept.
 *
 * <p>Configuration choices, measured on the seed articles (see DEPENDENCIES.md): fine-grained NER is
 * off (it costs about 3x and sitrep's own dictionaries and gazetteer decide actors and places);
 * with the parse, NER runs the 3-class and 7-class CRFs but not the CoNLL one, whose only
 * contribution is MISC, and no SUTime (dates are the coder's own {@code DateResolver}'s business);
 * a blank line is a sentence break so that headlines and sub-heads never merge with the next
 * paragraph.
 *
 * <p>Loading the models takes several seconds and about 2 GB of heap: create one instance per
 * process and share it. {@link #annotate} is thread-safe (CoreNLP's pipelines are, once built,
 * and each call works on its own document).
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final String NER_MODELS = "edu/stanford/nlp/models/ner/";

    private final StanfordCoreNLP light;
    private final StanfordCoreNLP deep;
    /** Null when the annotator only tags entities. */
    private final Function<CoreMap, GrammaticalStructure> parser;
    private final ParseSelector selector;

    /** Parses every sentence. */
    public CoreNlpAnnotator() {
        this(ParseSelector.ALL);
    }

    /**
     * Tags every sentence (tokens, POS, lemmas) but runs NER and the dependency parser only on the
     * sentences {@code selector} wants: in news most sentences carry no event, and the parser is
     * the costly part.
     */
    public CoreNlpAnnotator(ParseSelector selector) {
        this(selector, true);
    }

    /**
     * Named entities on every sentence and no dependency parse: for finding the people and places a
     * text names (a geoparser), at a fraction of the parser's cost.
     */
    public static CoreNlpAnnotator entitiesOnly() {
        return new CoreNlpAnnotator(ParseSelector.ALL, false);
    }

    private CoreNlpAnnotator(ParseSelector selector, boolean parse) {
        if (selector == null) {
            throw new IllegalArgumentException("selector must not be null");
        }
        this.selector = selector;
        Properties light = new Properties();
        light.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        light.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Curly quotes and dashes stay as written so that token spans match the text.
        light.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        this.light = new StanfordCoreNLP(light);
        Properties deep = new Properties();
        deep.setProperty("annotators", "ner");
        // The sentences come already tokenized and tagged by the light pipeline.
        deep.setProperty("enforceRequirements", "false");
        deep.setProperty("ner.applyFineGrained", "false");
        deep.setProperty("ner.buildEntityMentions", "false");
        if (parse) {
            // The coder reads LOCATION, DATE, TIME and DURATION only. CoreNLP's third CRF (CoNLL
            // 4-class) adds nothing but MISC in its default combination mode (a later model only
            // adds labels the earlier ones lack), so the event pipeline runs two of the three.
            deep.setProperty("ner.model", NER_MODELS + "english.all.3class.distsim.crf.ser.gz,"
                    + NER_MODELS + "english.muc.7class.distsim.crf.ser.gz");
            // SUTime costs about as much as the two CRFs together, and the coder resolves dates with
            // its own DateResolver; it only asks whether "on Tuesday" is a time, which the 7-class
            // CRF and the rule-based number classifier still tag DATE or TIME.
            deep.setProperty("ner.useSUTime", "false");
        }
        this.deep = new StanfordCoreNLP(deep);
        // The parser is called directly rather than as CoreNLP's depparse annotator, which turns each
        // parse into five graphs (basic, collapsed, CC-processed, enhanced, enhanced++) when the coder
        // reads one: building the other four cost about a sixth of the annotation time.
        // It runs as NeuralParser: the same parses, the parser about twice as fast.
        if (parse) {
            DependencyParser model = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
            this.parser = NeuralParser.of(model).<Function<CoreMap, GrammaticalStructure>>map(p -> p::predict).orElse(model::predict);
        } else {
            this.parser = null;
        }
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        light.annotate(doc);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            coreSentences = List.of();
        }
        List<CoreMap> selected = new ArrayList<>();
        List<CoreLabel> selectedTokens = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<String> lemmas = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                lemmas.add((l.lemma() == null ? l.word() : l.lemma()).toLowerCase(Locale.ROOT));
            }
            if (selector.needsParse(lemmas)) {
                selected.add(s);
                selectedTokens.addAll(labels);
            }
        }
        if (!selected.isEmpty()) {
            // A document of just the selected sentences; the annotators write into the same token
            // objects, so the full document sees the entities and parses.
            Annotation part = new Annotation(article.text());
            part.set(CoreAnnotations.SentencesAnnotation.class, selected);
            part.set(CoreAnnotations.TokensAnnotation.class, selectedTokens);
            deep.annotate(part);
            if (parser != null) {
                for (CoreMap s : selected) {
                    GrammaticalStructure structure = parser.apply(s);
                    s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                            SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                                    GrammaticalStructure.Extras.NONE, null));
                }
            }
        }
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (CoreMap s : coreSentences) {
            sentences.add(convert(sentences.size(), s));
        }
        return new AnnotatedArticle(article, sentences);
    }

    private static Sentence convert(int index, CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            String ner = l.ner() == null ? "O" : l.ner();
            String pos = l.tag() == null ? "" : l.tag();
            tokens.add(new Token(i, new Span(l.beginPosition(), l.endPosition()), l.word(), lemma, pos, ner));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                deps.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                // CoreNLP indexes tokens from 1; copies made for ellipsis (index with copyCount) are skipped.
                if (e.getDependent().copyCount() > 0 || e.getGovernor().copyCount() > 0) {
                    continue;
                }
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
            }
        }
        int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, new Span(begin, end), tokens, deps);
    }
}
