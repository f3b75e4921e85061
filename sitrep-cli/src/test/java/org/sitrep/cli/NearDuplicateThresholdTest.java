package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.sitrep.dedup.SimHash;
import org.sitrep.dedup.Sketch;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5: the near-duplicate thresholds ({@link SimHash#MAX_DISTANCE}, {@link SimHash#MIN_RESEMBLANCE})
 * against the fusion corpus: the syndicated copy is within both of its first copy, with room; every
 * other pair, the five outlets' own reports of one bombing included, is far outside both.
 */
class NearDuplicateThresholdTest {
    @Test
    void theCopyIsANearDuplicateAndNoOtherReportIs() {
        List<Article> articles = new Ingest().read(List.of(FusionCorpusAcceptanceTest.CORPUS)).articles();
        assertThat(articles).hasSize(8);
        Article copy = articles.stream().filter(a -> a.url().contains("regional-digest")).findFirst().orElseThrow();
        Article original = articles.stream().filter(a -> a.url().contains("diyala-ied-army-patrol")).findFirst().orElseThrow();
        int copyDistance = SimHash.distance(SimHash.of(copy.text()), SimHash.of(original.text()));
        double copyResemblance = SimHash.resemblance(copy.text(), original.text());
        assertThat(copyDistance).isLessThanOrEqualTo(SimHash.MAX_DISTANCE - 3);
        assertThat(copyResemblance).isGreaterThanOrEqualTo(0.85);
        assertThat(Sketch.of(copy.text()).near(Sketch.of(original.text()))).isTrue();
        int copyMinhash = Long.bitCount(Sketch.of(copy.text()).minhash() ^ Sketch.of(original.text()).minhash());
        int closest = 64;
        double mostAlike = 0;
        int closestMinhash = 64;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article a = articles.get(i);
                Article b = articles.get(j);
                boolean theCopyPair = (a == copy || b == copy) && (a == original || b == original);
                if (!theCopyPair) {
                    closest = Math.min(closest, SimHash.distance(SimHash.of(a.text()), SimHash.of(b.text())));
                    mostAlike = Math.max(mostAlike, SimHash.resemblance(a.text(), b.text()));
                    closestMinhash = Math.min(closestMinhash, Long.bitCount(Sketch.of(a.text()).minhash() ^ Sketch.of(b.text()).minhash()));
                    assertThat(Sketch.of(a.text()).near(Sketch.of(b.text()))).isFalse();
                }
            }
        }
        System.out.printf("copy: %d bits, minhash %d bits, resemblance %.2f; other pairs: at least %d bits, minhash %d bits, resemblance at most %.2f%n",
                copyDistance, copyMinhash, copyResemblance, closest, closestMinhash, mostAlike);
        assertThat(closest).isGreaterThan(SimHash.MAX_DISTANCE + 3);
        assertThat(mostAlike).isLessThan(SimHash.MIN_RESEMBLANCE / 2);
    }
}
