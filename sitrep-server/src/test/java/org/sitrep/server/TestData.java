package org.sitrep.server;

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

import java.time.LocalDate;
import java.util.List;

/** Hand-written articles and events (the project's own text) stored for the server tests, without CoreNLP. */
final class TestData {
    static final Actor ARMY = new Actor("army", "Iraqi Army", ActorType.STATE_FORCES, "IRQ");
    static final Actor IS = new Actor("islamic-state", "Islamic State", ActorType.REBEL_GROUP, null);
    static final Actor PROTESTERS = new Actor("protesters-iraq", "Protesters (Iraq)", ActorType.PROTESTERS, "IRQ");

    static final Place MOSUL = new Place(99101, "Mosul", 36.34, 43.13, "IRQ", "Nineveh", "Mosul", "PPLA", 1_000_000);
    static final Place RAMADI = new Place(99102, "Ramadi", 33.42, 43.30, "IRQ", "Al Anbar", "Ramadi", "PPLA", 200_000);
    static final Place BASRA = new Place(99103, "Basra", 30.51, 47.78, "IRQ", "Basra", "Basra", "PPLA", 1_000_000);

    private TestData() {}

    /** Five events over three articles: clash (3 killed), air strike (7), arrests, protest, undated attack. */
    static List<ArticleResult> articles() {
        String t1 = "Iraqi army troops clashed with Islamic State fighters near Mosul on Monday, killing three.\n\n"
                + "An air strike hit a 100% \"rebel_base\" in Ramadi, killing seven.";
        Article a1 = new Article("art-one", "https://news.example.org/one", "Example News", "Fighting in Mosul",
                LocalDate.of(2021, 3, 2), "en", t1);
        String s1 = "Iraqi army troops clashed with Islamic State fighters near Mosul on Monday, killing three.";
        String s2 = "An air strike hit a 100% \"rebel_base\" in Ramadi, killing seven.";
        Event clash = event("ev-clash", EventType.ARMED_CLASH, ARMY, IS, loc(MOSUL, t1, "Mosul"),
                LocalDate.of(2021, 3, 1), 3, ev(a1, 0, s1));
        Event strike = event("ev-strike", EventType.AIR_DRONE_STRIKE, ARMY, IS, loc(RAMADI, t1, "Ramadi"),
                LocalDate.of(2021, 2, 27), 7, ev(a1, 1, s2));

        String t2 = "Police arrested five Islamic State suspects in Mosul. Thousands protested in Basra over power cuts.";
        Article a2 = new Article("art-two", "https://news.example.org/two", "Example News", "Arrests and protests",
                LocalDate.of(2021, 3, 6), "en", t2);
        Event arrest = event("ev-arrest", EventType.ARRESTS, ARMY, IS, loc(MOSUL, t2, "Mosul"),
                LocalDate.of(2021, 3, 5), 0, ev(a2, 0, "Police arrested five Islamic State suspects in Mosul."));
        Event protest = event("ev-protest", EventType.PEACEFUL_PROTEST, PROTESTERS, null, loc(BASRA, t2, "Basra"),
                LocalDate.of(2021, 3, 5), 0, ev(a2, 1, "Thousands protested in Basra over power cuts."));

        String t3 = "Gunmen attacked a village. Nobody claimed the attack.";
        Article a3 = new Article("art-three", null, null, null, null, "en", t3);
        Event attack = event("ev-attack", EventType.ATTACK, null, null, null, null, 1, ev(a3, 0, "Gunmen attacked a village."));
        return List.of(new ArticleResult(a1, List.of(clash, strike), List.of()),
                new ArticleResult(a2, List.of(arrest, protest), List.of()),
                new ArticleResult(a3, List.of(attack), List.of()));
    }

    static Location loc(Place place, String text, String name) {
        return new Location(place, 1, name, span(text, name));
    }

    static Evidence ev(Article article, int sentence, String text) {
        return new Evidence(article.id(), sentence, span(article.text(), text), text);
    }

    static Span span(String text, String part) {
        int start = text.indexOf(part);
        if (start < 0) {
            throw new IllegalArgumentException("'" + part + "' is not in the text");
        }
        return new Span(start, start + part.length());
    }

    static Event event(String id, EventType type, Actor actor1, Actor actor2, Location location, LocalDate date,
                       int fatalities, Evidence evidence) {
        DatePrecision precision = date == null ? null : DatePrecision.DAY;
        EventMention mention = new EventMention(type, actor1, actor2, location, date, precision, fatalities, 0, 0, 0.8,
                "fixture", List.of(evidence));
        return new Event(id, type, actor1, actor2, location, date, precision, fatalities, 0, 0, 0.8, List.of(mention), 1, 1);
    }

    /** A stand-in for the NLP pipeline: one "Other" event per article, citing its first sentence. */
    static ArticleCoder fakeCoder() {
        return articles -> articles.stream().map(a -> {
            String first = a.text().split("\n")[0];
            Event e = event("posted-" + a.id(), EventType.OTHER, null, null, null, a.publishedOn(), 0,
                    new Evidence(a.id(), 0, new Span(0, first.length()), first));
            return new ArticleResult(a, List.of(e), List.of());
        }).toList();
    }
}
