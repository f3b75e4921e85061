package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.sitrep.model.Article;
import org.sitrep.model.Issue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** WARC input: fixtures written here with jwarc's WarcWriter, plain and gzipped per record. */
class WarcFileReaderTest {
    private static final Charset ARABIC = Charset.forName("windows-1256");
    private static final Instant CRAWLED = Instant.parse("2024-05-20T08:00:00Z");
    private static final String ARABIC_URL = "https://news.example.iq/ar/2024/mosul-arrests";
    private static final String ENGLISH_TARGET = "https://www.example-news.com/world/kirkuk-attack?utm_source=rss";
    private static final String ENGLISH_CANONICAL = "https://www.example-news.com/world/kirkuk-attack";
    private static final String HEADER_CHARSET_URL = "https://news.example.iq/ar/2024/basra-protest";

    private static final String ARABIC_PAGE = """
            <!doctype html><html lang="ar"><head><meta charset="windows-1256"><title>اعتقالات في الموصل</title></head>
            <body><nav><a href="/">الرئيسية</a></nav><article><h1>اعتقالات في الموصل</h1>
            <p>قالت الشرطة إن قوات الأمن العراقية اعتقلت ثلاثة من عناصر تنظيم الدولة الإسلامية في الموصل يوم الاثنين.</p>
            <p>وأضافت أن العملية جرت في الجانب الأيمن من المدينة دون وقوع إصابات بين المدنيين.</p>
            </article></body></html>""";
    private static final String HEADER_CHARSET_PAGE = """
            <!doctype html><html lang="ar"><head><title>احتجاج في البصرة</title></head>
            <body><article><h1>احتجاج في البصرة</h1>
            <p>تظاهر مئات من السكان في البصرة يوم الثلاثاء احتجاجا على انقطاع الكهرباء والماء في المدينة.</p>
            </article></body></html>""";
    private static final String ENGLISH_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>Gunmen attack a checkpoint near Kirkuk | Example News</title>
            <link rel="canonical" href="https://www.example-news.com/world/kirkuk-attack">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2024-05-12T09:30:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-12T09:30:00Z"}</script>
            </head><body><header>Menu · World · Politics</header><article><h1>Gunmen attack a checkpoint near Kirkuk</h1>
            <p>Gunmen attacked an army checkpoint near Kirkuk on Sunday, killing two soldiers, security sources said.</p>
            <p>No group claimed responsibility for the attack, which came days after clashes in the area.</p>
            </article><footer>© Example News — all rights reserved</footer></body></html>""";

    @TempDir
    Path dir;

    private final Ingest ingest = new Ingest();

    @ParameterizedTest
    @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
    void htmlResponsesBecomeArticlesAndEverythingElseIsSkippedSilently(WarcCompression compression) throws IOException {
        Path warc = write(compression == WarcCompression.GZIP ? "news.warc.gz" : "news.warc", compression, allRecords());

        IngestResult result = ingest.read(List.of(warc));

        assertThat(result.issues()).isEmpty();
        assertThat(result.articles()).extracting(Article::url).containsExactly(ARABIC_URL, ENGLISH_CANONICAL, HEADER_CHARSET_URL);
        Article arabic = result.articles().get(0);
        assertThat(arabic.text()).contains("قوات الأمن العراقية اعتقلت ثلاثة").doesNotContain("الرئيسية");
        assertThat(arabic.title()).isEqualTo("اعتقالات في الموصل");
        assertThat(arabic.publishedOn()).as("WARC-Date is the crawl date, never the publication date").isNull();
        assertThat(arabic.id()).isEqualTo(ArticleIds.fromUrl(ARABIC_URL));

        Article english = result.articles().get(1);
        assertThat(english.title()).isEqualTo("Gunmen attack a checkpoint near Kirkuk");
        assertThat(english.source()).isEqualTo("Example News");
        assertThat(english.publishedOn()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(english.text()).startsWith("Gunmen attacked an army checkpoint").doesNotContain("Menu", "rights reserved");

        assertThat(result.articles().get(2).text()).as("charset from the HTTP Content-Type").contains("تظاهر مئات من السكان في البصرة");
    }

    @Test
    void rereadingGivesTheSameArticlesAndIdsAsTheHtmlReader() throws IOException {
        Path warc = write("news.warc.gz", WarcCompression.GZIP, allRecords());

        IngestResult first = ingest.read(List.of(warc));

        assertThat(ingest.read(List.of(warc))).isEqualTo(first);
        Article fromHtml = new HtmlReader().read(new SourceDocument(ENGLISH_TARGET, ENGLISH_PAGE.getBytes(StandardCharsets.UTF_8))).articles().get(0);
        assertThat(first.articles().get(1)).isEqualTo(fromHtml);
        assertThat(ingest.read(new SourceDocument("in-memory.warc.gz", Files.readAllBytes(warc)))).isEqualTo(first);
    }

    @Test
    void aTruncatedGzipWarcKeepsTheRecordsBeforeTheCutAndNamesTheFile() throws IOException {
        Path whole = write("whole.warc.gz", WarcCompression.GZIP, allRecords());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), java.util.Arrays.copyOf(bytes, bytes.length - 40));
        Path html = Files.writeString(dir.resolve("page.html"), ENGLISH_PAGE.replace("Kirkuk", "Tikrit").replace("kirkuk", "tikrit"));

        IngestResult result = ingest.read(List.of(cut, html));

        assertThat(result.articles()).extracting(Article::url).containsExactly(ARABIC_URL, ENGLISH_CANONICAL, ENGLISH_CANONICAL.replace("kirkuk", "tikrit"));
        assertThat(result.issues()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.code()).isEqualTo(IngestIssues.WARC);
            assertThat(issue.message()).startsWith(cut + ": record ").contains("at byte offset ");
        });
    }

    @Test
    void aCorruptGzipMemberInTheMiddleStopsTheFileButKeepsWhatCameBefore() throws IOException {
        Path whole = write("whole.warc.gz", WarcCompression.GZIP, allRecords());
        byte[] bytes = Files.readAllBytes(whole);
        long englishOffset = offsetOf(whole, ENGLISH_TARGET);
        long pngOffset = offsetOf(whole, "https://news.example.iq/logo.png");
        for (int i = 0; i < 8; i++) {
            bytes[(int) englishOffset + 40 + i] ^= (byte) 0x5A;
        }
        Path corrupt = Files.write(dir.resolve("corrupt.warc.gz"), bytes);

        IngestResult result = ingest.read(List.of(corrupt));

        assertThat(result.articles()).extracting(Article::url).containsExactly(ARABIC_URL);
        assertThat(result.issues()).isNotEmpty().allSatisfy(issue -> assertThat(issue.message()).startsWith(corrupt + ": record "));
        assertThat(result.issues()).extracting(Issue::message).anySatisfy(m -> assertThat(m).contains("record 7 (after the record at byte offset " + pngOffset + ")"));
    }

    @Test
    void aResponseWithABrokenHttpMessageCostsOnlyThatRecord() throws IOException {
        List<WarcRecord> records = new ArrayList<>(allRecords());
        records.add(1, new WarcResponse.Builder("https://broken.example.com/x").date(CRAWLED)
                .body(MediaType.HTTP_RESPONSE, "this is not HTTP at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
        Path warc = write("broken-http.warc.gz", WarcCompression.GZIP, records);

        IngestResult result = ingest.read(List.of(warc));

        assertThat(result.articles()).extracting(Article::url).containsExactly(ARABIC_URL, ENGLISH_CANONICAL, HEADER_CHARSET_URL);
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IngestIssues.WARC);
            assertThat(issue.message()).startsWith(warc + ": record 2 at byte offset ");
        });
    }

    @Test
    void aFileThatIsNotWarcIsReportedNotThrown() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.warc"), "<html><body><p>not a WARC file at all</p></body></html>");
        Path empty = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);

        IngestResult result = ingest.read(List.of(fake, empty));

        assertThat(result.articles()).isEmpty();
        assertThat(result.issues()).extracting(Issue::message).anySatisfy(m -> assertThat(m).startsWith(fake + ": "));
        assertThat(result.issues()).anySatisfy(issue -> {
            assertThat(issue.code()).isEqualTo(IngestIssues.EMPTY);
            assertThat(issue.message()).isEqualTo(empty + ": no WARC records");
        });
    }

    @Test
    void pageIssuesNameTheFileAndRecord() throws IOException {
        Path warc = write("index.warc", WarcCompression.NONE, List.of(
                html("https://news.example.com/", MediaType.parse("text/html"), "<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8))));

        IngestResult result = ingest.read(List.of(warc));

        assertThat(result.articles()).isEmpty();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IngestIssues.NO_TEXT);
            assertThat(issue.message()).startsWith(warc + ": record 1 at byte offset 0 (https://news.example.com/): no article text");
        });
    }

    // ---- fixtures ----

    private static List<WarcRecord> allRecords() throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        records.add(new Warcinfo.Builder().date(CRAWLED).filename("news.warc.gz")
                .fields(Map.of("software", List.of("sitrep test"), "format", List.of("WARC File Format 1.1"))).build());
        records.add(new WarcRequest.Builder(ARABIC_URL).date(CRAWLED)
                .body(new HttpRequest.Builder("GET", "/ar/2024/mosul-arrests").addHeader("Host", "news.example.iq").build()).build());
        records.add(html(ARABIC_URL, MediaType.parse("text/html"), ARABIC_PAGE.getBytes(ARABIC)));
        records.add(new WarcMetadata.Builder().targetURI(ARABIC_URL).date(CRAWLED).fields(Map.of("fetchTimeMs", List.of("120"))).build());
        records.add(response("https://news.example.iq/missing", 404, "Not Found", MediaType.parse("text/html"),
                "<html><body><p>Page not found, but this sentence is long enough to be read.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        records.add(response("https://news.example.iq/logo.png", 200, "OK", MediaType.parse("image/png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}));
        records.add(html(ENGLISH_TARGET, MediaType.parse("text/html; charset=utf-8"), ENGLISH_PAGE.getBytes(StandardCharsets.UTF_8)));
        records.add(html(HEADER_CHARSET_URL, MediaType.parse("text/html; charset=windows-1256"), HEADER_CHARSET_PAGE.getBytes(ARABIC)));
        return records;
    }

    private static WarcResponse html(String url, MediaType type, byte[] body) throws IOException {
        return response(url, 200, "OK", type, body);
    }

    private static WarcResponse response(String url, int status, String reason, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, reason).body(type, body).build();
        return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
    }

    private Path write(String name, WarcCompression compression, List<WarcRecord> records) throws IOException {
        Path path = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(path);
             WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        }
        return path;
    }

    /** Byte offset of the response record for {@code target}, as jwarc reports it. */
    private static long offsetOf(Path warc, String target) throws IOException {
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(warc)) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response && response.target().equals(target)) {
                    return record.position();
                }
            }
        }
        throw new IllegalStateException("no response for " + target);
    }
}
