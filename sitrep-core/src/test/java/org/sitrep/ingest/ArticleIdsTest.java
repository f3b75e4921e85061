package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdsTest {
    @Test
    void idIsSixteenHexCharsOfSha256() {
        // echo -n "https://example.test/a" | sha256sum
        assertThat(ArticleIds.fromUrl("https://example.test/a")).isEqualTo("37f58c3315be7800");
        assertThat(ArticleIds.fromText("Hello  World")).hasSize(16).matches("[0-9a-f]{16}");
    }

    @Test
    void urlNormalization() {
        assertThat(ArticleIds.normalizeUrl("HTTPS://Example.TEST:443/News/Story/?utm_source=x&id=3&UTM_Medium=y#comments"))
                .isEqualTo("https://example.test/News/Story?id=3");
        assertThat(ArticleIds.normalizeUrl("http://example.test:8080/")).isEqualTo("http://example.test:8080");
        assertThat(ArticleIds.normalizeUrl(" http://example.test ")).isEqualTo("http://example.test");
        assertThat(ArticleIds.normalizeUrl("not a url/#frag")).isEqualTo("not a url");
        assertThat(ArticleIds.fromUrl("https://example.test/a/")).isEqualTo(ArticleIds.fromUrl("HTTPS://EXAMPLE.test/a?utm_campaign=z"));
        assertThat(ArticleIds.fromUrl("https://example.test/a?id=1")).isNotEqualTo(ArticleIds.fromUrl("https://example.test/a?id=2"));
    }

    @Test
    void textIdIgnoresWhitespaceAndCase() {
        assertThat(ArticleIds.fromText("Two soldiers\n\nwere  KILLED.")).isEqualTo(ArticleIds.fromText(" two soldiers were killed. "));
        assertThat(ArticleIds.fromText("Two soldiers were killed.")).isNotEqualTo(ArticleIds.fromText("Three soldiers were killed."));
        assertThat(ArticleIds.of(null, "x")).isEqualTo(ArticleIds.fromText("x"));
        assertThat(ArticleIds.of(" ", "x")).isEqualTo(ArticleIds.fromText("x"));
        assertThat(ArticleIds.of("https://example.test/a", "x")).isEqualTo(ArticleIds.fromUrl("https://example.test/a"));
    }

    @Test
    void sameArticleReadTwiceOrFromAnotherFormatHasTheSameId() {
        Ingest ingest = new Ingest();
        for (String fixture : List.of("seedlike.txt", "with-header.txt", "page.html", "articles.jsonl")) {
            List<String> first = ingest.read(Fixtures.document(fixture)).articles().stream().map(Article::id).toList();
            List<String> second = ingest.read(Fixtures.document(fixture)).articles().stream().map(Article::id).toList();
            assertThat(first).isNotEmpty().isEqualTo(second).doesNotHaveDuplicates();
        }
        String text = "Gunmen attacked a convoy near Konduga.\n\nTwo drivers were hurt.";
        String asText = "Headline\n\n" + text;
        String asJsonl = "{\"title\": \"Headline\", \"text\": \"Gunmen attacked a convoy near Konduga.\\n\\nTwo drivers were hurt.\"}";
        String asHtml = "<html><body><h1>Headline</h1><p>Gunmen attacked a convoy near Konduga.</p><p>Two drivers were hurt.</p></body></html>";
        String id = ArticleIds.fromText(text);
        assertThat(ingest.read(new SourceDocument("a.txt", asText.getBytes(StandardCharsets.UTF_8))).articles().get(0).id()).isEqualTo(id);
        assertThat(ingest.read(new SourceDocument("a.jsonl", asJsonl.getBytes(StandardCharsets.UTF_8))).articles().get(0).id()).isEqualTo(id);
        assertThat(ingest.read(new SourceDocument("a.html", asHtml.getBytes(StandardCharsets.UTF_8))).articles().get(0).id()).isEqualTo(id);
    }
}
