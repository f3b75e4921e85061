package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Seeded random inputs: no reader may throw, and every input yields an article or an issue. A
 * failure message names the seed and iteration so the input can be rebuilt.
 */
class RandomInputTest {
    private static final long SEED = 20200508L;
    private static final int ROUNDS = 200;
    private static final List<String> FIXTURES = List.of("seedlike.txt", "with-header.txt", "page.html", "truncated.html", "articles.jsonl", "cp1252.txt");
    private static final String[] FRAGMENTS = {"<", ">", "</", "<p>", "</p>", "<html>", "</body>", "<script>", "<!--", "-->", "&amp;", "&#", "{",
        "}", "\"", ":", "\n", "\n\n", "\r", "\t", "URL: ", "Published: ", "é", "\u00A0", "\u200B", "\uFEFF", "\uD800", "text ", "Back To Top\n"};

    private final Ingest ingest = new Ingest();
    private final List<ArticleReader> readers = List.of(new PlainTextReader(), new HtmlReader(), new JsonLinesReader());
    /** Names that make {@link Ingest} dispatch to each reader, and to sniffing. */
    private final List<String> names = List.of("r.txt", "r.html", "r.jsonl", "r");

    @Test
    void randomBytes() {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] bytes = new byte[random.nextInt(2048)];
            random.nextBytes(bytes);
            if (random.nextBoolean()) {
                // Keep some inputs NUL-free so that they get past the binary check into the decoders and parsers.
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = bytes[i] == 0 ? (byte) ' ' : bytes[i];
                }
            }
            checkAll(bytes, "randomBytes seed " + SEED + " round " + round);
        }
    }

    @Test
    void randomTextFromMarkupFragments() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < ROUNDS; round++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                s.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            checkAll(s.toString().getBytes(StandardCharsets.UTF_8), "randomText seed " + (SEED + 1) + " round " + round);
        }
    }

    @Test
    void mutatedAndTruncatedFixtures() {
        Random random = new Random(SEED + 2);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] original = Fixtures.bytes(FIXTURES.get(random.nextInt(FIXTURES.size())));
            byte[] bytes = java.util.Arrays.copyOf(original, random.nextInt(original.length + 1));
            int flips = random.nextInt(4);
            for (int i = 0; i < flips && bytes.length > 0; i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            checkAll(bytes, "mutated seed " + (SEED + 2) + " round " + round);
        }
    }

    private void checkAll(byte[] bytes, String where) {
        for (ArticleReader reader : readers) {
            check(reader, new SourceDocument("r.bin", bytes), where + " " + reader.getClass().getSimpleName());
        }
        for (String name : names) {
            check(ingest::read, new SourceDocument(name, bytes), where + " Ingest");
        }
    }

    private static void check(ArticleReader reader, SourceDocument document, String where) {
        String name = document.name();
        IngestResult[] result = new IngestResult[1];
        assertThatCode(() -> result[0] = reader.read(document)).as(where + " " + name).doesNotThrowAnyException();
        assertThat(result[0].articles().isEmpty() && result[0].issues().isEmpty()).as(where + " " + name + ": neither article nor issue").isFalse();
        for (Article article : result[0].articles()) {
            String text = article.text();
            if (text.isBlank() || text.contains("\n\n\n") || !text.equals(text.strip()) || article.language().isBlank()) {
                throw new AssertionError(where + " " + name + ": malformed article " + article);
            }
        }
        for (var issue : result[0].issues()) {
            if (!issue.message().startsWith(name) || issue.code().equals(IngestIssues.INTERNAL)) {
                throw new AssertionError(where + " " + name + ": bad issue " + issue);
            }
        }
    }
}
