package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.eval.EvalFixtures.BASRA;
import static org.sitrep.eval.EvalFixtures.IS;
import static org.sitrep.eval.EvalFixtures.ISF;
import static org.sitrep.eval.EvalFixtures.KIRKUK;
import static org.sitrep.eval.EvalFixtures.NORTH_20KM;
import static org.sitrep.eval.EvalFixtures.NORTH_30KM;
import static org.sitrep.eval.EvalFixtures.document;
import static org.sitrep.eval.EvalFixtures.event;

class EventScorerTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 13);

    /** A fully given gold IED event at Kirkuk. */
    private static ReferenceEvent.Builder ied() {
        return ReferenceEvent.builder("gold:1").subEventType(EventType.REMOTE_EXPLOSIVE).actor1("Islamic State")
                .actor2("iraqi security forces").admin1("KIRKUK").location(new LatLon(KIRKUK.lat(), KIRKUK.lon()))
                .date(DAY).fatalities(2);
    }

    private static EvalReport report(EventScorer.DocumentScore... scores) {
        return EvalReport.of(new GoldSet(List.of(), 0, List.of()), List.of(scores));
    }

    @Test
    void aPerfectPredictionAgreesOnEveryGivenField() {
        Event e = event(EventType.REMOTE_EXPLOSIVE, IS, ISF, KIRKUK, DAY, 2);
        EventScorer.DocumentScore s = EventScorer.score(document("d", ied().build()), List.of(e));

        assertThat(s.pairs()).hasSize(1);
        assertThat(s.missed()).isEmpty();
        assertThat(s.falsePositives()).isEmpty();
        assertThat(s.pairs().get(0).checks()).extracting(EventScorer.Check::field).containsExactly(Field.EVENT_TYPE,
                Field.SUB_EVENT_TYPE, Field.ACTOR1, Field.ACTOR2, Field.ADMIN1, Field.LOCATION, Field.DATE, Field.FATALITIES);
        assertThat(s.pairs().get(0).errors()).isEmpty();
        assertThat(s.pairs().get(0).checks().get(0).gold()).isEqualTo(EventCategory.EXPLOSIONS_REMOTE_VIOLENCE.acledName());
    }

    @Test
    void aBlankGoldProvinceWantsNoneAndAGlossNamesTheProvinceToo() {
        org.sitrep.model.Place iraq = new org.sitrep.model.Place(99237L, "Iraq", 33.0, 43.7, "IRQ", null, null, "PCLI", 0);
        ReferenceEvent countryLevel = ReferenceEvent.builder("g:3").subEventType(EventType.REMOTE_EXPLOSIVE).admin1("").build();
        assertThat(EventScorer.score(document("d", countryLevel), List.of(event(EventType.REMOTE_EXPLOSIVE, IS, ISF, iraq, DAY, 2)))
                .pairs().get(0).errors()).isEmpty();
        assertThat(EventScorer.score(document("d", countryLevel), List.of(event(EventType.REMOTE_EXPLOSIVE, IS, ISF, KIRKUK, DAY, 2)))
                .pairs().get(0).errors()).extracting(EventScorer.Check::field).containsExactly(Field.ADMIN1);
        ReferenceEvent glossed = ReferenceEvent.builder("g:4").subEventType(EventType.REMOTE_EXPLOSIVE)
                .admin1("Ta'mim (" + KIRKUK.admin1() + ")").build();
        assertThat(EventScorer.score(document("d", glossed), List.of(event(EventType.REMOTE_EXPLOSIVE, IS, ISF, KIRKUK, DAY, 2)))
                .pairs().get(0).errors()).isEmpty();
    }

    @Test
    void eachFieldDisagreementIsCountedOnItsOwn() {
        Event e = event(EventType.SHELLING_ARTILLERY_MISSILE, ISF, null, BASRA, DAY.plusDays(1), 3);
        EventScorer.DocumentScore s = EventScorer.score(document("d", ied().build()), List.of(e));

        EvalReport r = report(s);
        assertThat(r.detection()).isEqualTo(new Detection(1, 0, 0));
        assertThat(r.fields().get(Field.EVENT_TYPE)).isEqualTo(new EvalReport.FieldScore(Field.EVENT_TYPE, 1, 1));
        for (Field f : List.of(Field.SUB_EVENT_TYPE, Field.ACTOR1, Field.ACTOR2, Field.ADMIN1, Field.LOCATION, Field.DATE, Field.FATALITIES)) {
            assertThat(r.fields().get(f)).as(f.label()).isEqualTo(new EvalReport.FieldScore(f, 0, 1));
        }
        assertThat(r.fields().get(Field.PLOVER_TYPE).n()).isZero();
        assertThat(r.fields().get(Field.PLOVER_TYPE).accuracy()).isNaN();
        // Same event type, other sub-event type: detected, but not with the same type.
        assertThat(r.typedDetection()).isEqualTo(new Detection(0, 1, 1));
    }

    @Test
    void countsOfPairsFalsePositivesAndMisses() {
        ReferenceEvent arrest = ReferenceEvent.builder("g:2").subEventType(EventType.ARRESTS).actor1("Iraqi Security Forces").arrested(3).build();
        GoldDocument twoGold = document("two", ied().build(), arrest);
        // One prediction for two gold events: the arrest is found, the bomb missed.
        EventScorer.DocumentScore a = EventScorer.score(twoGold, List.of(event(EventType.ARRESTS, ISF, IS, null, null, 0, 3)));
        // Three predictions for one gold event: the best one pairs, two are false.
        EventScorer.DocumentScore b = EventScorer.score(document("one", ied().build()), List.of(
                event(EventType.ARRESTS, ISF, IS, null, null, 0, 1),
                event(EventType.REMOTE_EXPLOSIVE, IS, ISF, KIRKUK, DAY, 2),
                event(EventType.ATTACK, IS, null, null, null, 0)));
        // Nothing predicted.
        EventScorer.DocumentScore c = EventScorer.score(document("none", ied().build()), List.of());

        assertThat(a.pairs()).extracting(p -> p.gold().ref()).containsExactly("g:2");
        assertThat(a.missed()).extracting(ReferenceEvent::ref).containsExactly("gold:1");
        assertThat(b.pairs().get(0).predicted().type()).isEqualTo(EventType.REMOTE_EXPLOSIVE);
        assertThat(b.falsePositives()).extracting(Event::type).containsExactly(EventType.ARRESTS, EventType.ATTACK);
        assertThat(c.pairs()).isEmpty();

        EvalReport r = report(a, b, c);
        assertThat(r.documents()).isEqualTo(3);
        assertThat(r.goldEvents()).isEqualTo(4);
        assertThat(r.predictedEvents()).isEqualTo(4);
        assertThat(r.detection()).isEqualTo(new Detection(2, 2, 2));
        assertThat(r.detection().precision()).isEqualTo(0.5);
        assertThat(r.detection().recall()).isEqualTo(0.5);
        assertThat(r.detection().f1()).isEqualTo(0.5);
        assertThat(r.fields().get(Field.ARRESTED)).isEqualTo(new EvalReport.FieldScore(Field.ARRESTED, 1, 1));
        assertThat(r.fields().get(Field.SUB_EVENT_TYPE)).isEqualTo(new EvalReport.FieldScore(Field.SUB_EVENT_TYPE, 2, 2));
    }

    @Test
    void pairingPrefersTheSameKindOverOrder() {
        ReferenceEvent arrest = ReferenceEvent.builder("g:2").subEventType(EventType.ARRESTS).admin1("Basra").build();
        ReferenceEvent bomb = ReferenceEvent.builder("g:1").subEventType(EventType.REMOTE_EXPLOSIVE).admin1("Kirkuk").build();
        Event predictedBomb = event(EventType.REMOTE_EXPLOSIVE, null, null, BASRA, null, 0);
        Event predictedArrest = event(EventType.ARRESTS, null, null, KIRKUK, null, 0);

        EventScorer.DocumentScore s = EventScorer.score(document("d", arrest, bomb), List.of(predictedBomb, predictedArrest));

        // The types weigh more than the provinces, which are crossed.
        assertThat(s.pairs()).extracting(p -> p.gold().ref() + "=" + p.predicted().type().name())
                .containsExactly("g:2=ARRESTS", "g:1=REMOTE_EXPLOSIVE");
        assertThat(report(s).fields().get(Field.ADMIN1)).isEqualTo(new EvalReport.FieldScore(Field.ADMIN1, 0, 2));
    }

    @Test
    void locationIsRightWithinTwentyFiveKilometres() {
        ReferenceEvent gold = ReferenceEvent.builder("g").location(new LatLon(KIRKUK.lat(), KIRKUK.lon())).build();

        assertThat(check(gold, event(EventType.ATTACK, null, null, NORTH_20KM, null, 0), Field.LOCATION).correct()).isTrue();
        assertThat(check(gold, event(EventType.ATTACK, null, null, NORTH_30KM, null, 0), Field.LOCATION).correct()).isFalse();
        assertThat(check(gold, event(EventType.ATTACK, null, null, NORTH_30KM, null, 0), Field.LOCATION).predicted()).contains("30.0 km");
        // No predicted place: the location is scored, and wrong.
        assertThat(check(gold, event(EventType.ATTACK, null, null, null, null, 0), Field.LOCATION).correct()).isFalse();
    }

    @Test
    void fieldsTheGoldDoesNotGiveAreNotScored() {
        ReferenceEvent bare = ReferenceEvent.builder("g").build();
        assertThat(EventScorer.compare(bare, event(EventType.ATTACK, IS, ISF, KIRKUK, DAY, 5))).isEmpty();

        EvalReport r = report(EventScorer.score(document("d", bare), List.of(event(EventType.ATTACK, IS, ISF, KIRKUK, DAY, 5))));
        assertThat(r.detection()).isEqualTo(new Detection(1, 0, 0));
        assertThat(r.typedDetection()).isEqualTo(new Detection(1, 0, 0));
        assertThat(r.fields().values()).allSatisfy(f -> assertThat(f.n()).isZero());
    }

    @Test
    void aNameGivenAsNoneNeedsNoPredictedActor() {
        ReferenceEvent noActor2 = ReferenceEvent.builder("g").actor2("").build();

        assertThat(check(noActor2, event(EventType.PEACEFUL_PROTEST, null, null, null, null, 0), Field.ACTOR2).correct()).isTrue();
        EventScorer.Check wrong = check(noActor2, event(EventType.PEACEFUL_PROTEST, null, ISF, null, null, 0), Field.ACTOR2);
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.gold()).isNull();
        assertThat(wrong.predicted()).isEqualTo("Iraqi Security Forces");
    }

    @Test
    void namesIgnoreCaseAndSpacingButNothingElse() {
        ReferenceEvent gold = ReferenceEvent.builder("g").actor1("  islamic   STATE ").build();
        assertThat(check(gold, event(EventType.ATTACK, IS, null, null, null, 0), Field.ACTOR1).correct()).isTrue();
        ReferenceEvent other = ReferenceEvent.builder("g").actor1("Islamic State (Iraq)").build();
        assertThat(check(other, event(EventType.ATTACK, IS, null, null, null, 0), Field.ACTOR1).correct()).isFalse();
    }

    @Test
    void aGivenDateNeedsThePredictedDay() {
        ReferenceEvent gold = ReferenceEvent.builder("g").date(DAY).build();
        assertThat(check(gold, event(EventType.ATTACK, null, null, null, DAY, 0), Field.DATE).correct()).isTrue();
        assertThat(check(gold, event(EventType.ATTACK, null, null, null, DAY.minusDays(1), 0), Field.DATE).correct()).isFalse();
        assertThat(check(gold, event(EventType.ATTACK, null, null, null, null, 0), Field.DATE).correct()).isFalse();
    }

    @Test
    void ploverTypeIsScoredFromTheTaxonomy() {
        ReferenceEvent assault = ReferenceEvent.builder("g").ploverType("ASSAULT").build();
        assertThat(check(assault, event(EventType.SUICIDE_BOMB, null, null, null, null, 0), Field.PLOVER_TYPE).correct()).isTrue();
        assertThat(check(assault, event(EventType.AIR_DRONE_STRIKE, null, null, null, null, 0), Field.PLOVER_TYPE).correct()).isFalse();
        assertThat(check(assault, event(EventType.PEACEFUL_PROTEST, null, null, null, null, 0), Field.PLOVER_TYPE).correct()).isFalse();
    }

    @Test
    void fatalitiesAreExact() {
        ReferenceEvent gold = ReferenceEvent.builder("g").fatalities(0).build();
        assertThat(check(gold, event(EventType.ATTACK, null, null, null, null, 0), Field.FATALITIES).correct()).isTrue();
        assertThat(check(gold, event(EventType.ATTACK, null, null, null, null, 1), Field.FATALITIES).correct()).isFalse();
    }

    @Test
    void aFailedDocumentMissesAllItsGold() {
        EventScorer.DocumentScore s = EventScorer.failed(document("d", ied().build(), ied().build()), "boom");
        EvalReport r = report(s);
        assertThat(r.detection()).isEqualTo(new Detection(0, 0, 2));
        assertThat(r.detection().precision()).isNaN();
        assertThat(r.detection().f1()).isNaN();
        assertThat(r.failedDocuments()).isEqualTo(1);
        assertThat(r.problems()).containsExactly("d: the pipeline failed: boom");
    }

    private static EventScorer.Check check(ReferenceEvent gold, Event predicted, Field field) {
        return EventScorer.compare(gold, predicted).stream().filter(c -> c.field() == field).findFirst()
                .orElseThrow(() -> new AssertionError(field + " not scored"));
    }

    @Test
    void provinceNamesDifferingOnlyInWritingAgreeAndOtherSpellingsDoNot() {
        assertThat(EventScorer.adminKey("Nord-Kivu")).isEqualTo(EventScorer.adminKey("Nord Kivu"));
        assertThat(EventScorer.adminKey("Gadabay Rayon")).isEqualTo(EventScorer.adminKey("Gadabay"));
        assertThat(EventScorer.adminKey("Nineveh Governorate")).isEqualTo(EventScorer.adminKey("nineveh"));
        assertThat(EventScorer.adminKey("Sidi Bel Abbès")).isEqualTo(EventScorer.adminKey("Sidi Bel Abbes"));
        assertThat(EventScorer.adminKey("Banadir")).isNotEqualTo(EventScorer.adminKey("Banaadir"));
        assertThat(EventScorer.adminKey("Al Anbar")).isNotEqualTo(EventScorer.adminKey("Nineveh"));
        assertThat(EventScorer.adminKey("Kabardino Balkariya")).isEqualTo(EventScorer.adminKey("Kabardino-Balkariya Republic"));
        // A gloss in parentheses is another name of the same province; without one, the name alone.
        assertThat(EventScorer.goldAdminNames("Khyber Pakhtunkhwa (formerly NWFP)")).containsExactly("Khyber Pakhtunkhwa", "NWFP");
        assertThat(EventScorer.goldAdminNames("Al Iskandariyah (Alexandria)")).containsExactly("Al Iskandariyah", "Alexandria");
        assertThat(EventScorer.goldAdminNames("Nineveh")).containsExactly("Nineveh");
        assertThat(EventScorer.goldAdminNames("(Alexandria)")).containsExactly("(Alexandria)");
    }
}
