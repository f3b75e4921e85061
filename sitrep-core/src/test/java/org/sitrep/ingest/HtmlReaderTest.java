package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

import java.nio.charset.Charset;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader();

    @Test
    void newsPageYieldsOnlyItsArticleText() {
        IngestResult result = reader.read(Fixtures.document("page.html"));

        assertThat(result.issues()).isEmpty();
        Article article = result.articles().get(0);
        assertThat(article.text()).isEqualTo(Fixtures.utf8("page.expected.txt"));
        assertThat(article.text()).doesNotContain("cookies", "Advertisement", "Home", "Tweet", "Most read", "Markets", "All rights", "Read also", "Tags:", "trackPageView");
    }

    @Test
    void newsPageMetadata() {
        Article article = reader.read(Fixtures.document("page.html")).articles().get(0);

        assertThat(article.title()).isEqualTo("Militants attack a police post in Diyala");
        assertThat(article.source()).isEqualTo("The Example Courier");
        assertThat(article.url()).isEqualTo("https://www.example-courier.test/news/2024/05/diyala-police-post/?utm_medium=social");
        assertThat(article.id()).isEqualTo(ArticleIds.fromUrl("https://www.example-courier.test/news/2024/05/diyala-police-post"));
        // From JSON-LD, in the page's own offset (+03:00), not converted to UTC.
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void truncatedPageWithEnoughTextIsKeptWithAnIssue() {
        IngestResult result = reader.read(Fixtures.document("truncated.html"));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Clashes on the Iraq-Syria border - Example Courier");
            assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2024, 4, 2));
            assertThat(a.text()).startsWith("Islamic State fighters clashed").contains("asked for air support from the").doesNotContain("<a", "Home");
            assertThat(a.text().split("\n\n")).hasSize(3);
        });
        assertThat(result.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IngestIssues.TRUNCATED);
            assertThat(i.message()).startsWith("truncated.html: ");
        });
    }

    @Test
    void truncatedPageWithLittleTextGivesOnlyAnIssue() {
        IngestResult result = reader.read(Fixtures.document("truncated-short.html"));

        assertThat(result.articles()).isEmpty();
        assertThat(result.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IngestIssues.TRUNCATED);
            assertThat(i.message()).startsWith("truncated-short.html: ").contains("not read");
        });
    }

    @Test
    void pageWithoutTextGivesAnIssue() {
        IngestResult result = reader.read(Fixtures.document("menu.html",
                "<html><body><nav><a href='/'>Home</a></nav><footer><p>Back to top</p></footer></body></html>"));

        assertThat(result.articles()).isEmpty();
        assertThat(result.issues()).extracting(i -> i.code()).containsExactly(IngestIssues.NO_TEXT);
    }

    @Test
    void fragmentWithoutHtmlTagsIsNotTruncated() {
        IngestResult result = reader.read(Fixtures.document("fragment.html", "<p>Police arrested two men in Kabul.</p><p>They were released later.</p>"));

        assertThat(result.issues()).isEmpty();
        assertThat(result.articles().get(0).text()).isEqualTo("Police arrested two men in Kabul.\n\nThey were released later.");
    }

    @Test
    void pageWrappedInAFormKeepsItsText() {
        String html = "<html><body><form id='aspnetForm'><div class='menu'><a href='/'>Home</a></div>"
                + "<div id='story'><p>" + "Soldiers repelled an attack on a base near Afgooye on Friday. ".repeat(4) + "</p>"
                + "<p>" + "Residents said the fighting lasted several hours. ".repeat(3) + "</p></div></form></body></html>";

        Article article = reader.read(Fixtures.document("form.html", html)).articles().get(0);

        assertThat(article.text()).startsWith("Soldiers repelled an attack").contains("\n\nResidents said").doesNotContain("Home");
    }

    @Test
    void textInDivsWithBreaksIsSplitIntoParagraphs() {
        String html = "<html><body><div>Gunmen attacked a market in Mopti.<br>Three people died.<div>Police opened an inquiry.</div></div></body></html>";

        Article article = reader.read(Fixtures.document("divs.html", html)).articles().get(0);

        assertThat(article.text()).isEqualTo("Gunmen attacked a market in Mopti.\n\nThree people died.\n\nPolice opened an inquiry.");
    }

    @Test
    void titleFallsBackToH1ThenTitleAndLosesTheSiteSuffix() {
        String withH1 = "<html><head><title>Page | Site</title></head><body><article><h1>The real headline</h1><p>Body text.</p></article></body></html>";
        String withTitle = "<html><head><title>Attack in Ariha – Example Courier</title><meta property='og:site_name' content='Example Courier'></head><body><p>Body text.</p></body></html>";

        assertThat(reader.read(Fixtures.document("a.html", withH1)).articles().get(0).title()).isEqualTo("The real headline");
        assertThat(reader.read(Fixtures.document("b.html", withTitle)).articles().get(0).title()).isEqualTo("Attack in Ariha");
        assertThat(HtmlReader.stripSiteSuffix("Iraq - ISIS attack in Anbar kills two", null)).isEqualTo("Iraq - ISIS attack in Anbar kills two");
        assertThat(HtmlReader.stripSiteSuffix("Anbar attack - example-courier.test", null)).isEqualTo("Anbar attack");
    }

    @Test
    void dateSourcesInOrder() {
        String timeOnly = "<html><body><article><time datetime='2020-05-08T09:00:00+0200'>8 May</time><p>Text.</p></article></body></html>";
        String metaDate = "<html><head><meta name='date' content='May 9, 2020'></head><body><p>Text.</p></body></html>";
        String unreadable = "<html><head><meta property='article:published_time' content='yesterday'></head><body><p>Text.</p></body></html>";

        assertThat(reader.read(Fixtures.document("t.html", timeOnly)).articles().get(0).publishedOn()).isEqualTo(LocalDate.of(2020, 5, 8));
        assertThat(reader.read(Fixtures.document("m.html", metaDate)).articles().get(0).publishedOn()).isEqualTo(LocalDate.of(2020, 5, 9));
        IngestResult bad = reader.read(Fixtures.document("u.html", unreadable));
        assertThat(bad.articles().get(0).publishedOn()).isNull();
        assertThat(bad.issues()).extracting(i -> i.code()).containsExactly(IngestIssues.METADATA);
    }

    @Test
    void onlyHttpUrlsAreAccepted() {
        String html = "<html><head><link rel='canonical' href='javascript:alert(1)'><meta property='og:url' content='ftp://example.test/a'></head>"
                + "<body><p>Text of the article.</p></body></html>";

        Article article = reader.read(Fixtures.document("x.html", html)).articles().get(0);

        assertThat(article.url()).isNull();
        assertThat(article.id()).isEqualTo(ArticleIds.fromText("Text of the article."));
    }

    @Test
    void relativeCanonicalResolvesAgainstAUrlName() {
        String html = "<html><head><link rel='canonical' href='/news/1'></head><body><p>Text.</p></body></html>";

        Article article = reader.read(Fixtures.document("https://example.test/news/1?ref=home", html)).articles().get(0);

        assertThat(article.url()).isEqualTo("https://example.test/news/1");
        assertThat(article.source()).isEqualTo("example.test");
    }

    @Test
    void nonEnglishPageIsNotClaimedEnglish() {
        String html = "<html lang='en'><body><p>Des hommes armés ont attaqué un poste de police près de Gao dans la nuit de lundi à mardi, "
                + "selon une source sécuritaire. Deux policiers ont été blessés.</p></body></html>";
        String declaredFrench = html.replace("lang='en'", "lang='fr-ML'");

        // Detected from the text, whatever the site template declares.
        assertThat(reader.read(Fixtures.document("fr.html", html)).articles().get(0).language()).isEqualTo("fr");
        assertThat(reader.read(Fixtures.document("fr.html", declaredFrench)).articles().get(0).language()).isEqualTo("fr");
    }

    @Test
    void declaredWindows1252CharsetIsHonoured() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 owners marched \u2013 \u201cpeacefully\u201d.</p></body></html>";

        Article article = reader.read(new SourceDocument("cp.html", html.getBytes(Charset.forName("windows-1252")))).articles().get(0);

        assertThat(article.text()).isEqualTo("Caf\u00e9 owners marched \u2013 \u201cpeacefully\u201d.");
    }
}
