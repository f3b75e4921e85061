package org.sitrep.dedup;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: near-duplicate articles. The corpus-level threshold check is in sitrep-cli's NearDuplicateThresholdTest. */
class SimHashTest {
    static final String STORY = """
            Gunmen on motorcycles attacked a checkpoint manned by local police on the road between Gao and \
            Ansongo late on Friday, killing two officers and wounding three, a regional security official said. \
            The attackers took weapons and a pickup truck before fleeing towards the border with Niger, the \
            official said, asking not to be named. Reinforcements were sent from Gao on Saturday morning and \
            the road was closed to traffic. No group has claimed the attack, but jihadist groups linked to \
            al-Qaeda and the Islamic State are active in the area.""";

    @Test
    void aCopyUnderAnotherHeaderAndFooterIsANearDuplicate() {
        String copy = "This article first appeared on Sahel Wire and is republished with permission.\n\n" + STORY
                + "\n\nFollow us for more news from the region.";
        assertThat(SimHash.distance(SimHash.of(STORY), SimHash.of(copy))).isLessThanOrEqualTo(SimHash.MAX_DISTANCE);
        assertThat(SimHash.nearDuplicates(SimHash.of(STORY), SimHash.of(copy))).isTrue();
    }

    @Test
    void caseSpacingAndPunctuationDoNotMatter() {
        String messy = STORY.toUpperCase().replace(" ", "   ").replace(",", " ,");
        assertThat(SimHash.of(messy)).isEqualTo(SimHash.of(STORY));
    }

    @Test
    void anotherReportOfTheSameEventIsNotACopy() {
        String other = """
                Two police officers were killed and three injured when unidentified gunmen stormed a police \
                checkpoint south of Gao on Friday evening, according to a statement from the regional governor. \
                The assailants, who arrived on motorbikes, seized arms and a vehicle. The army has deployed \
                troops to the area and a search is under way, the statement said. Attacks on security posts \
                have multiplied in the Gao region since the start of the year.""";
        assertThat(SimHash.distance(SimHash.of(STORY), SimHash.of(other))).isGreaterThan(SimHash.MAX_DISTANCE);
    }

    @Test
    void aOneLinerHasNoSignature() {
        assertThat(SimHash.of("Two killed in Gao.")).isEqualTo(SimHash.NONE);
        assertThat(SimHash.nearDuplicates(SimHash.NONE, SimHash.NONE)).isFalse();
    }

    @Test
    void theIndexFindsEverySignatureWithinTheThresholdAndNoneBeyond() {
        Random random = new Random(5);
        NearDuplicates index = new NearDuplicates();
        long[] held = new long[2000];
        for (int i = 0; i < held.length; i++) {
            held[i] = random.nextLong() | 1L;
            index.add("a" + i, new Sketch(held[i], 0));
        }
        for (int trial = 0; trial < 2000; trial++) {
            int i = random.nextInt(held.length);
            int flips = random.nextInt(SimHash.MAX_DISTANCE + 4);
            long probe = held[i];
            for (int bit : random.ints(0, 64).distinct().limit(flips).toArray()) {
                probe ^= 1L << bit;
            }
            long brute = -1;
            int best = Integer.MAX_VALUE;
            for (int j = 0; j < held.length; j++) {
                int d = SimHash.distance(probe, held[j]);
                if (d <= SimHash.MAX_DISTANCE && d < best) {
                    best = d;
                    brute = j;
                }
            }
            String expected = brute < 0 ? null : "a" + brute;
            assertThat(index.candidates(new Sketch(probe, 0)).stream().findFirst().orElse(null)).as("%d flips of a%d", flips, i).isEqualTo(expected);
        }
    }

    @Test
    void aCandidateIsAFirstCopyOnlyWhenTheTextsResembleEachOther() {
        String copy = "Republished from Sahel Wire.\n\n" + STORY;
        NearDuplicates index = new NearDuplicates();
        index.add("original", Sketch.of(STORY));
        assertThat(index.firstCopyOf(copy, Sketch.of(copy), id -> STORY)).contains("original");
        assertThat(SimHash.resemblance(STORY, copy)).isGreaterThan(SimHash.MIN_RESEMBLANCE);
        // Same signature, other text (as a chance collision would be): the texts decide.
        assertThat(index.firstCopyOf("something else entirely", Sketch.of(STORY), id -> STORY)).isEmpty();
        assertThat(index.firstCopyOf(copy, Sketch.of(copy), id -> null)).as("text unknown").isEmpty();
    }
}
