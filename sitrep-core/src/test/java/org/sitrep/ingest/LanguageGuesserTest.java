package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    @CsvSource(delimiter = '|', value = {
        // French
        "fr|Des hommes armés ont attaqué un poste de police près de Gao dans la nuit de lundi à mardi, selon une source sécuritaire. "
            + "Deux policiers ont été blessés et les assaillants ont pris la fuite en direction de la frontière.",
        // German
        "de|Bewaffnete haben in der Nacht zum Dienstag einen Polizeiposten in der Nähe von Gao angegriffen, wie eine Sicherheitsquelle mitteilte. "
            + "Zwei Polizisten wurden verletzt, die Angreifer flohen in Richtung der Grenze.",
        // Spanish
        "es|Hombres armados atacaron un puesto de policía cerca de Gao en la noche del lunes al martes, según una fuente de seguridad. "
            + "Dos policías resultaron heridos y los atacantes huyeron hacia la frontera.",
        // Italian
        "it|Uomini armati hanno attaccato un posto di polizia vicino a Gao nella notte tra lunedì e martedì, secondo una fonte della sicurezza. "
            + "Due poliziotti sono rimasti feriti e gli aggressori sono fuggiti verso il confine.",
        // Portuguese
        "pt|Homens armados atacaram um posto policial perto de Gao na noite de segunda para terça-feira, segundo uma fonte de segurança. "
            + "Dois policiais ficaram feridos e os agressores fugiram em direção à fronteira com as forças no encalço.",
        // Indonesian
        "id|Orang bersenjata menyerang pos polisi di dekat Gao pada Senin malam, kata sumber keamanan. Dua polisi terluka dan para penyerang melarikan diri.",
        // Arabic
        "ar|هاجم مسلحون مركزا للشرطة قرب غاو ليلة الاثنين إلى الثلاثاء، بحسب مصدر أمني. وأصيب شرطيان بجروح.",
        // Russian
        "ru|Вооружённые люди напали на полицейский пост недалеко от Гао в ночь с понедельника на вторник, сообщил источник в службе безопасности.",
        // Persian, Turkish, Ukrainian, Chinese
        "fa|مردان مسلح شب دوشنبه به یک پاسگاه پلیس در نزدیکی مرز حمله کردند و دو مامور زخمی شدند، یک منبع امنیتی گفت.",
        "tr|Silahlı kişiler pazartesi gecesi sınıra yakın bir polis karakoluna saldırdı, iki polis yaralandı, bir güvenlik kaynağı söyledi.",
        "uk|Озброєні люди в ніч з понеділка на вівторок напали на поліцейський пост поблизу кордону, повідомило джерело в силових структурах.",
        "zh|武装分子周一晚间袭击了边境附近的一个警察哨所，两名警察受伤，一名安全消息人士说。袭击者随后逃往边境方向。"
    })
    void otherLanguagesAreNamed(String language, String text) {
        assertThat(guesser.guess(text)).isEqualTo(language);
    }

    /** Short English reports full of place names look Spanish or Italian to trigrams: never name another language for them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "On 3 May 2021, suspected militants attacked Mbau (Mocimboa da Praia, Cabo Delgado). No fatalities reported.",
        "On 12 June 2021, in Ciudad Juarez, Chihuahua, municipal police officers shot dead three men. 3 fatalities.",
        "Humanitarian access improved"
    })
    void englishReportsFullOfPlaceNamesAreNotCalledForeign(String text) {
        assertThat(guesser.guess(text)).isIn("en", "und");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mosul", "", "   ", "12 34 56 78 90 2020-05-08", "Gao Mopti", "بغداد"})
    void tooShortOrNoWordsIsUndetermined(String text) {
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
