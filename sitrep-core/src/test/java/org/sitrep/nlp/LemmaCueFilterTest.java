package org.sitrep.nlp;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LemmaCueFilterTest {
    private static final String FILLER = " and the council met again on the next day to talk about roads".repeat(3);

    private static Article article(String text) {
        return new Article("a", null, null, null, null, "en", text);
    }

    /** Short texts only: the trigger rule. */
    private static LemmaCueFilter triggers(Set<String> lemmas) {
        return new LemmaCueFilter(lemmas::contains, l -> null, kinds -> false, 1000, 1);
    }

    @Test
    void inflectedAndIrregularFormsReachTheirLemmaWithoutATagger() {
        assertThat(triggers(Set.of("fight")).mayReportEvent(article("They fought for hours."))).isTrue();
        assertThat(triggers(Set.of("clash")).mayReportEvent(article("Clashes erupted at dawn."))).isTrue();
        assertThat(triggers(Set.of("shoot")).mayReportEvent(article("Two men were shot."))).isTrue();
        assertThat(triggers(Set.of("seize")).mayReportEvent(article("Rebels SEIZED the town."))).isTrue();
        assertThat(triggers(Set.of("fight")).mayReportEvent(article("Shares rose on strong demand."))).isFalse();
    }

    @Test
    void hyphenatedWordsAreTriedWholeAndInParts() {
        assertThat(triggers(Set.of("shoot-out")).mayReportEvent(article("A shoot-out followed."))).isTrue();
        assertThat(triggers(Set.of("shoot")).mayReportEvent(article("A shoot-out followed."))).isTrue();
        assertThat(triggers(Set.of("shoot")).mayReportEvent(article("The group's shooting range."))).isTrue();
        assertThat(triggers(Set.of("out")).mayReportEvent(article("Nothing happened."))).isFalse();
    }

    @Test
    void longTextsNeedKindsThatTogetherReportAnEvent() {
        Map<String, String> kinds = Map.of("militant", "AGENT", "kill", "HARM", "shoot", "VIOLENCE", "attack", "VIOLENCE");
        LemmaCueFilter filter = new LemmaCueFilter(l -> true, kinds::get,
                found -> found.contains("AGENT") && found.size() > 1, 20, Integer.MAX_VALUE);
        // Long (20 words or more): the violence of sport is no event without an agent...
        assertThat(filter.mayReportEvent(article("The striker shot and the visitors attacked all day" + FILLER))).isFalse();
        // ...militants killing is, wherever the two words are when the window is the whole text.
        assertThat(filter.mayReportEvent(article("Militants came at night" + FILLER + ". Three people were killed"))).isTrue();
        // Short: any cue lemma is enough (here every lemma is one).
        assertThat(filter.mayReportEvent(article("The striker shot."))).isTrue();
    }

    private static LemmaCueFilter agentWithHarm(int windowSentences) {
        Map<String, String> kinds = Map.of("militant", "AGENT", "kill", "HARM");
        return new LemmaCueFilter(l -> false, kinds::get, found -> found.size() == 2, 20, windowSentences);
    }

    @Test
    void theKindsMustComeTogetherWithinTheWindowOfSentences() {
        String apart = "Militants came at night" + FILLER + ". Nobody in the town knew why. Three people were killed.";
        assertThat(agentWithHarm(2).mayReportEvent(article(apart))).isFalse();
        assertThat(agentWithHarm(3).mayReportEvent(article(apart))).isTrue();
        String neighbours = "Militants came at night" + FILLER + ". Three people were killed.";
        assertThat(agentWithHarm(2).mayReportEvent(article(neighbours))).isTrue();
        assertThat(agentWithHarm(1).mayReportEvent(article(neighbours))).isFalse();
        assertThat(agentWithHarm(1).mayReportEvent(article("Three people were killed by militants" + FILLER + "."))).isTrue();
    }

    @Test
    void sentencesEndAtStopsBeforeSpaceAndAtLineBreaks() {
        LemmaCueFilter oneSentence = agentWithHarm(1);
        // A stop inside closing quotes or brackets ends the sentence; one inside a number does not.
        assertThat(oneSentence.mayReportEvent(article("\"The militants left.\" Three were killed" + FILLER))).isFalse();
        assertThat(oneSentence.mayReportEvent(article("(The militants left.) Three were killed" + FILLER))).isFalse();
        assertThat(oneSentence.mayReportEvent(article("The militants fired 3.5 rounds and killed" + FILLER))).isTrue();
        // A headline ends at its line break.
        assertThat(oneSentence.mayReportEvent(article("Militants in the hills\nThree were killed" + FILLER))).isFalse();
        assertThat(oneSentence.mayReportEvent(article("Militants in the hills! Three were killed" + FILLER))).isFalse();
    }

    @Test
    void aWindowOfNoSentencesIsRefused() {
        assertThatThrownBy(() -> agentWithHarm(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("windowSentences");
    }

    @Test
    void verdictsAreTheSameWhenCachedAndFromManyThreads() throws Exception {
        LemmaCueFilter filter = triggers(Set.of("kill"));
        Article yes = article("Gunmen killed two.");
        Article no = article("Gunmen arrived late.");
        Thread[] threads = new Thread[4];
        boolean[] wrong = new boolean[1];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    if (!filter.mayReportEvent(yes) || filter.mayReportEvent(no)) {
                        wrong[0] = true;
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(wrong[0]).isFalse();
    }
}
