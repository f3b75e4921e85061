package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Al Qa'im|Qaim", "Al Qā’im|Qaim", "al-Qaim|QAIM", "El Qa'im|Qa`im",
            "Tall 'Afar|Tal Afar", "Tell Afar|Tel Afar",
            "Deir ez-Zor|Dayr az Zor", "Deir al-Zor|Deir ez Zor",
            "Ar Raqqah|Raqqa", "Al Fallujah|Falluja",
            "Ḩadīthah|Hadithah", "São Paulo|Sao Paulo", "Kraków|Krakow", "Łódź|Lodz", "Straße|Strasse",
            "'Ayn al 'Arab|Ain al-Arab", "Salah al-Din|Salah ad Din"})
    void variantsShareAKey(String a, String b) {
        assertThat(NameKeys.key(a)).isEqualTo(NameKeys.key(b)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Haditha|Hadid", "Mosul|Musil Dam", "Anbar|Ambar", "Qaim|Qasim"})
    void differentNamesStayApart(String a, String b) {
        assertThat(NameKeys.key(a)).isNotEqualTo(NameKeys.key(b));
    }

    @Test
    void basicFoldsCaseMarksDotsAndTheButKeepsArticles() {
        assertThat(NameKeys.basic("U.S.")).isEqualTo("us");
        assertThat(NameKeys.basic("  The  Netherlands ")).isEqualTo("netherlands");
        assertThat(NameKeys.basic("Al-Anbar")).isEqualTo("al anbar");
        assertThat(NameKeys.basic("Côte d’Ivoire")).isEqualTo("cote divoire");
        assertThat(NameKeys.basic(null)).isEmpty();
        assertThat(NameKeys.basic("—")).isEmpty();
    }

    @Test
    void aNameThatIsOnlyAnArticleKeepsIt() {
        assertThat(NameKeys.key("Al")).isEqualTo("al");
        assertThat(NameKeys.key("As")).isEqualTo("as");
    }

    @Test
    void adminAffixesNameTheLevel() {
        assertThat(NameKeys.adminAffix(NameKeys.key("Nineveh province")))
                .isEqualTo(new NameKeys.AdminAffix("nineveh", NameKeys.AdminLevel.PROVINCE));
        assertThat(NameKeys.adminAffix(NameKeys.key("the Haditha district")))
                .isEqualTo(new NameKeys.AdminAffix("haditha", NameKeys.AdminLevel.DISTRICT));
        assertThat(NameKeys.adminAffix(NameKeys.key("Muhafazat Karbala'")))
                .isEqualTo(new NameKeys.AdminAffix("karbala", NameKeys.AdminLevel.PROVINCE));
        assertThat(NameKeys.adminAffix(NameKeys.key("province of Anbar")))
                .isEqualTo(new NameKeys.AdminAffix("anbar", NameKeys.AdminLevel.PROVINCE));
        assertThat(NameKeys.adminAffix(NameKeys.key("Qada' Samarra'")))
                .isEqualTo(new NameKeys.AdminAffix("samarra", NameKeys.AdminLevel.DISTRICT));
        // The kind word in the country's language, as GeoNames writes many divisions; the longest prefix wins.
        assertThat(NameKeys.adminAffix(NameKeys.key("Province du Séno")))
                .isEqualTo(new NameKeys.AdminAffix("seno", NameKeys.AdminLevel.PROVINCE));
        assertThat(NameKeys.adminAffix(NameKeys.key("Province de la Gnagna")))
                .isEqualTo(new NameKeys.AdminAffix("gnagna", NameKeys.AdminLevel.PROVINCE));
        assertThat(NameKeys.adminAffix(NameKeys.key("Département de Tillabéri")))
                .isEqualTo(new NameKeys.AdminAffix("tillaberi", NameKeys.AdminLevel.PROVINCE));
        assertThat(NameKeys.adminAffix(NameKeys.key("Municipio de Cuauhtémoc")))
                .isEqualTo(new NameKeys.AdminAffix("cuauhtemoc", NameKeys.AdminLevel.DISTRICT));
        assertThat(NameKeys.adminAffix(NameKeys.key("Cercle de Douentza")))
                .isEqualTo(new NameKeys.AdminAffix("douentza", NameKeys.AdminLevel.DISTRICT));
        assertThat(NameKeys.adminAffix("province")).isEqualTo(new NameKeys.AdminAffix("province", null));
        assertThat(NameKeys.adminAffix("mosul")).isEqualTo(new NameKeys.AdminAffix("mosul", null));
    }

    /** Seeded random strings over a nasty alphabet: folding must never throw and must be idempotent. */
    @Test
    void randomStringsNeverThrow() {
        Random random = new Random(20240601L);
        String alphabet = "aZ'’-. \t\nالقائمḨīā̈\u0301\u200d\uD83D\uDE00\uD800ßæŁı0123|";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(24);
            for (int k = 0; k < len; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String key = NameKeys.key(s.toString());
            assertThat(key).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("|");
            assertThat(NameKeys.basic(NameKeys.basic(s.toString()))).isEqualTo(NameKeys.basic(s.toString()));
            NameKeys.adminAffix(key);
        }
    }
}
