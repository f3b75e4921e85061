package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit of state forces and the forces it belongs to are one side of one event. */
class ArticleFuserUnitTest {
    private static final String TEXT = "Al Shabaab attacked Jubaland forces near Kismayo. Two soldiers were killed.";
    private static final Article ARTICLE = new Article("a", null, null, null, null, "en", TEXT);
    private static final Actor SHABAAB = new Actor("al-shabaab", "Al Shabaab", ActorType.REBEL_GROUP, "SOM");
    private static final Actor FORCES = new Actor("somalia-military", "Military Forces of Somalia", ActorType.STATE_FORCES, "SOM");
    private static final Actor UNIT = new Actor("somalia-military/jubaland-security-force",
            "Military Forces of Somalia Jubaland Security Force", ActorType.STATE_FORCES, "SOM");
    private static final Actor OTHER = new Actor("kenya-military", "Military Forces of Kenya", ActorType.STATE_FORCES, "KEN");

    private static EventMention clash(Actor actor2, int sentence, int start, int end) {
        return new EventMention(EventType.ARMED_CLASH, SHABAAB, actor2, null, null, null, 0, 0, 0, 0.5, "test",
                List.of(new Evidence("a", sentence, new Span(start, end), TEXT.substring(start, end))));
    }

    @Test
    void aUnitAndItsForcesAreOneSideAndTheUnitNamesIt() {
        List<Event> events = new ArticleFuser().fuse(ARTICLE, List.of(clash(FORCES, 1, 50, 75), clash(UNIT, 0, 0, 49)));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).actor2()).isEqualTo(UNIT);
    }

    @Test
    void forcesOfAnotherStateStayApart() {
        assertThat(new ArticleFuser().fuse(ARTICLE, List.of(clash(UNIT, 0, 0, 49), clash(OTHER, 1, 50, 75)))).hasSize(2);
    }
}
