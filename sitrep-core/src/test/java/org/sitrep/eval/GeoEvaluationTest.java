package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.geo.DocumentResolver;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoEvaluationTest {
    @Test
    void resolutionMeasures() {
        GeoEvaluation.Resolution r = GeoEvaluation.Resolution.of(new double[] {200, 0, 20_039, 100}, 3);
        assertThat(r.toponyms()).isEqualTo(4);
        assertThat(r.resolved()).isEqualTo(3);
        assertThat(r.accuracy161()).isEqualTo(0.5);
        assertThat(r.medianErrorKm()).isEqualTo(150.0);
        assertThat(r.meanErrorKm()).isCloseTo((200 + 20_039 + 100) / 4.0, within(1e-9));
        // Trapezoids over sorted ln(1 + e) at ranks 0, 1/3, 2/3, 1, scaled by ln(1 + 20039).
        double[] y = {0, Math.log1p(100), Math.log1p(200), Math.log1p(20_039)};
        double area = ((y[0] + y[1]) + (y[1] + y[2]) + (y[2] + y[3])) / 2 / 3;
        assertThat(r.auc()).isCloseTo(area / Math.log1p(20_039), within(1e-12));
        assertThat(GeoEvaluation.Resolution.of(new double[] {0}, 1).auc()).isZero();
        assertThat(GeoEvaluation.Resolution.of(new double[] {20_039}, 0).auc()).isEqualTo(1.0);
    }

    @Test
    void recognitionIsExactSpans() {
        GeoEvaluation.Recognition r = new GeoEvaluation.Recognition(4, 5, 3);
        assertThat(r.precision()).isEqualTo(0.6);
        assertThat(r.recall()).isEqualTo(0.75);
        assertThat(r.f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-12));
        assertThat(new GeoEvaluation.Recognition(0, 0, 0).f1()).isZero();
    }

    @Test
    void scoresADocumentEndToEnd() {
        String text = "Gunmen attacked a checkpoint near Mosul, then fled toward Blorptown.";
        int mosul = text.indexOf("Mosul");
        int blorp = text.indexOf("Blorptown");
        // Blorptown is in no gazetteer: it is placed where the story is (Mosul), here 2,000 km off its gold point.
        GeoDocument doc = new GeoDocument("d1", text, List.of(
                new GoldToponym(new Span(mosul, mosul + 5), "Mosul", new LatLon(36.34, 43.13)),
                new GoldToponym(new Span(blorp, blorp + 9), "Blorptown", new LatLon(20.0, 40.0))));
        // A recogniser that finds Mosul, and "Gunmen" which is no place.
        GeoEvaluation evaluation = new GeoEvaluation(new DocumentResolver(Gazetteer.bundled()),
                t -> List.of(new Span(0, 6), new Span(mosul, mosul + 5)));
        GeoEvaluation.Report report = evaluation.evaluate(new GeoCorpus(List.of(doc), 0, List.of()));
        assertThat(report.givenGold().accuracy161()).isEqualTo(0.5);
        assertThat(report.givenGold().resolved()).isEqualTo(2);
        assertThat(report.scored().get(1).errorKm()).isBetween(1500.0, 2500.0);
        assertThat(report.recognition()).isEqualTo(new GeoEvaluation.Recognition(2, 2, 1));
        // End to end, Blorptown was not found: unresolved, the worst error.
        assertThat(report.endToEnd().accuracy161()).isEqualTo(0.5);
        assertThat(report.endToEnd().resolved()).isEqualTo(1);
    }

    @Test
    void aNameAloneThatNoGazetteerHasIsUnresolved() {
        String text = "They fled toward Blorptown.";
        int blorp = text.indexOf("Blorptown");
        GeoDocument doc = new GeoDocument("d2", text, List.of(
                new GoldToponym(new Span(blorp, blorp + 9), "Blorptown", new LatLon(36.0, 43.0))));
        GeoEvaluation.Report report = new GeoEvaluation(new DocumentResolver(Gazetteer.bundled()), null)
                .evaluate(new GeoCorpus(List.of(doc), 0, List.of()));
        assertThat(report.scored().get(0).errorKm()).isEqualTo(GeoEvaluation.MAX_ERROR_KM);
        assertThat(report.givenGold().resolved()).isZero();
    }

    @Test
    void theAnnotatorsOwnFeatureIsNoErrorWhereverEachPutsIt() {
        org.sitrep.model.Place russia = new org.sitrep.model.Place(2017370, "Russia", 61.7, 99.7, "RUS", null, null, "PCLI", 144_000_000);
        // GeoNames puts the country 190 km from the gazetteer's point: the same feature all the same.
        GoldToponym sameFeature = new GoldToponym(new Span(0, 6), "Russia", new LatLon(60.0, 100.0), 2017370L);
        assertThat(GeoEvaluation.error(sameFeature, russia)).isZero();
        // Another feature, or a gold without an id, is scored by distance.
        GoldToponym otherFeature = new GoldToponym(new Span(0, 6), "Russia", new LatLon(60.0, 100.0), 2017371L);
        assertThat(GeoEvaluation.error(otherFeature, russia)).isCloseTo(190, within(5.0));
        GoldToponym noId = new GoldToponym(new Span(0, 6), "Russia", new LatLon(60.0, 100.0));
        assertThat(GeoEvaluation.error(noId, russia)).isCloseTo(190, within(5.0));
        assertThat(GeoEvaluation.error(sameFeature, null)).isEqualTo(GeoEvaluation.MAX_ERROR_KM);
    }
}
