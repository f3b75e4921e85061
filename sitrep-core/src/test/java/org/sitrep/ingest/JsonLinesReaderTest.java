package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Issue;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesReaderTest {
    private final JsonLinesReader reader = new JsonLinesReader();

    @Test
    void goodLinesAreReadAndBadLinesNamedByFileAndLine() {
        IngestResult result = reader.read(Fixtures.document("articles.jsonl"));

        assertThat(result.articles()).extracting(Article::title)
                .containsExactly("Five arrested in Mosul", "Protest in Basra", "Ambush near Douentza", "Bad date");
        assertThat(result.issues()).extracting(Issue::code)
                .containsExactly(IngestIssues.JSONL, IngestIssues.JSONL, IngestIssues.METADATA);
        // The parser's own wording after "invalid JSON" may change between Jackson versions.
        assertThat(result.issues().get(0).message()).startsWith("articles.jsonl:4: invalid JSON (").containsIgnoringCase("end-of-input");
        assertThat(result.issues().get(1).message()).isEqualTo("articles.jsonl:6: missing \"text\"");
        assertThat(result.issues().get(2).message()).isEqualTo("articles.jsonl:7: unreadable \"published\" 'sometime last week'; ignored");
    }

    @Test
    void fieldsOfGoodLines() {
        var articles = reader.read(Fixtures.document("articles.jsonl")).articles();

        Article mosul = articles.get(0);
        assertThat(mosul.url()).isEqualTo("https://example-news.test/2024/01/05/mosul-arrests");
        assertThat(mosul.source()).isEqualTo("example-news.test");
        assertThat(mosul.publishedOn()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(mosul.text()).isEqualTo("Iraqi security forces arrested five suspected members of Islamic State in western Mosul on Thursday, police said.\n\nThe men were handed to investigators.");
        assertThat(mosul.language()).isEqualTo("en");

        Article basra = articles.get(1);
        assertThat(basra.publishedOn()).isEqualTo(LocalDate.of(2024, 1, 6));
        assertThat(basra.source()).isEqualTo("Gulf Monitor");
        assertThat(basra.url()).isNull();
        assertThat(basra.text()).isEqualTo("Hundreds of protesters gathered outside the provincial council in Basra to demand jobs and electricity.\n\nPolice kept watch but did not intervene.");
        assertThat(basra.id()).isEqualTo(ArticleIds.fromText(basra.text()));

        Article douentza = articles.get(2);
        assertThat(douentza.publishedOn()).isEqualTo(LocalDate.of(2020, 5, 8));
        assertThat(douentza.language()).isEqualTo("en");

        assertThat(articles.get(3).publishedOn()).isNull();
    }

    @Test
    void wrongTypesAndNonObjects() {
        String content = "[1, 2]\n{\"text\": 42}\n{\"text\": \"   \"}\n{\"text\": \"Body.\", \"title\": 7, \"url\": \"mailto:x@example.test\"}\n{\"text\": \"a\"} trailing\n";

        IngestResult result = reader.read(Fixtures.document("types.jsonl", content));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Body.");
            assertThat(a.title()).isNull();
            assertThat(a.url()).isNull();
        });
        assertThat(result.issues()).extracting(Issue::message).hasSize(6).startsWith(
                "types.jsonl:1: not a JSON object",
                "types.jsonl:2: \"text\" is not a string",
                "types.jsonl:3: blank \"text\"",
                "types.jsonl:4: \"url\" is not an http(s) URL: 'mailto:x@example.test'; ignored",
                "types.jsonl:4: \"title\" is not a string; ignored");
        assertThat(result.issues().get(5).message()).startsWith("types.jsonl:5: invalid JSON (");
    }

    @Test
    void issuesPerFileAreCapped() {
        String content = "not json\n".repeat(Issue.MAX_PER_ARTICLE + 50);

        IngestResult result = reader.read(Fixtures.document("junk.jsonl", content));

        assertThat(result.articles()).isEmpty();
        assertThat(result.issues()).hasSize(Issue.MAX_PER_ARTICLE + 1);
        assertThat(result.issues().get(Issue.MAX_PER_ARTICLE).message()).isEqualTo("junk.jsonl: 50 more issues not listed");
    }

    @Test
    void crlfLineEndingsAndBlankLinesAreFine() {
        String content = "\r\n{\"text\": \"One.\"}\r\n\r\n{\"text\": \"Two.\"}\r\n";

        IngestResult result = reader.read(Fixtures.document("crlf.jsonl", content));

        assertThat(result.issues()).isEmpty();
        assertThat(result.articles()).extracting(Article::text).containsExactly("One.", "Two.");
    }
}
