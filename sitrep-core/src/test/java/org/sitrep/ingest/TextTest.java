package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {
    @Test
    void normalizeSpace() {
        assertThat(Text.normalizeSpace("  a\u00A0\t b\r\n c  ")).isEqualTo("a b c");
        assertThat(Text.normalizeSpace("Is\u00ADlamic\u200B State")).isEqualTo("Islamic State");
        assertThat(Text.normalizeSpace("Cafe\u0301")).isEqualTo("Caf\u00E9");
        assertThat(Text.normalizeSpace("a\u0001b")).isEqualTo("a b");
        assertThat(Text.normalizeSpace("x\uD800y \uD83D\uDE00")).isEqualTo("x\uFFFDy \uD83D\uDE00");
    }

    @Test
    void paragraphsAreBlankLineSeparatedUnlessThereIsNoBlankLine() {
        assertThat(Text.paragraphs(List.of("a", "b", "", " ", "c"), s -> false)).containsExactly("a b", "c");
        assertThat(Text.paragraphs(List.of("a", "b", "c"), s -> false)).containsExactly("a", "b", "c");
        assertThat(Text.paragraphs(List.of("a", "DROP", "b", "", "c"), s -> s.equals("DROP"))).containsExactly("a b", "c");
        assertThat(Text.joinParagraphs(List.of(" a ", "", "b  c"))).isEqualTo("a\n\nb c");
    }

    @Test
    void lines() {
        assertThat(Text.lines("a\r\nb\rc\n\nd\n")).containsExactly("a", "b", "c", "", "d");
        assertThat(Text.lines("")).isEmpty();
    }
}
