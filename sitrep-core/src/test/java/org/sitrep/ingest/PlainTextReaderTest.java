package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void seedLikePageMatchesGoldenText() {
        IngestResult result = reader.read(Fixtures.document("seedlike.txt"));

        assertThat(result.issues()).isEmpty();
        assertThat(result.articles()).hasSize(1);
        Article article = result.articles().get(0);
        assertThat(article.title()).isEqualTo("Syria, SDF raid an Islamic State cell near Hajin");
        assertThat(article.text()).isEqualTo(Fixtures.utf8("seedlike.expected.txt"));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.url()).isNull();
        assertThat(article.source()).isNull();
        assertThat(article.publishedOn()).isNull();
        assertThat(article.id()).isEqualTo(ArticleIds.fromText(article.text()));
    }

    @Test
    void headerLinesAreMetadataNotText() {
        Article article = reader.read(Fixtures.document("with-header.txt")).articles().get(0);

        assertThat(article.url()).isEqualTo("https://Example-News.test/2024/03/12/kirkuk-checkpoint/?utm_source=feed#top");
        assertThat(article.source()).isEqualTo("Example Wire");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(article.title()).isEqualTo("Gunmen attack a checkpoint near Kirkuk");
        assertThat(article.text()).startsWith("Gunmen attacked an army checkpoint").doesNotContain("URL:", "Source:", "Published:", "Kirkuk\n");
        assertThat(article.text().split("\n\n")).hasSize(2);
        assertThat(article.id()).isEqualTo(ArticleIds.fromUrl("https://example-news.test/2024/03/12/kirkuk-checkpoint"));
    }

    @Test
    void unusableHeaderValuesAreIssuesAndTheArticleIsKept() {
        String content = "URL: javascript:alert(1)\nPublished: next Tuesday\nLanguage: ???\n\nTitle line\n\nThe body of the article is here.";
        IngestResult result = reader.read(Fixtures.document("bad-header.txt", content));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.url()).isNull();
            assertThat(a.publishedOn()).isNull();
            assertThat(a.title()).isEqualTo("Title line");
            assertThat(a.text()).isEqualTo("The body of the article is here.");
        });
        assertThat(result.issues()).hasSize(3).allSatisfy(i -> {
            assertThat(i.code()).isEqualTo(IngestIssues.METADATA);
            assertThat(i.message()).startsWith("bad-header.txt: ");
        });
    }

    @Test
    void headerTitleAndLanguageAreHonoured() {
        String content = "Title: Given title\nLanguage: fr-FR\n\nDes hommes armés ont attaqué un poste de police.\n";
        Article article = reader.read(Fixtures.document("fr.txt", content)).articles().get(0);

        assertThat(article.title()).isEqualTo("Given title");
        assertThat(article.language()).isEqualTo("fr");
        assertThat(article.text()).isEqualTo("Des hommes armés ont attaqué un poste de police.");
    }

    @Test
    void anOrdinaryColonLineIsTheTitle() {
        Article article = reader.read(Fixtures.document("t.txt", "Iraq: militants attack a checkpoint\n\nText of the story.")).articles().get(0);

        assertThat(article.title()).isEqualTo("Iraq: militants attack a checkpoint");
        assertThat(article.text()).isEqualTo("Text of the story.");
    }

    @Test
    void bodyWithoutBlankLinesHasOneParagraphPerLine() {
        Article article = reader.read(Fixtures.document("t.txt", "Title\nFirst paragraph.\r\nSecond paragraph.\rThird.\n")).articles().get(0);

        assertThat(article.text()).isEqualTo("First paragraph.\n\nSecond paragraph.\n\nThird.");
    }

    @Test
    void aVeryLongFirstLineIsTextNotTitle() {
        String line = "word ".repeat(80).strip();
        IngestResult result = reader.read(Fixtures.document("t.txt", line + "\n"));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isNull();
            assertThat(a.text()).isEqualTo(line);
        });
    }

    @Test
    void titleOnlyOrBoilerplateOnlyGivesNoArticleAndAnIssue() {
        IngestResult titleOnly = reader.read(Fixtures.document("title-only.txt", "skip to Main Content\n\nJust a headline\n\nBack To Top\n"));
        IngestResult boilerplateOnly = reader.read(Fixtures.document("furniture.txt", "Share\nBack to top ↑\nHome | News | Contact\n"));

        assertThat(titleOnly.articles()).isEmpty();
        assertThat(titleOnly.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IngestIssues.NO_TEXT);
            assertThat(i.message()).startsWith("title-only.txt: ");
        });
        assertThat(boilerplateOnly.articles()).isEmpty();
        assertThat(boilerplateOnly.issues()).extracting(i -> i.code()).containsExactly(IngestIssues.NO_TEXT);
    }

    /** The seeds live in ../shared/seeds, beside the repository (surefire runs in the repository root). */
    @Test
    void realSeedsLoseTheirBoilerplate() throws IOException {
        Path seed = Path.of("../shared/seeds/000_140c182c810b6a9b.txt");

        Article article = reader.read(new SourceDocument(seed.toString(), Files.readAllBytes(seed))).articles().get(0);

        assertThat(article.title()).isEqualTo("Iraq, the ISF target the ISIS logistics network in Anbar and Nineveh");
        assertThat(article.text())
                .startsWith("New ISF offensive against the Isis logistics and support network in Nineveh and Anbar.")
                .endsWith("despite the recent appointment of a new prime minister.")
                .doesNotContainIgnoringCase("skip to main content")
                .doesNotContainIgnoringCase("back to top")
                .doesNotContain("\n\n\n")
                .contains("The first group, consisting of three elements, was captured in the village of Al-Arej.");
        assertThat(article.text().split("\n\n")).hasSize(4);
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void secondSeedTitle() throws IOException {
        Path seed = Path.of("../shared/seeds/004_815d620d0f45be36.txt");

        Article article = reader.read(new SourceDocument(seed.toString(), Files.readAllBytes(seed))).articles().get(0);

        assertThat(article.title()).isEqualTo("Iraq, Isis suffers a serious blow: medicines chief is caught");
        assertThat(article.text()).doesNotContainIgnoringCase("back to top").doesNotContainIgnoringCase("skip to");
        assertThat(article.text()).contains("The man was taken into an operation aimed at Tal Abita (Nineveh).");
    }
}
