package org.sitrep.watch;

import org.sitrep.ingest.HtmlReader;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.SourceDocument;
import org.sitrep.model.Article;
import org.sitrep.model.Issue;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.Pipeline;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Polls feeds in rounds: feed → new items → page → article → code → store.
 *
 * <p><b>A round.</b> Each feed is fetched with the validators the ledger holds for it (a 304 ends
 * it). Each item the ledger does not know as done has its page fetched and read with
 * {@link HtmlReader}; when the page states no publication date, the feed's date of the item is
 * used (never today's); an article whose id is stored already is not coded again. The coded article
 * and the item's done record are stored together ({@link WatchLedger#store}). The feed's new
 * validators are stored only when every new item was handled: otherwise the next round would get a
 * 304 and never retry the failed pages. A feed or page that fails is reported in the
 * {@link RoundReport} and tried again next round; the other feeds go on.
 *
 * <p><b>Threads.</b> Up to {@link WatchOptions#threads()} feeds are handled at once, each feed's
 * items one after the other; requests to one host are serialized by {@link PageFetcher}.
 *
 * <p><b>Stopping.</b> {@link #stop} (from any thread, e.g. a shutdown hook) makes {@link #run}
 * return after the articles being coded are stored; no new feed or item is started. Thread-safe.
 */
public final class Watcher {
    private final WatchOptions options;
    private final ArticleCoder coder;
    private final WatchLedger ledger;
    private final PageFetcher fetcher;
    private final FeedParser parser = new FeedParser();
    private final HtmlReader html = new HtmlReader();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Object wake = new Object();

    public Watcher(WatchOptions options, ArticleCoder coder, WatchLedger ledger) {
        if (options == null || coder == null || ledger == null) {
            throw new IllegalArgumentException("options, coder and ledger are required");
        }
        this.options = options;
        this.coder = coder;
        this.ledger = ledger;
        this.fetcher = new PageFetcher(options);
    }

    /** Asks {@link #run} and a round in progress to finish; returns at once. */
    public void stop() {
        stopping.set(true);
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    public boolean isStopping() {
        return stopping.get();
    }

    /**
     * Polls {@code feeds} every {@code interval} (measured from the start of one round to the start of
     * the next) until {@link #stop}, calling {@code afterRound} after each round.
     */
    public void run(List<URI> feeds, Duration interval, Consumer<RoundReport> afterRound) {
        while (!stopping.get()) {
            long start = System.nanoTime();
            afterRound.accept(round(feeds));
            long deadline = start + interval.toNanos();
            synchronized (wake) {
                long left;
                while (!stopping.get() && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        TimeUnit.NANOSECONDS.timedWait(wake, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        stopping.set(true);
                    }
                }
            }
        }
    }

    /** One round over {@code feeds}. Never throws for a feed's or a page's trouble. */
    public RoundReport round(List<URI> feeds) {
        List<Tally> tallies = new ArrayList<>();
        if (!feeds.isEmpty()) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), feeds.size()), r -> {
                Thread t = new Thread(r, "sitrep-watch");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Tally>> futures = new ArrayList<>();
                for (URI feed : feeds) {
                    futures.add(pool.submit(() -> feed(feed)));
                }
                for (Future<Tally> f : futures) {
                    tallies.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping.set(true);
            } catch (ExecutionException e) {
                // feed() catches what it can; an Error is not ours to hide.
                throw new IllegalStateException("a feed task failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        return merge(feeds.size(), tallies);
    }

    /** Counts of one feed's round; confined to the thread handling that feed. */
    private static final class Tally {
        int notModified;
        int failed;
        int newItems;
        int stored;
        int alreadyStored;
        int noText;
        int pagesFailed;
        final Map<String, Integer> notEnglish = new TreeMap<>();
        final List<ArticleResult> coded = new ArrayList<>();
        final List<Issue> problems = new ArrayList<>();
    }

    private Tally feed(URI feed) {
        Tally tally = new Tally();
        String feedUrl = feed.toString();
        try {
            if (stopping.get()) {
                return tally;
            }
            PageFetcher.Fetched fetched = fetcher.fetch(feed, ledger.validators(feedUrl).orElse(FeedValidators.NONE), options.maxFeedBytes());
            if (fetched.status() == PageFetcher.Status.FAILED) {
                tally.failed++;
                tally.problems.add(new Issue(RoundReport.FEED_FAILED, null, "feed " + feedUrl + ": " + fetched.failure() + "; tried again next round"));
                return tally;
            }
            if (fetched.status() == PageFetcher.Status.NOT_MODIFIED) {
                tally.notModified++;
                return tally;
            }
            FeedParser.Parsed parsed = parser.parse(fetched.uri(), fetched.body());
            if (!parsed.ok()) {
                tally.failed++;
                tally.problems.add(new Issue(RoundReport.FEED_FAILED, null, "feed " + feedUrl + ": " + parsed.error() + "; tried again next round"));
                return tally;
            }
            boolean allHandled = true;
            for (FeedItem item : parsed.items()) {
                if (stopping.get()) {
                    allHandled = false;
                    break;
                }
                if (ledger.isDone(item.link().toString())) {
                    continue;
                }
                tally.newItems++;
                allHandled &= item(feedUrl, item, tally);
            }
            if (allHandled) {
                ledger.saveValidators(feedUrl, fetched.validators());
            }
        } catch (RuntimeException e) {
            // A store or coder failure: this feed's remaining items wait for the next round, the other feeds go on.
            tally.failed++;
            tally.problems.add(new Issue(RoundReport.FEED_FAILED, null, "feed " + feedUrl + ": failed: " + FeedParser.oneLine(e.toString()) + "; tried again next round"));
        }
        return tally;
    }

    /** Handles one new item; false if it failed and must be tried again. */
    private boolean item(String feedUrl, FeedItem item, Tally tally) {
        String itemUrl = item.link().toString();
        PageFetcher.Fetched page = fetcher.fetch(item.link(), FeedValidators.NONE, options.maxPageBytes());
        if (page.status() != PageFetcher.Status.OK) {
            tally.pagesFailed++;
            String why = page.status() == PageFetcher.Status.FAILED ? page.failure() : "HTTP 304 to an unconditional GET";
            tally.problems.add(new Issue(RoundReport.PAGE_FAILED, null, "page " + itemUrl + ": " + why + "; tried again next round"));
            return false;
        }
        IngestResult read = html.read(new SourceDocument(page.uri().toString(), page.body()), page.charset());
        if (read.articles().isEmpty()) {
            tally.noText++;
            for (Issue issue : read.issues()) {
                tally.problems.add(new Issue(issue.code(), null, issue.message() + " (item of " + feedUrl + "; not retried)"));
            }
            ledger.markDone(itemUrl, feedUrl, null);
            return true;
        }
        Article article = withFeedFallbacks(read.articles().get(0), item);
        if (ledger.hasArticle(article.id())) {
            tally.alreadyStored++;
            ledger.markDone(itemUrl, feedUrl, article.id());
            return true;
        }
        // An article the English coder would skip is stored as skipped without it (no model loads for it).
        ArticleResult result = Pipeline.notCoded(article).orElseGet(() -> coder.code(article));
        if (ledger.store(result, itemUrl, feedUrl)) {
            tally.stored++;
            tally.coded.add(result);
            if (result.issues().stream().anyMatch(i -> i.code().equals(Pipeline.NOT_ENGLISH))) {
                tally.notEnglish.merge(article.language(), 1, Integer::sum);
            }
        } else {
            tally.alreadyStored++;
        }
        return true;
    }

    /** The page's metadata wins; the feed's date and title fill what the page does not state. */
    static Article withFeedFallbacks(Article a, FeedItem item) {
        if ((a.publishedOn() != null || item.publishedOn() == null) && (a.title() != null || item.title() == null)) {
            return a;
        }
        return new Article(a.id(), a.url(), a.source(), a.title() != null ? a.title() : item.title(),
                a.publishedOn() != null ? a.publishedOn() : item.publishedOn(), a.language(), a.text());
    }

    private static RoundReport merge(int feeds, List<Tally> tallies) {
        int notModified = 0, failed = 0, newItems = 0, stored = 0, already = 0, noText = 0, pagesFailed = 0;
        Map<String, Integer> notEnglish = new TreeMap<>();
        List<ArticleResult> coded = new ArrayList<>();
        List<Issue> problems = new ArrayList<>();
        for (Tally t : tallies) {
            notModified += t.notModified;
            failed += t.failed;
            newItems += t.newItems;
            stored += t.stored;
            already += t.alreadyStored;
            noText += t.noText;
            pagesFailed += t.pagesFailed;
            t.notEnglish.forEach((k, v) -> notEnglish.merge(k, v, Integer::sum));
            coded.addAll(t.coded);
            problems.addAll(t.problems);
        }
        return new RoundReport(feeds, notModified, failed, newItems, stored, already, noText, pagesFailed, notEnglish, coded, problems);
    }
}
