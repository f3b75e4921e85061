package org.sitrep.server;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.pipeline.ArticleResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link TestData}'s five events plus two outside Iraq (a clash in Aleppo, Syria, and an attack on
 * civilians in Maiduguri, Nigeria), so that the web UI's map has markers in three countries.
 */
final class UiTestData {
    static final Place ALEPPO = new Place(99104, "Aleppo", 36.20, 37.16, "SYR", "Aleppo", "Jabal Sem'an", "PPLA", 2_000_000);
    static final Place MAIDUGURI = new Place(99105, "Maiduguri", 11.85, 13.16, "NGA", "Borno", "Maiduguri", "PPLA", 800_000);
    static final Actor SYRIAN_ARMY = new Actor("army-syria", "Syrian Army", ActorType.STATE_FORCES, "SYR");
    static final Actor BOKO_HARAM = new Actor("boko-haram", "Boko Haram", ActorType.REBEL_GROUP, "NGA");
    static final Actor CIVILIANS = new Actor("civilians-nigeria", "Civilians (Nigeria)", ActorType.CIVILIANS, "NGA");

    /** The sentence of the Aleppo clash, the evidence the UI must highlight. */
    static final String ALEPPO_SENTENCE = "Syrian army units fought Islamic State fighters east of Aleppo on Tuesday, leaving four dead.";

    /** Where each located event lies: its ISO 3166-1 numeric code, the id world-atlas gives its country. */
    static final Map<String, String> COUNTRY_IDS = Map.of(
            "ev-clash", "368", "ev-strike", "368", "ev-arrest", "368", "ev-protest", "368",
            "ev-aleppo", "760", "ev-maiduguri", "566");

    private UiTestData() {}

    static List<ArticleResult> articles() {
        List<ArticleResult> all = new ArrayList<>(TestData.articles());
        String t4 = "Heavy fighting in northern Syria.\n\n" + ALEPPO_SENTENCE + " Residents fled the area.";
        Article a4 = new Article("art-four", "https://news.example.org/four", "Example News", "Fighting near Aleppo",
                LocalDate.of(2021, 3, 10), "en", t4);
        Event aleppo = TestData.event("ev-aleppo", EventType.ARMED_CLASH, SYRIAN_ARMY, TestData.IS,
                TestData.loc(ALEPPO, t4, "Aleppo"), LocalDate.of(2021, 3, 9), 4, TestData.ev(a4, 1, ALEPPO_SENTENCE));
        String t5 = "Boko Haram fighters attacked villagers near Maiduguri, killing twelve.";
        Article a5 = new Article("art-five", "https://news.example.org/five", "Example Times", "Attack in Borno",
                LocalDate.of(2021, 3, 12), "en", t5);
        Event maiduguri = TestData.event("ev-maiduguri", EventType.ATTACK, BOKO_HARAM, CIVILIANS,
                TestData.loc(MAIDUGURI, t5, "Maiduguri"), LocalDate.of(2021, 3, 12), 12, TestData.ev(a5, 0, t5));
        all.add(new ArticleResult(a4, List.of(aleppo), List.of()));
        all.add(new ArticleResult(a5, List.of(maiduguri), List.of()));
        return List.copyOf(all);
    }
}
