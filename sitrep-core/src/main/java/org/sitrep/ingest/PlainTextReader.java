package org.sitrep.ingest;

import org.sitrep.model.Issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: scraped pages like the seeds, and sitrep's own sample articles.
 *
 * <p>Layout, top to bottom:
 * <pre>
 * URL: https://example-news.test/2024/03/12/short-slug     (optional header lines,
 * Source: Example Wire                                      any order, before the title;
 * Published: 2024-03-12                                     keys ignore case)
 *
 * Headline
 *
 * Paragraph one, possibly
 * hard-wrapped over several lines.
 *
 * Paragraph two ...
 * </pre>
 * Header keys: {@code URL} (http or https only), {@code Source} (outlet name; default the URL's
 * host), {@code Published} or {@code Date} (see {@link Dates}: {@code 2020-05-08},
 * {@code 8 May 2020}, ISO date-time, ...), {@code Language} (a tag such as {@code en} or
 * {@code fr-FR}; default {@link LanguageGuesser}) and {@code Title} (then no headline line follows).
 * A header value that cannot be used is dropped with an {@link IngestIssues#METADATA} issue; the
 * article is still read. A line {@code Key: value} with any other key is not a header line.
 *
 * <p>Boilerplate lines ({@link Boilerplate}) are dropped wherever they occur. The first remaining
 * line that is not a header line is the title, unless it is longer than {@value #MAX_TITLE_CHARS}
 * chars (then the file has no title and that line is text). The title is not part of
 * {@code Article.text}. The text is the rest: paragraphs separated by blank lines, each paragraph's
 * lines joined with single spaces (a body without any blank line has one paragraph per line),
 * joined by exactly one blank line ({@code "\n\n"}), with no leading or trailing blank.
 * A file with no text after the title gives no article and an {@link IngestIssues#NO_TEXT} issue.
 *
 * <p>Never throws on bad input. Immutable and thread-safe.
 */
public final class PlainTextReader implements ArticleReader {
    static final int MAX_TITLE_CHARS = 300;
    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z]+)\\s*:\\s*(.*)");

    private final Boilerplate boilerplate;
    private final LanguageGuesser guesser = new LanguageGuesser();

    public PlainTextReader() {
        this(Boilerplate.defaults());
    }

    public PlainTextReader(Boilerplate boilerplate) {
        this.boilerplate = Objects.requireNonNull(boilerplate, "boilerplate");
    }

    @Override
    public IngestResult read(SourceDocument document) {
        TextDecoder.Decoding decoded = TextDecoder.decode(document);
        return decoded.ok() ? parse(document.name(), decoded.text()) : IngestResult.failed(decoded.issue());
    }

    /** Reads already decoded text; {@code name} names the input in issues. */
    IngestResult parse(String name, String content) {
        List<String> lines = Text.lines(content);
        Header header = new Header(name);
        String title = null;
        int i = 0;
        for (; i < lines.size(); i++) {
            String line = Text.normalizeSpace(lines.get(i));
            if (line.isEmpty() || boilerplate.isBoilerplate(line)) {
                continue;
            }
            if (header.accept(line)) {
                continue;
            }
            if (header.title == null && line.length() <= MAX_TITLE_CHARS) {
                title = line;
                i++;
            }
            break;
        }
        String text = Text.joinParagraphs(Text.paragraphs(lines.subList(i, lines.size()), boilerplate::isBoilerplate));
        if (text.isEmpty()) {
            List<Issue> issues = new ArrayList<>(header.issues);
            issues.add(new Issue(IngestIssues.NO_TEXT, null, name + ": no article text" + (title != null ? " after the title" : "")));
            return new IngestResult(List.of(), issues);
        }
        String language = Articles.language(header.language, text, guesser);
        return new IngestResult(
                List.of(Articles.create(header.url, header.source, header.title != null ? header.title : title, header.published, language, text)),
                header.issues);
    }

    /** The optional {@code Key: value} lines above the title; the first occurrence of a key wins. */
    private static final class Header {
        final String name;
        final List<Issue> issues = new ArrayList<>();
        String url;
        String source;
        LocalDate published;
        String language;
        String title;
        private boolean urlSeen;
        private boolean sourceSeen;
        private boolean publishedSeen;
        private boolean languageSeen;

        Header(String name) {
            this.name = name;
        }

        /** True if {@code line} is a header line (then it is consumed, even when its value is unusable). */
        boolean accept(String line) {
            Matcher m = HEADER_LINE.matcher(line);
            if (!m.matches()) {
                return false;
            }
            String value = m.group(2).strip();
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "url" -> {
                    if (!urlSeen) {
                        urlSeen = true;
                        url = Urls.httpUrlOrNull(value);
                        if (url == null && !value.isEmpty()) {
                            issues.add(metadata("URL is not an http(s) URL: '" + Text.abbreviate(value, 200) + "'"));
                        }
                    }
                }
                case "source" -> {
                    if (!sourceSeen) {
                        sourceSeen = true;
                        source = value.isEmpty() ? null : value;
                    }
                }
                case "published", "date" -> {
                    if (!publishedSeen) {
                        publishedSeen = true;
                        published = Dates.parse(value).orElse(null);
                        if (published == null && !value.isEmpty()) {
                            issues.add(metadata("unreadable publication date '" + Text.abbreviate(value, 100) + "'"));
                        }
                    }
                }
                case "language" -> {
                    if (!languageSeen) {
                        languageSeen = true;
                        language = LanguageGuesser.primaryLanguage(value);
                        if (language == null && !value.isEmpty()) {
                            issues.add(metadata("not a language tag: '" + Text.abbreviate(value, 100) + "'"));
                        }
                    }
                }
                case "title" -> {
                    if (title == null) {
                        title = value.isEmpty() ? null : value;
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        private Issue metadata(String what) {
            return new Issue(IngestIssues.METADATA, null, name + ": header " + what + "; ignored");
        }
    }
}
