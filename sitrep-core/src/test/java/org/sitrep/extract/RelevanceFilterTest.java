package org.sitrep.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.geo.Countries;
import org.sitrep.geo.CountryFocus;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.ToponymMatcher;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;
import org.sitrep.nlp.RelevanceFilter;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The coder's relevance filter on texts written for this test, and on the golden samples. */
class RelevanceFilterTest {
    private static final String CONTEXT = "\n\nThe city council said it would publish a full report on the matter before the end of"
            + " the month. Local newspapers have followed the story closely, and it was widely discussed over the weekend."
            + " Residents interviewed were divided, with some welcoming the news and others saying it changed little.";
    private static RelevanceFilter filter;

    @BeforeAll
    static void load() {
        Gazetteer g = Gazetteer.bundled();
        filter = new RuleBasedExtractor(ActorDictionary.bundled(), new ToponymMatcher(g), new CountryFocus(g), Countries.bundled())
                .relevanceFilter();
    }

    private static boolean relevant(String text) {
        return filter.mayReportEvent(new Article("a", null, null, null, null, "en", text));
    }

    @Test
    void shortTextsPassOnAnyTriggerWord() {
        assertThat(relevant("Rebels overran a base near Gao.")).isTrue();
        assertThat(relevant("Farmers held a sit-in outside the ministry.")).isTrue();
        assertThat(relevant("The museum reopened after a renovation.")).isFalse();
    }

    @Test
    void longArticlesAboutSportMarketsAndFilmsAreSkippedDespiteTheWordsOfViolence() {
        assertThat(relevant("The striker shot from the edge of the area. The visitors attacked down the left all afternoon,"
                + " and the home side killed off the game with two goals in five minutes." + CONTEXT + CONTEXT + CONTEXT + CONTEXT)).isFalse();
        assertThat(relevant("Traders described the sell-off as a bloodbath. The company's shares were hammered, and the price"
                + " war has killed off several smaller carriers." + CONTEXT + CONTEXT + CONTEXT + CONTEXT)).isFalse();
    }

    @Test
    void wordsOfViolenceScatteredOverAnArticleAreNoReport() {
        // Each pair (weapon and harm, agent and arrest) is in the article, but never within two sentences.
        assertThat(relevant("A blast of icy wind swept the coast on Monday." + CONTEXT + CONTEXT
                + "\n\nTwo drivers were killed when their lorry slid off the road." + CONTEXT)).isFalse();
        assertThat(relevant("The new play is about a retired police officer and his garden." + CONTEXT + CONTEXT
                + "\n\nIn the second act his neighbour is arrested for a crime he did not commit." + CONTEXT)).isFalse();
    }

    @Test
    void anAgentAndTheHarmInNeighbouringSentencesAreAReport() {
        assertThat(relevant(CONTEXT + "\n\nGunmen on motorbikes rode into the village before dawn on Tuesday."
                + " Three people were killed and five wounded, a local official said." + CONTEXT + CONTEXT)).isTrue();
    }

    @Test
    void longArticlesReportingViolenceArrestsOrProtestPass() {
        assertThat(relevant("Gunmen stormed a village on Tuesday and three people were killed." + CONTEXT + CONTEXT + CONTEXT + CONTEXT)).isTrue();
        assertThat(relevant("A roadside bomb exploded near the market, and two people died in hospital." + CONTEXT + CONTEXT + CONTEXT + CONTEXT)).isTrue();
        assertThat(relevant("Police arrested four men on the outskirts of the town." + CONTEXT + CONTEXT + CONTEXT + CONTEXT)).isTrue();
        assertThat(relevant("Hundreds of teachers protested outside parliament." + CONTEXT + CONTEXT + CONTEXT + CONTEXT)).isTrue();
        assertThat(relevant("Taliban fighters attacked a checkpoint." + CONTEXT + CONTEXT + CONTEXT + CONTEXT)).isTrue();
        // Regression (issue 7, an ACLED dev note): no listed agent, but clashes, killings and detentions together.
        assertThat(relevant("Security forces clashed with the group, killed 8, and detained two people."
                + CONTEXT + CONTEXT + CONTEXT + CONTEXT)).isTrue();
    }

    @Test
    void everyGoldenSampleArticlePasses() {
        List<Article> samples = new Ingest().read(List.of(Path.of("samples"))).articles();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(8);
        assertThat(samples).allMatch(filter::mayReportEvent);
    }
}
