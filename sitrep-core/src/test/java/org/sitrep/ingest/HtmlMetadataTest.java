package org.sitrep.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Article;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5: page metadata against golden files. Each page under {@code meta/} is read as if fetched
 * from {@code https://news.example.test/pages/FILE}; {@code meta/expected.tsv} gives the canonical
 * URL, outlet, title and publication date it must yield (the order of date sources is HtmlReader's).
 */
class HtmlMetadataTest {
    private final HtmlReader reader = new HtmlReader();

    static Stream<Arguments> golden() {
        return Fixtures.utf8("meta/expected.tsv").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> Arguments.of((Object[]) l.split("\t")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void metadataOfTheGoldenPages(String file, String url, String source, String title, String published) {
        byte[] html = Fixtures.bytes("meta/" + file);

        var result = reader.read(new SourceDocument("https://news.example.test/pages/" + file, html));

        assertThat(result.articles()).as(result.issues().toString()).hasSize(1);
        Article article = result.articles().get(0);
        assertThat(article.url()).isEqualTo(url);
        assertThat(article.source()).isEqualTo(source);
        assertThat(article.title()).isEqualTo(title);
        assertThat(article.publishedOn()).isEqualTo(published.equals("-") ? null : LocalDate.parse(published));
        assertThat(article.id()).isEqualTo(ArticleIds.fromUrl(url));
    }
}
