package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageGuesserTest {
    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void englishNewsProse() {
        assertThat(guesser.guess(Fixtures.utf8("seedlike.expected.txt"))).isEqualTo("en");
        assertThat(guesser.guess(Fixtures.utf8("page.expected.txt"))).isEqualTo("en");
        assertThat(guesser.guess("Two soldiers were killed in the attack.")).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // French
        "Des hommes armés ont attaqué un poste de police près de Gao dans la nuit de lundi à mardi, selon une source sécuritaire. "
            + "Deux policiers ont été blessés et les assaillants ont pris la fuite en direction de la frontière.",
        // German
        "Bewaffnete haben in der Nacht zum Dienstag einen Polizeiposten in der Nähe von Gao angegriffen, wie eine Sicherheitsquelle mitteilte. "
            + "Zwei Polizisten wurden verletzt, die Angreifer flohen in Richtung der Grenze.",
        // Spanish
        "Hombres armados atacaron un puesto de policía cerca de Gao en la noche del lunes al martes, según una fuente de seguridad. "
            + "Dos policías resultaron heridos y los atacantes huyeron hacia la frontera.",
        // Italian
        "Uomini armati hanno attaccato un posto di polizia vicino a Gao nella notte tra lunedì e martedì, secondo una fonte della sicurezza. "
            + "Due poliziotti sono rimasti feriti e gli aggressori sono fuggiti verso il confine.",
        // Portuguese
        "Homens armados atacaram um posto policial perto de Gao na noite de segunda para terça-feira, segundo uma fonte de segurança. "
            + "Dois policiais ficaram feridos e os agressores fugiram em direção à fronteira com as forças no encalço.",
        // Indonesian
        "Orang bersenjata menyerang pos polisi di dekat Gao pada Senin malam, kata sumber keamanan. Dua polisi terluka dan para penyerang melarikan diri.",
        // Arabic
        "هاجم مسلحون مركزا للشرطة قرب غاو ليلة الاثنين إلى الثلاثاء، بحسب مصدر أمني. وأصيب شرطيان بجروح.",
        // Russian
        "Вооружённые люди напали на полицейский пост недалеко от Гао в ночь с понедельника на вторник, сообщил источник в службе безопасности.",
        // too short, nothing, numbers
        "Mosul", "", "   ", "12 34 56 78 90 2020-05-08"
    })
    void otherOrUnknownIsUndetermined(String text) {
        assertThat(guesser.guess(text)).isEqualTo("und");
    }

    @Test
    void nullIsUndetermined() {
        assertThat(guesser.guess(null)).isEqualTo(LanguageGuesser.UNDETERMINED);
    }

    @Test
    void primaryLanguageOfATag() {
        assertThat(LanguageGuesser.primaryLanguage("en-GB")).isEqualTo("en");
        assertThat(LanguageGuesser.primaryLanguage(" FR ")).isEqualTo("fr");
        assertThat(LanguageGuesser.primaryLanguage("pt_BR")).isEqualTo("pt");
        assertThat(LanguageGuesser.primaryLanguage("english please")).isNull();
        assertThat(LanguageGuesser.primaryLanguage("")).isNull();
        assertThat(LanguageGuesser.primaryLanguage(null)).isNull();
    }
}
