package org.sitrep.watch;

import org.sitrep.model.Issue;
import org.sitrep.pipeline.ArticleResult;

import java.util.List;
import java.util.Map;

/**
 * What one round of polling did.
 *
 * @param feeds feeds polled
 * @param feedsNotModified feeds that answered 304 Not Modified to a conditional GET
 * @param feedsFailed feeds that could not be fetched or read this round (tried again next round)
 * @param newItems items not recorded done before this round (whatever became of them)
 * @param stored articles newly stored
 * @param alreadyStored items whose article was stored already (by another item URL, feed or run); recorded done
 * @param noText items whose page holds no article text; recorded done, not stored
 * @param pagesFailed items whose page could not be fetched (tried again next round)
 * @param notEnglish newly stored articles the English coder skipped, by language code
 * @param coded the newly stored articles with their events, in no particular order
 * @param problems one line per feed or page that failed and per page without article text, naming its URL
 */
public record RoundReport(int feeds, int feedsNotModified, int feedsFailed, int newItems, int stored, int alreadyStored,
                          int noText, int pagesFailed, Map<String, Integer> notEnglish, List<ArticleResult> coded,
                          List<Issue> problems) {
    /** Issue code of a feed that could not be fetched or parsed this round. */
    public static final String FEED_FAILED = "watch.feed";
    /** Issue code of an item page that could not be fetched this round. */
    public static final String PAGE_FAILED = "watch.page";

    public RoundReport {
        notEnglish = Map.copyOf(notEnglish);
        coded = List.copyOf(coded);
        problems = List.copyOf(problems);
    }
}
