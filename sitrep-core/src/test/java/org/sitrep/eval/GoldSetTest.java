package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoldSetTest {
    private static GoldSet numbered(int n) {
        List<GoldDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(EvalFixtures.document("d" + i));
        }
        return new GoldSet(docs, 1, List.of("x:1: bad"));
    }

    @Test
    void firstKeepsTheHeadAndTheProblems() {
        GoldSet head = numbered(10).first(3);
        assertThat(head.documents()).extracting(GoldDocument::id).containsExactly("d0", "d1", "d2");
        assertThat(head.problems()).containsExactly("x:1: bad");
        assertThat(numbered(2).first(5).documents()).hasSize(2);
    }

    @Test
    void aSeededSampleIsRepeatableInFileOrderAndWithoutRepeats() {
        GoldSet all = numbered(100);
        List<String> a = all.sample(10, 1).documents().stream().map(GoldDocument::id).toList();
        List<String> b = all.sample(10, 1).documents().stream().map(GoldDocument::id).toList();
        List<String> c = all.sample(10, 2).documents().stream().map(GoldDocument::id).toList();

        assertThat(a).hasSize(10).doesNotHaveDuplicates().isEqualTo(b).isNotEqualTo(c);
        assertThat(a).isSortedAccordingTo((x, y) -> Integer.compare(Integer.parseInt(x.substring(1)), Integer.parseInt(y.substring(1))));
        assertThat(all.sample(500, 1).documents()).hasSize(100);
    }

    @Test
    void detectionMeasures() {
        Detection d = new Detection(3, 1, 2);
        assertThat(d.precision()).isEqualTo(0.75);
        assertThat(d.recall()).isEqualTo(0.6);
        assertThat(d.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new Detection(0, 2, 2).f1()).isZero();
        assertThat(new Detection(0, 0, 3).precision()).isNaN();
    }

    @Test
    void haversineDistances() {
        LatLon a = new LatLon(0, 0);
        assertThat(a.distanceKm(new LatLon(1, 0))).isCloseTo(111.195, org.assertj.core.data.Offset.offset(0.01));
        assertThat(a.distanceKm(a)).isZero();
        // Baghdad to Basra, about 448 km.
        assertThat(new LatLon(33.3152, 44.3661).distanceKm(new LatLon(30.5085, 47.7804))).isBetween(440.0, 460.0);
    }
}
