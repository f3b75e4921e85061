package org.sitrep.ingest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Issue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestTest {
    private final Ingest ingest = new Ingest();

    @TempDir
    Path dir;

    private Path copy(String fixture, String as) throws IOException {
        Path target = dir.resolve(as);
        Files.createDirectories(target.getParent());
        return Files.write(target, Fixtures.bytes(fixture));
    }

    @Test
    void directoryIsReadRecursivelyInNameOrderDispatchingByExtension() throws IOException {
        copy("page.html", "b/page.HTM");
        copy("seedlike.txt", "a/seed.txt");
        copy("articles.jsonl", "c.ndjson");
        copy("with-header.txt", "b/a-header.text");
        copy("articles.jsonl", "a/seed.events.jsonl");
        copy("seedlike.txt", ".hidden/ignored.txt");

        IngestResult result = ingest.read(List.of(dir));

        assertThat(result.articles()).extracting(Article::title).containsExactly(
                "Syria, SDF raid an Islamic State cell near Hajin",
                "Gunmen attack a checkpoint near Kirkuk",
                "Militants attack a police post in Diyala",
                "Five arrested in Mosul", "Protest in Basra", "Ambush near Douentza", "Bad date");
        // Only the JSONL fixture's own bad lines; the .events.jsonl file is skipped silently.
        assertThat(result.issues()).extracting(Issue::message).allSatisfy(m -> assertThat(m).startsWith(dir.resolve("c.ndjson") + ":"));
        assertThat(ingest.read(List.of(dir))).isEqualTo(result);
    }

    @Test
    void unknownExtensionsAreSniffed() throws IOException {
        Path html = copy("page.html", "page.php");
        Path text = copy("seedlike.txt", "story");
        Path jsonl = copy("articles.jsonl", "dump.json");

        IngestResult result = ingest.read(List.of(html, text, jsonl));

        assertThat(result.articles()).extracting(Article::title).startsWith(
                "Militants attack a police post in Diyala", "Syria, SDF raid an Islamic State cell near Hajin", "Five arrested in Mosul");
    }

    @Test
    void badFilesBecomeIssuesNamingTheirPathAndTheRunGoesOn() throws IOException {
        Path binary = copy("binary.dat", "image.txt");
        Path empty = copy("empty.txt", "empty.txt");
        Path blank = copy("whitespace.txt", "blank.txt");
        Path missing = dir.resolve("nowhere.txt");
        Path good = copy("seedlike.txt", "good.txt");
        Path invalid = dir.resolve("invalid.txt");
        // 0x81 is not valid UTF-8 here and undefined in windows-1252: neither charset fits.
        Files.write(invalid, concat("Mostly ASCII text with one bad byte: ".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81, '.'}));

        IngestResult result = ingest.read(List.of(binary, empty, blank, missing, invalid, good));

        assertThat(result.articles()).extracting(Article::title).containsExactly("Syria, SDF raid an Islamic State cell near Hajin");
        assertThat(result.issues()).extracting(Issue::code).containsExactly(
                IngestIssues.BINARY, IngestIssues.EMPTY, IngestIssues.EMPTY, IngestIssues.MISSING, IngestIssues.ENCODING);
        List<Path> paths = List.of(binary, empty, blank, missing, invalid);
        for (int i = 0; i < paths.size(); i++) {
            assertThat(result.issues().get(i).message()).startsWith(paths.get(i) + ": ");
        }
    }

    @Test
    void windows1252IsDecodedWhenTheBytesAreNotUtf8() throws IOException {
        IngestResult result = ingest.read(List.of(copy("cp1252.txt", "cp1252.txt")));

        assertThat(result.issues()).isEmpty();
        Article article = result.articles().get(0);
        assertThat(article.title()).isEqualTo("Café owners protest in Beirut – police watch");
        assertThat(article.text()).contains("cafés").contains("“We cannot pay,”");
    }

    @Test
    void utf8AndUtf16ByteOrderMarks() {
        String content = "Title\n\nBody with é.";
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, content.getBytes(StandardCharsets.UTF_8));
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, content.getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, content.getBytes(StandardCharsets.UTF_16BE));

        for (byte[] bytes : List.of(utf8, utf16le, utf16be)) {
            Article article = ingest.read(new SourceDocument("bom.txt", bytes)).articles().get(0);
            assertThat(article.title()).isEqualTo("Title");
            assertThat(article.text()).isEqualTo("Body with é.");
        }
        IngestResult broken = ingest.read(new SourceDocument("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3}));
        assertThat(broken.issues()).extracting(Issue::code).containsExactly(IngestIssues.ENCODING);
    }

    @Test
    void randomHighBytesAreNotTakenForWindows1252() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0xC0 + (i * 7) % 0x3F);
        }
        bytes[0] = (byte) 0xFF;

        IngestResult result = ingest.read(new SourceDocument("noise.txt", bytes));

        assertThat(result.articles()).isEmpty();
        assertThat(result.issues()).extracting(Issue::code).containsExactly(IngestIssues.ENCODING);
    }

    @Test
    void controlCharactersMeanBinary() {
        byte[] bytes = "text\u0001\u0002\u0003\u0004 more".getBytes(StandardCharsets.UTF_8);

        IngestResult result = ingest.read(new SourceDocument("ctl.txt", bytes));

        assertThat(result.issues()).extracting(Issue::code).containsExactly(IngestIssues.BINARY);
    }

    @Test
    void filesOverTheSizeCapAreSkipped() throws IOException {
        Ingest small = new Ingest(Ingest.Options.defaults().withMaxFileBytes(100));
        Path big = copy("seedlike.txt", "big.txt");

        IngestResult fromFile = small.read(List.of(big));
        IngestResult fromMemory = small.read(Fixtures.document("seedlike.txt"));

        assertThat(fromFile.articles()).isEmpty();
        assertThat(fromFile.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IngestIssues.TOO_LARGE);
            assertThat(i.message()).startsWith(big + ": ");
        });
        assertThat(fromMemory.issues()).extracting(Issue::code).containsExactly(IngestIssues.TOO_LARGE);
    }

    @Test
    void emptyDirectoryAndEventsFilesOnly() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path goldOnly = Files.createDirectory(dir.resolve("gold"));
        Files.writeString(goldOnly.resolve("x.events.jsonl"), "{}");

        IngestResult result = ingest.read(List.of(empty, goldOnly, goldOnly.resolve("x.events.jsonl")));

        assertThat(result.articles()).isEmpty();
        assertThat(result.issues()).extracting(Issue::code).containsExactly(IngestIssues.EMPTY, IngestIssues.EMPTY);
        assertThat(ingest.read(new SourceDocument("gold/x.events.jsonl", "{}".getBytes(StandardCharsets.UTF_8))).issues()).isEmpty();
    }

    @Test
    void unreadableFileIsAnIoIssue() throws IOException {
        Path locked = copy("seedlike.txt", "locked.txt");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions on this file system");
        }
        Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read anything (root)");

        IngestResult result = ingest.read(List.of(locked, copy("seedlike.txt", "ok.txt")));

        assertThat(result.articles()).hasSize(1);
        assertThat(result.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IngestIssues.IO);
            assertThat(i.message()).startsWith(locked + ": ");
        });
    }

    @Test
    void linkLoopsAreVisitedOnce() throws IOException {
        copy("seedlike.txt", "loop/a.txt");
        try {
            Files.createSymbolicLink(dir.resolve("loop/again"), dir.resolve("loop"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links unsupported here");
        }

        IngestResult result = ingest.read(List.of(dir.resolve("loop")));

        assertThat(result.articles()).hasSize(1);
    }

    @Test
    void inMemoryDocumentsNamedByUrl() {
        String html = "<!doctype html><html><body><p>Police said the curfew in Hasakah was lifted.</p></body></html>";

        IngestResult result = ingest.read(new SourceDocument("https://example.test/story?id=4#x", html.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.url()).isEqualTo("https://example.test/story?id=4#x");
            assertThat(a.text()).isEqualTo("Police said the curfew in Hasakah was lifted.");
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
