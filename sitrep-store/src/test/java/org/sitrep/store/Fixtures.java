package org.sitrep.store;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.pipeline.ArticleResult;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Hand-written articles and events (the project's own text, not third-party data) for the store
 * and export tests. Public so that the export tests can use them too.
 */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2020-05-12T08:30:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    public static final Actor ISF = new Actor("iraqi-security-forces", "Iraqi Security Forces", ActorType.STATE_FORCES, "IRQ");
    public static final Actor ISLAMIC_STATE = new Actor("islamic-state", "Islamic State", ActorType.REBEL_GROUP, null);
    public static final Actor PROTESTERS_SYRIA = new Actor("protesters-syria", "Protesters (Syria)", ActorType.PROTESTERS, "SYR");

    public static final Place AL_AREJ = new Place(99001, "Al-Arej", 36.3512, 43.1234, "IRQ", "Nineveh", "Mosul", "PPL", 0);
    public static final Place HADITHA = new Place(99002, "Haditha", 34.1391, 42.3781, "IRQ", "Al Anbar", "Haditha", "PPLA2", 20000);

    private Fixtures() {}

    /** Two events in Iraq, one sentence with a comma and quotes. Source and URL known. */
    public static ArticleResult iraq() {
        String text = "Iraqi forces arrested three Islamic State militants in the village of Al-Arej on Saturday.\n\n"
                + "In a clash near Haditha, \"two soldiers\" were killed, officials said.";
        Article article = new Article("art-iraq", "https://news.example.org/iraq/1", "Example News", "Arrests in Nineveh",
                LocalDate.of(2020, 5, 10), "en", text);
        Evidence arrest = evidence(article, 0, "Iraqi forces arrested three Islamic State militants in the village of Al-Arej on Saturday.");
        Evidence clash = evidence(article, 1, "In a clash near Haditha, \"two soldiers\" were killed, officials said.");
        Event e1 = event("ev-arrest-arej", EventType.ARRESTS, ISF, ISLAMIC_STATE,
                new Location(AL_AREJ, 1, "Al-Arej", span(text, "Al-Arej")), LocalDate.of(2020, 5, 9), DatePrecision.DAY,
                0, 0, 3, 0.9, arrest);
        Event e2 = event("ev-clash-haditha", EventType.ARMED_CLASH, ISLAMIC_STATE, ISF,
                new Location(HADITHA, 2, "Haditha", span(text, "Haditha")), LocalDate.of(2020, 5, 8), DatePrecision.WEEK,
                2, 0, 0, 0.75, clash);
        return new ArticleResult(article, List.of(e1, e2), List.of());
    }

    /** One protest whose place did not resolve (no coordinates, no country); no source, URL only. */
    public static ArticleResult syria() {
        String text = "Hundreds protested in the Deir Ezzor countryside on Tuesday against the shortages.";
        Article article = new Article("art-syria", "https://other.example.com/syria/protest", null, null,
                LocalDate.of(2020, 5, 13), "en", text);
        Evidence e = evidence(article, 0, text);
        Event protest = event("ev-protest-deir", EventType.PEACEFUL_PROTEST, PROTESTERS_SYRIA, null,
                new Location(null, 3, "Deir Ezzor countryside", span(text, "Deir Ezzor countryside")),
                LocalDate.of(2020, 5, 12), DatePrecision.DAY, 0, 0, 0, 0.6, e);
        return new ArticleResult(article, List.of(protest), List.of());
    }

    /** One undated, unlocated event without actors, from an article without URL or source. */
    public static ArticleResult undated() {
        String text = "An explosion was reported. Nobody claimed it.";
        Article article = new Article("art-undated", null, null, null, null, "en", text);
        Event blast = event("ev-blast", EventType.REMOTE_EXPLOSIVE, null, null, null, null, null,
                0, 1, 0, 0.4, evidence(article, 0, "An explosion was reported."));
        return new ArticleResult(article, List.of(blast), List.of());
    }

    /** An article with no events at all. */
    public static ArticleResult empty() {
        return new ArticleResult(new Article("art-empty", null, "Quiet Times", "Nothing happened", null, "en", "Nothing happened."),
                List.of(), List.of());
    }

    public static List<ArticleResult> all() {
        return List.of(iraq(), syria(), undated(), empty());
    }

    public static List<Event> allEvents() {
        return all().stream().flatMap(r -> r.events().stream()).toList();
    }

    public static Evidence evidence(Article article, int sentence, String sentenceText) {
        return new Evidence(article.id(), sentence, span(article.text(), sentenceText), sentenceText);
    }

    public static Span span(String text, String part) {
        int start = text.indexOf(part);
        if (start < 0) {
            throw new IllegalArgumentException("'" + part + "' is not in the text");
        }
        return new Span(start, start + part.length());
    }

    public static Event event(String id, EventType type, Actor actor1, Actor actor2, Location location, LocalDate date,
                              DatePrecision precision, int fatalities, int injured, int arrested, double confidence,
                              Evidence... evidence) {
        EventMention mention = new EventMention(type, actor1, actor2, location, date, precision, fatalities, injured,
                arrested, confidence, "fixture", List.of(evidence));
        long articles = List.of(evidence).stream().map(Evidence::articleId).distinct().count();
        return new Event(id, type, actor1, actor2, location, date, precision, fatalities, injured, arrested, confidence,
                List.of(mention), (int) articles, 1);
    }
}
