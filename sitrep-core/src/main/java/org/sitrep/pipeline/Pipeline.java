package org.sitrep.pipeline;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.Fronts;
import org.sitrep.extract.CodedMention;
import org.sitrep.extract.EventExtractor;
import org.sitrep.extract.FrontLineSides;
import org.sitrep.extract.GenericActorCountries;
import org.sitrep.extract.LocatedMentions;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.fuse.ArticleFuser;
import org.sitrep.fuse.Fuser;
import org.sitrep.geo.Countries;
import org.sitrep.geo.CountryFocus;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerGeocoder;
import org.sitrep.geo.Geocoder;
import org.sitrep.geo.ToponymMatcher;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.model.Issue;
import org.sitrep.model.Location;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.RelevanceFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * annotate → extract → geocode → fuse, assembled explicitly. Thread-safe: every stage is, so
 * {@link #process} may be called from many threads; {@link #processAll} does so on
 * {@link PipelineOptions#threads()} threads.
 */
public final class Pipeline {
    /** Issue code of an article a stage failed on: it is returned without events, the run goes on. */
    public static final String FAILED = "pipeline.failed";
    /**
     * Issue code of an article whose language is known and is not English: the coder's lexicons
     * and rules are English, so it is returned without events (the store keeps it, with its
     * language). Articles of undetermined language ({@code "und"}) are coded, as before language
     * detection named other languages.
     */
    public static final String NOT_ENGLISH = "pipeline.not_english";

    private final Annotator annotator;
    private final EventExtractor extractor;
    private final Geocoder geocoder;
    private final LocatedMentions settle;
    private final Fuser fuser;
    private final int threads;
    private final RelevanceFilter relevance;

    /** A pipeline that annotates every article. */
    public Pipeline(Annotator annotator, EventExtractor extractor, Geocoder geocoder, Fuser fuser, int threads) {
        this(RelevanceFilter.ALL, annotator, extractor, geocoder, fuser, threads);
    }

    /**
     * @param relevance articles it rejects are not annotated and get no events (nor issues): it must
     *     reject only articles in which {@code extractor} would find no event
     */
    public Pipeline(RelevanceFilter relevance, Annotator annotator, EventExtractor extractor, Geocoder geocoder, Fuser fuser,
                    int threads) {
        this(relevance, annotator, extractor, geocoder, LocatedMentions.AS_IS, fuser, threads);
    }

    /**
     * @param relevance articles it rejects are not annotated and get no events (nor issues): it must
     *     reject only articles in which {@code extractor} would find no event
     * @param settle what the coder settles of each mention once {@code geocoder} has located it
     */
    public Pipeline(RelevanceFilter relevance, Annotator annotator, EventExtractor extractor, Geocoder geocoder,
                    LocatedMentions settle, Fuser fuser, int threads) {
        if (relevance == null || annotator == null || extractor == null || geocoder == null || settle == null
                || fuser == null) {
            throw new IllegalArgumentException("every stage is required");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.annotator = annotator;
        this.extractor = extractor;
        this.geocoder = geocoder;
        this.settle = settle;
        this.fuser = fuser;
        this.threads = threads;
        this.relevance = relevance;
    }

    /**
     * The standard pipeline: CoreNLP, the bundled (or user-extended) actor dictionary, the gazetteer
     * of the options (the bundled one by default) for toponym matching, country focus and
     * geocoding. Loads every model once; takes several seconds and about 2 GB of heap.
     */
    public static Pipeline standard(PipelineOptions options) {
        ActorDictionary actors = options.userActors() == null ? ActorDictionary.bundled() : ActorDictionary.withUserFile(options.userActors());
        Gazetteer gazetteer = options.gazetteerOrBundled();
        Countries countries = Countries.bundled();
        RuleBasedExtractor extractor = new RuleBasedExtractor(actors, new ToponymMatcher(gazetteer), new CountryFocus(gazetteer), countries);
        // Only sentences with a trigger word are parsed: the parser is the costly stage. Articles
        // without one are not annotated at all: in a news stream most are about something else.
        Annotator annotator = new CoreNlpAnnotator(extractor.parseSelector());
        // Actors are first named after the event's country, then the sides of a known front filled in.
        LocatedMentions byCountry = new GenericActorCountries(actors, countries);
        LocatedMentions byFront = new FrontLineSides(actors, Fronts.bundled());
        return new Pipeline(extractor.relevanceFilter(), annotator, extractor, new GazetteerGeocoder(gazetteer),
                (located, where) -> byFront.settle(byCountry.settle(located, where), where), new ArticleFuser(), options.threads());
    }

    /**
     * Codes one article. Bad data inside it becomes issues in the result, never an exception: should
     * a stage fail on this article (a defect, not the data's fault), the result holds no events and
     * an issue {@link #FAILED} naming the cause, and the other articles of a run go on.
     */
    public ArticleResult process(Article article) {
        try {
            return code(article);
        } catch (RuntimeException e) {
            // Thrown by a stage on input it should have survived: lose this article, not the run.
            return new ArticleResult(article, List.of(),
                    List.of(new Issue(FAILED, null, "coding article " + article.id() + " failed: " + e)));
        }
    }

    private ArticleResult code(Article article) {
        Optional<ArticleResult> skipped = notCoded(article);
        if (skipped.isPresent()) {
            return skipped.get();
        }
        if (!relevance.mayReportEvent(article)) {
            return new ArticleResult(article, List.of(), List.of());
        }
        List<Issue> issues = new ArrayList<>();
        AnnotatedArticle annotated = annotator.annotate(article);
        List<EventMention> located = new ArrayList<>();
        for (CodedMention cm : extractor.extract(annotated)) {
            Location location = geocoder.locate(cm.where()).orElse(null);
            if (location == null && !cm.where().names().isEmpty() && issues.size() < Issue.MAX_PER_ARTICLE) {
                issues.add(new Issue("geo.unresolved", cm.where().names().get(0).span(),
                        "no gazetteer place for '" + cm.where().names().get(0).text() + "'"));
            }
            located.add(settle.settle(cm.mention().withLocation(location), cm.where()));
        }
        return new ArticleResult(article, fuser.fuse(article, located), issues);
    }

    /**
     * What {@link #process} returns for an article it does not code, without a model: for an article
     * in a known language other than English, a result without events and with one issue
     * {@link #NOT_ENGLISH} ("skipped: not English (fr)"); empty for an article it codes. Lets callers
     * store such articles without loading the models.
     */
    public static Optional<ArticleResult> notCoded(Article article) {
        if (isCodedLanguage(article.language())) {
            return Optional.empty();
        }
        return Optional.of(new ArticleResult(article, List.of(),
                List.of(new Issue(NOT_ENGLISH, null, "skipped: not English (" + article.language() + ")"))));
    }

    /** True for the languages the English coder codes: "en" (any region) and "und" (undetermined). */
    static boolean isCodedLanguage(String language) {
        String primary = language.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]", 2)[0];
        return primary.equals("en") || primary.equals("und");
    }

    /** Codes articles in parallel; results in input order. */
    public List<ArticleResult> processAll(List<Article> articles) {
        return processAll(articles, r -> { });
    }

    /**
     * Codes articles in parallel, calling {@code onEach} (from worker threads, possibly concurrently)
     * as each finishes; results in input order.
     */
    public List<ArticleResult> processAll(List<Article> articles, Consumer<ArticleResult> onEach) {
        if (threads == 1 || articles.size() < 2) {
            List<ArticleResult> out = new ArrayList<>();
            for (Article a : articles) {
                ArticleResult r = process(a);
                onEach.accept(r);
                out.add(r);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-pipeline");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ArticleResult>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    ArticleResult r = process(a);
                    onEach.accept(r);
                    return r;
                }));
            }
            List<ArticleResult> out = new ArrayList<>();
            for (Future<ArticleResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding articles", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("coding an article failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
