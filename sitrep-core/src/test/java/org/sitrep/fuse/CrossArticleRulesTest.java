package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorType;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventType;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: when events of different articles are one event, and what the fused event says. */
class CrossArticleRulesTest {
    static final LocalDate DAY = LocalDate.of(2024, 3, 12);

    /** An IED near Baquba (33.75, 44.64), precision 1, reported by {@code article} of {@code source}. */
    static EventFacts bomb(String id, String article, String source) {
        return new EventFacts(id, EventType.REMOTE_EXPLOSIVE, null, null, null,
                "Military Forces of Iraq", ActorType.STATE_FORCES, "IRQ",
                "Baquba", "Baqubah", 98463L, 33.7466, 44.6437, "IRQ", "Diyala", "Baqubah", 1,
                DAY, DatePrecision.DAY, DAY, 4, 2, 0, 0.8, Set.of(article), Set.of(source));
    }

    static EventFacts with(EventFacts e, String actor1, Double lat, Double lon, String admin1, String admin2, Integer precision,
                           LocalDate date, DatePrecision datePrecision, int fatalities) {
        return new EventFacts(e.id(), e.type(), actor1, actor1 == null ? null : ActorType.REBEL_GROUP, null,
                e.actor2Name(), e.actor2Type(), e.actor2CountryIso3(), e.locationText(), e.placeName(), e.geonameId(),
                lat, lon, lat == null ? null : e.countryIso3(), admin1, admin2, precision, date, datePrecision, e.reportedOn(),
                fatalities, e.injured(), e.arrested(), e.confidence(), e.articleIds(), e.sources());
    }

    @Test
    void twoOutletsReportingOneBombAreOneEvent() {
        assertThat(CrossArticleRules.sameEvent(bomb("e1", "a1", "x"), bomb("e2", "a2", "y"))).isTrue();
    }

    @Test
    void eventsOfOneArticleNeverFuseAcrossArticles() {
        assertThat(CrossArticleRules.sameEvent(bomb("e1", "a1", "x"), bomb("e2", "a1", "x"))).isFalse();
    }

    @Test
    void anotherTypeIsAnotherEvent() {
        EventFacts b = bomb("e2", "a2", "y");
        EventFacts clash = new EventFacts("e2", EventType.ARMED_CLASH, null, null, null, b.actor2Name(), b.actor2Type(), "IRQ",
                "Baquba", "Baqubah", 98463L, b.lat(), b.lon(), "IRQ", "Diyala", "Baqubah", 1, DAY, DatePrecision.DAY, DAY,
                4, 2, 0, 0.8, Set.of("a2"), Set.of("y"));
        assertThat(CrossArticleRules.sameEvent(bomb("e1", "a1", "x"), clash)).isFalse();
    }

    @Test
    void actorsMustAgreeUnlessOneIsUnstated() {
        EventFacts a = with(bomb("e1", "a1", "x"), "Islamic State", 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY, DatePrecision.DAY, 4);
        EventFacts unidentified = with(bomb("e2", "a2", "y"), "Unidentified Armed Group (Iraq)", 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY, DatePrecision.DAY, 3);
        EventFacts other = with(bomb("e3", "a3", "z"), "Asa'ib Ahl al-Haq", 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY, DatePrecision.DAY, 4);
        assertThat(CrossArticleRules.sameEvent(a, unidentified)).isTrue();
        assertThat(CrossArticleRules.sameEvent(a, bomb("e4", "a4", "w"))).isTrue();
        assertThat(CrossArticleRules.sameEvent(a, other)).isFalse();
    }

    @Test
    void countsMayDifferAsOutletsDoButNotByAnOrderOfMagnitude() {
        assertThat(CrossArticleRules.countsAgree(3, 4)).isTrue();
        assertThat(CrossArticleRules.countsAgree(0, 40)).isTrue();
        assertThat(CrossArticleRules.countsAgree(10, 22)).isTrue();
        assertThat(CrossArticleRules.countsAgree(10, 23)).isFalse();
        assertThat(CrossArticleRules.countsAgree(3, 30)).isFalse();
    }

    @Test
    void theDistanceAllowedGrowsWithTheCoarserPrecision() {
        EventFacts held = bomb("e1", "a1", "x");
        // Buhriz, about 6 km south of Baquba; Muqdadiyah about 35 km north-east; Khanaqin about 110 km, same province.
        EventFacts buhriz = with(bomb("e2", "a2", "y"), null, 33.6952, 44.6645, "Diyala", "Baqubah", 1, DAY, DatePrecision.DAY, 4);
        EventFacts muqdadiyah = with(bomb("e3", "a3", "z"), null, 33.9783, 44.9369, "Diyala", "Al-Muqdadiya", 1, DAY, DatePrecision.DAY, 4);
        EventFacts muqdadiyahNear = with(muqdadiyah, null, 33.9783, 44.9369, "Diyala", "Al-Muqdadiya", 2, DAY, DatePrecision.DAY, 4);
        EventFacts province = with(bomb("e4", "a4", "w"), null, 33.77, 45.0, "Diyala", null, 3, DAY, DatePrecision.DAY, 4);
        EventFacts khanaqin = with(bomb("e5", "a5", "v"), null, 34.3358, 45.3853, "Diyala", "Khanaqin", 1, DAY, DatePrecision.DAY, 4);
        EventFacts otherProvince = with(bomb("e6", "a6", "u"), null, 33.3406, 44.4009, "Baghdad", null, 3, DAY, DatePrecision.DAY, 4);
        assertThat(CrossArticleRules.sameEvent(held, buhriz)).isTrue();
        assertThat(CrossArticleRules.sameEvent(held, muqdadiyah)).as("precision 1: 25 km").isFalse();
        assertThat(CrossArticleRules.sameEvent(held, muqdadiyahNear)).as("precision 2: 50 km").isTrue();
        assertThat(CrossArticleRules.sameEvent(held, province)).as("precision 3: same province").isTrue();
        assertThat(CrossArticleRules.sameEvent(held, khanaqin)).isFalse();
        assertThat(CrossArticleRules.sameEvent(held, otherProvince)).isFalse();
    }

    @Test
    void theDayWindowGrowsWithTheCoarserDatePrecision() {
        EventFacts held = bomb("e1", "a1", "x");
        EventFacts nextDay = with(bomb("e2", "a2", "y"), null, 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY.plusDays(1), DatePrecision.DAY, 4);
        EventFacts twoDaysOn = with(bomb("e3", "a3", "z"), null, 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY.plusDays(2), DatePrecision.DAY, 4);
        EventFacts thatWeek = with(twoDaysOn, null, 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY.plusDays(5), DatePrecision.WEEK, 4);
        EventFacts thatMonth = with(twoDaysOn, null, 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY.plusDays(20), DatePrecision.MONTH, 4);
        EventFacts undated = with(twoDaysOn, null, 33.7466, 44.6437, "Diyala", "Baqubah", 1, null, null, 4);
        assertThat(CrossArticleRules.sameEvent(held, nextDay)).isTrue();
        assertThat(CrossArticleRules.sameEvent(held, twoDaysOn)).isFalse();
        assertThat(CrossArticleRules.sameEvent(held, thatWeek)).isTrue();
        assertThat(CrossArticleRules.sameEvent(held, thatMonth)).isTrue();
        assertThat(CrossArticleRules.sameEvent(held, undated)).as("reported the same day").isTrue();
    }

    @Test
    void theFusedEventKeepsTheHeldIdAndTakesTheHighestSingleFigureNeverTheSum() {
        EventFacts held = with(bomb("e1", "a1", "x"), null, 33.77, 45.0, "Diyala", null, 3, DAY, DatePrecision.WEEK, 3);
        EventFacts incoming = with(bomb("e2", "a2", "y"), "Islamic State", 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY, DatePrecision.DAY, 4);
        EventFacts fused = CrossArticleRules.merge(held, incoming);
        assertThat(fused.id()).isEqualTo("e1");
        assertThat(fused.fatalities()).isEqualTo(4);
        assertThat(fused.actor1Name()).isEqualTo("Islamic State");
        assertThat(fused.geoPrecision()).isEqualTo(1);
        assertThat(fused.admin2()).isEqualTo("Baqubah");
        assertThat(fused.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(fused.numArticles()).isEqualTo(2);
        assertThat(fused.numSources()).isEqualTo(2);
        EventFacts sameOutlet = CrossArticleRules.merge(fused, bomb("e3", "a3", "y"));
        assertThat(sameOutlet.numArticles()).isEqualTo(3);
        assertThat(sameOutlet.numSources()).as("a second article of outlet y").isEqualTo(2);
        assertThat(sameOutlet.fatalities()).isEqualTo(4);
    }
}
