package org.sitrep.cli;

import org.sitrep.dedup.NearDuplicates;
import org.sitrep.dedup.Sketch;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Issue;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.store.EventStore;
import org.sitrep.store.SaveOutcome;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code sitrep run PATH...}: ingest → annotate → extract → geocode → fuse → store. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Code the articles in PATH (files or directories, read recursively) and store their events.",
                "Places are located in the bundled gazetteer plus the places imported into --db by `sitrep gazetteer import`."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    CodingOptions coding = new CodingOptions();

    @Mixin
    DbOption db = new DbOption();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt, .html, .jsonl) or directories.")
    List<Path> paths;

    @Option(names = "--quiet", description = "Print only the summary, not the events coded.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        // Options are checked before any work, so that a bad one fails at once.
        PipelineOptions pipelineOptions = coding.toPipelineOptions(cl);
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        IngestResult ingested = new Ingest().read(paths);
        List<Issue> problems = ingested.issues();

        int articles = ingested.articles().size();
        List<ArticleResult> results = List.of();
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger already = new AtomicInteger();
        List<SaveOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        try (EventStore store = EventStore.open(db.db)) {
            // Articles a previous run stored are not coded again: ids come from content, so the
            // store would skip them anyway, after the costly parse.
            List<Article> fresh = new ArrayList<>();
            List<ArticleResult> notCoded = new ArrayList<>();
            for (Article a : ingested.articles()) {
                if (store.hasArticle(a.id())) {
                    already.incrementAndGet();
                } else {
                    // Articles the English coder skips are stored without loading any model.
                    Pipeline.notCoded(a).ifPresentOrElse(notCoded::add, () -> fresh.add(a));
                }
            }
            for (ArticleResult r : notCoded) {
                (store.save(r).saved() ? saved : already).incrementAndGet();
            }
            // Near-duplicates (syndicated copies, re-posts) are found before any coding, in input
            // order, against the store and against the earlier articles of this run, so that no copy
            // reaches CoreNLP and the first copy is the same however the workers interleave. Copies
            // are saved after the originals: the store links each to its stored first copy.
            List<Article> copies = new ArrayList<>();
            List<Article> originals = new ArrayList<>();
            NearDuplicates thisRun = new NearDuplicates();
            Map<String, String> runTexts = new java.util.HashMap<>();
            for (Article a : fresh) {
                Sketch sketch = Sketch.of(a.text());
                if (store.firstCopyOf(a.text()).or(() -> thisRun.firstCopyOf(a.text(), sketch, runTexts::get)).isPresent()) {
                    copies.add(a);
                } else {
                    thisRun.add(a.id(), sketch);
                    runTexts.put(a.id(), a.text());
                    originals.add(a);
                }
            }
            fresh.clear();
            fresh.addAll(originals);
            if (!fresh.isEmpty()) {
                // Places of `sitrep gazetteer import` join the bundled gazetteer for this run.
                pipelineOptions = CodingOptions.withImportedPlaces(pipelineOptions, store, err);
                err.println("sitrep: loading models…");
                err.flush();
                Pipeline pipeline = Pipeline.standard(pipelineOptions);
                Progress progress = new Progress(err, fresh.size(), "articles");
                // Each article is saved in its own transaction as soon as it and every article before
                // it in input order are coded: a run killed at any instant leaves whole articles or
                // nothing of them, and cross-article fusion sees the articles in input order whatever
                // the threads do, so two runs over the same input make the same events and ids.
                Map<Article, Integer> position = new java.util.IdentityHashMap<>();
                for (Article a : fresh) {
                    position.put(a, position.size());
                }
                Map<Integer, ArticleResult> waiting = new java.util.HashMap<>();
                int[] nextToSave = {0};
                results = pipeline.processAll(fresh, r -> {
                    synchronized (waiting) {
                        waiting.put(position.get(r.article()), r);
                        for (ArticleResult next; (next = waiting.remove(nextToSave[0])) != null; nextToSave[0]++) {
                            SaveOutcome o = store.save(next);
                            outcomes.add(o);
                            (o.saved() ? saved : already).incrementAndGet();
                        }
                    }
                    progress.advance();
                });
                progress.finish();
            }
            for (Article copy : copies) {
                SaveOutcome o = store.save(new ArticleResult(copy, List.of(), List.of()));
                outcomes.add(o);
                (o.saved() ? saved : already).incrementAndGet();
            }
            results = new ArrayList<>(results);
            results.addAll(notCoded);
            List<Issue> all = new ArrayList<>(problems);
            for (ArticleResult r : results) {
                // An article the pipeline failed on is stored without events: report it like a skipped input.
                r.issues().stream().filter(i -> i.code().equals(Pipeline.FAILED)).forEach(all::add);
            }
            problems = all;
            printSummary(out, articles, saved.get(), already.get(), problems, results, store.eventCount());
            printFusion(out, ingested.articles(), outcomes, store);
        }
        return problems.isEmpty() ? 0 : SitrepMain.EXIT_SKIPPED;
    }

    /** The articles linked as near-duplicates, and the stored events that this run's articles joined. */
    private static void printFusion(PrintWriter out, List<Article> read, List<SaveOutcome> outcomes, EventStore store) {
        Map<String, Article> byId = new java.util.HashMap<>();
        read.forEach(a -> byId.putIfAbsent(a.id(), a));
        List<SaveOutcome> copies = outcomes.stream().filter(o -> o.status() == SaveOutcome.Status.DUPLICATE)
                .sorted(java.util.Comparator.comparing(SaveOutcome::articleId)).toList();
        out.printf("near-duplicates linked, not coded %d%n", copies.size());
        for (SaveOutcome o : copies) {
            out.printf("  %s %s -> copy of %s%n", o.articleId(), label(byId.get(o.articleId())), o.duplicateOf());
        }
        Set<String> joined = new LinkedHashSet<>();
        outcomes.stream().sorted(java.util.Comparator.comparing(SaveOutcome::articleId))
                .forEach(o -> joined.addAll(o.joinedEventIds()));
        int joins = outcomes.stream().mapToInt(SaveOutcome::eventsJoined).sum();
        out.printf("events joined to earlier events %d (into %d events)%n", joins, joined.size());
        for (String id : joined) {
            StoredEvent e = store.event(id).orElse(null);
            if (e != null) {
                out.printf("  %s %s %s %s: %d articles, %d sources, %d fatalities%n", e.id(), e.date() == null ? "undated" : e.date(),
                        e.type().acledName(), e.placeName() == null ? "-" : e.placeName(), e.numArticles(), e.numSources(), e.fatalities());
            }
        }
        out.flush();
    }

    private static String label(Article a) {
        if (a == null) {
            return "";
        }
        return "(" + (a.source() != null ? a.source() : a.url() != null ? a.url() : "no source") + ")";
    }

    private void printSummary(PrintWriter out, int articles, int saved, int already, List<Issue> problems,
                              List<ArticleResult> results, long stored) {
        List<Event> events = new ArrayList<>();
        for (ArticleResult r : results) {
            events.addAll(r.events());
        }
        if (!quiet && !events.isEmpty()) {
            EventTable.print(events.stream().map(EventTable.Row::of).toList(), out);
            out.println();
        }
        out.printf("articles read     %6d%n", articles);
        out.printf("  newly stored    %6d%n", saved);
        out.printf("  already stored  %6d%n", already);
        // Stored but not coded: the coder is English-only (Pipeline.NOT_ENGLISH).
        Map<String, Integer> notEnglish = new TreeMap<>();
        for (ArticleResult r : results) {
            if (r.issues().stream().anyMatch(i -> i.code().equals(Pipeline.NOT_ENGLISH))) {
                notEnglish.merge(r.article().language(), 1, Integer::sum);
            }
        }
        notEnglish.forEach((language, n) -> out.printf("  skipped: not English (%s) %d%n", language, n));
        out.printf("inputs with problems %3d%n", problems.size());
        for (Issue i : problems) {
            out.printf("  %s: %s%n", i.code(), i.message());
        }
        out.printf("events coded      %6d%n", events.size());
        Map<String, Integer> byType = new TreeMap<>();
        for (Event e : events) {
            byType.merge(e.type().category().acledName() + " / " + e.type().acledName(), 1, Integer::sum);
        }
        byType.forEach((k, v) -> out.printf("  %-58s %4d%n", k, v));
        out.printf("events in %s: %d%n", db.db, stored);
        out.flush();
    }
}
