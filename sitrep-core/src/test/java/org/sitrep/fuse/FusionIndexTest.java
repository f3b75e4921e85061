package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.CrossArticleRulesTest.DAY;
import static org.sitrep.fuse.CrossArticleRulesTest.bomb;
import static org.sitrep.fuse.CrossArticleRulesTest.with;

class FusionIndexTest {
    @Test
    void findsTheHeldEventAcrossDaysAndNotInAnotherCountry() {
        FusionIndex index = new FusionIndex();
        index.put(bomb("e1", "a1", "x"));
        assertThat(index.match(bomb("e2", "a2", "y"))).map(EventFacts::id).contains("e1");
        EventFacts monthLater = with(bomb("e3", "a3", "z"), null, 33.7466, 44.6437, "Diyala", "Baqubah", 1,
                DAY.plusDays(20), DatePrecision.MONTH, 4);
        assertThat(index.match(monthLater)).map(EventFacts::id).contains("e1");
        EventFacts syria = new EventFacts("e4", bomb("e4", "a4", "w").type(), null, null, null, null, null, null,
                "Baquba", "Baqubah", 1L, 33.7466, 44.6437, "SYR", "Diyala", null, 1, DAY, DatePrecision.DAY, DAY,
                4, 0, 0, 0.5, java.util.Set.of("a4"), java.util.Set.of("w"));
        assertThat(index.match(syria)).isEmpty();
    }

    @Test
    void aMovedEventIsFiledUnderItsNewDay() {
        FusionIndex index = new FusionIndex();
        EventFacts weekly = with(bomb("e1", "a1", "x"), null, 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY, DatePrecision.WEEK, 4);
        index.put(weekly);
        EventFacts exact = with(bomb("e2", "a2", "y"), null, 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY.plusDays(6), DatePrecision.DAY, 4);
        index.put(CrossArticleRules.merge(index.match(exact).orElseThrow(), exact));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.get("e1").orElseThrow().date()).isEqualTo(DAY.plusDays(6));
        EventFacts nextDay = with(bomb("e3", "a3", "z"), null, 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY.plusDays(7), DatePrecision.DAY, 4);
        assertThat(index.match(nextDay)).map(EventFacts::id).contains("e1");
        EventFacts tooEarly = with(bomb("e4", "a4", "w"), null, 33.7466, 44.6437, "Diyala", "Baqubah", 1, DAY, DatePrecision.DAY, 4);
        assertThat(index.match(tooEarly)).as("now a day-precise event six days later").isEmpty();
    }
}
