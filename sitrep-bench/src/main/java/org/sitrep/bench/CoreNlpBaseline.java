package org.sitrep.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.sitrep.model.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reference sitrep is compared against: CoreNLP alone, {@value #ANNOTATORS} with CoreNLP's
 * default settings (fine-grained NER and SUTime on, as a user of CoreNLP would get them), over each
 * article's text. A fixed pool of worker threads shares one pipeline; each task annotates one
 * whole article.
 *
 * <p>Counts the tokens it annotates: that count is the corpus's token count in the report.
 */
public final class CoreNlpBaseline implements Workload {
    /** The annotators of the baseline, in CoreNLP's order. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final List<Article> articles;
    private final int threads;
    private StanfordCoreNLP pipeline;
    private ExecutorService pool;

    /**
     * @param articles the corpus
     * @param threads worker threads, {@code >= 1}
     */
    public CoreNlpBaseline(List<Article> articles, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.articles = List.copyOf(articles);
        this.threads = threads;
    }

    @Override
    public String name() {
        return "CoreNLP baseline";
    }

    @Override
    public void load() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        pipeline = new StanfordCoreNLP(props);
        pool = Executors.newFixedThreadPool(threads, BenchThreads.daemon("corenlp-baseline"));
    }

    @Override
    public PassResult runPass() {
        if (pipeline == null) {
            throw new IllegalStateException("load() first (or the baseline is closed)");
        }
        StanfordCoreNLP nlp = pipeline;
        List<Future<Integer>> futures = new ArrayList<>(articles.size());
        for (Article article : articles) {
            futures.add(pool.submit(() -> annotate(nlp, article)));
        }
        long tokens = 0;
        for (int i = 0; i < futures.size(); i++) {
            tokens += BenchThreads.await(futures.get(i), "CoreNLP baseline on article " + articles.get(i).id());
        }
        return new PassResult(articles.size(), tokens, 0);
    }

    private static int annotate(StanfordCoreNLP nlp, Article article) {
        Annotation doc = new Annotation(article.text());
        nlp.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }

    /** Tokens of the articles as the baseline's tokenizer (CoreNLP's default) splits them; loads no model. */
    public static long countTokens(List<Article> articles) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(props);
        long tokens = 0;
        for (Article article : articles) {
            tokens += annotate(tokenizer, article);
        }
        return tokens;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
        pipeline = null;
        // CoreNLP keeps loaded annotators in a static cache: clear it so that the models are freed and
        // a pipeline measured after this one loads its own instead of reusing these.
        StanfordCoreNLP.clearAnnotatorPool();
    }
}
