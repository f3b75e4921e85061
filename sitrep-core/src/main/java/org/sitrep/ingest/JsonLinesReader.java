package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.sitrep.model.Article;
import org.sitrep.model.Issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines: one article per line,
 * <pre>{"url": "...", "title": "...", "published": "2020-05-08", "text": "...", "source": "...", "language": "en", "id": "..."}</pre>
 * Only {@code text} is required (a non-blank string). {@code published} takes the forms of
 * {@link Dates} ({@code 2020-05-08}, an ISO date-time with offset, {@code 8 May 2020}, ...);
 * {@code url} must be http(s); {@code language} is a tag such as {@code en} (default
 * {@link LanguageGuesser}); {@code source} defaults to the URL's host. {@code id} is accepted but
 * not used as the article id: ids are always derived by {@link ArticleIds}, so the same article gets
 * the same id whatever file it comes from. Other fields are ignored.
 *
 * <p>In {@code text}, blank lines separate paragraphs; text without a blank line has one paragraph
 * per line (see {@link Text#paragraphs}). Blank lines of the file are skipped. A bad line (invalid
 * JSON, not an object, {@code text} missing, blank or not a string) gives an
 * {@link IngestIssues#JSONL} issue naming {@code file:line} and the reason; an unusable optional
 * value gives an {@link IngestIssues#METADATA} issue and the article is kept. Other lines are read
 * regardless. At most {@link Issue#MAX_PER_ARTICLE} issues are listed per file, then one summary.
 *
 * <p>Never throws on bad input. Immutable and thread-safe.
 */
public final class JsonLinesReader implements ArticleReader {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final LanguageGuesser guesser = new LanguageGuesser();

    public JsonLinesReader() {}

    @Override
    public IngestResult read(SourceDocument document) {
        TextDecoder.Decoding decoded = TextDecoder.decode(document);
        return decoded.ok() ? parse(document.name(), decoded.text()) : IngestResult.failed(decoded.issue());
    }

    /** Reads already decoded content; {@code name} names the file in issues. */
    IngestResult parse(String name, String content) {
        List<Article> articles = new ArrayList<>();
        Issues issues = new Issues(name);
        // Split on '\n' only: JSON strings cannot hold a raw line break, but may hold U+2028.
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (Text.isBlank(line)) {
                continue;
            }
            Article article = readLine(name + ":" + (i + 1), line, issues);
            if (article != null) {
                articles.add(article);
            }
        }
        if (articles.isEmpty() && issues.isEmpty()) {
            issues.add(IngestIssues.NO_TEXT, name + ": no JSON lines");
        }
        return new IngestResult(articles, issues.list());
    }

    private Article readLine(String where, String line, Issues issues) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            issues.add(IngestIssues.JSONL, where + ": invalid JSON (" + Text.abbreviate(e.getOriginalMessage(), 160) + ")");
            return null;
        }
        if (node == null || !node.isObject()) {
            issues.add(IngestIssues.JSONL, where + ": not a JSON object");
            return null;
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            issues.add(IngestIssues.JSONL, where + ": missing \"text\"");
            return null;
        }
        if (!textNode.isTextual()) {
            issues.add(IngestIssues.JSONL, where + ": \"text\" is not a string");
            return null;
        }
        String text = Text.joinParagraphs(Text.paragraphs(Text.lines(textNode.textValue()), p -> false));
        if (text.isEmpty()) {
            issues.add(IngestIssues.JSONL, where + ": blank \"text\"");
            return null;
        }
        String rawUrl = optionalString(node, "url", where, issues);
        String url = Urls.httpUrlOrNull(rawUrl);
        if (url == null && rawUrl != null && !rawUrl.isBlank()) {
            issues.add(IngestIssues.METADATA, where + ": \"url\" is not an http(s) URL: '" + Text.abbreviate(rawUrl, 200) + "'; ignored");
        }
        String rawPublished = optionalString(node, "published", where, issues);
        LocalDate published = rawPublished == null ? null : Dates.parse(rawPublished).orElse(null);
        if (published == null && rawPublished != null && !rawPublished.isBlank()) {
            issues.add(IngestIssues.METADATA, where + ": unreadable \"published\" '" + Text.abbreviate(rawPublished, 100) + "'; ignored");
        }
        String rawLanguage = optionalString(node, "language", where, issues);
        if (rawLanguage != null && !rawLanguage.isBlank() && LanguageGuesser.primaryLanguage(rawLanguage) == null) {
            issues.add(IngestIssues.METADATA, where + ": \"language\" is not a language tag: '" + Text.abbreviate(rawLanguage, 100) + "'; ignored");
        }
        String title = optionalString(node, "title", where, issues);
        String source = optionalString(node, "source", where, issues);
        return Articles.create(url, source, title, published, Articles.language(rawLanguage, text, guesser), text);
    }

    /** The field's string value; null if absent or null; null plus an issue if it is not a string. */
    private static String optionalString(JsonNode node, String field, String where, Issues issues) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            issues.add(IngestIssues.METADATA, where + ": \"" + field + "\" is not a string; ignored");
            return null;
        }
        return value.textValue();
    }

    /** Caps the issues of one file so that a file of a million bad lines cannot flood memory. */
    private static final class Issues {
        private final String name;
        private final List<Issue> list = new ArrayList<>();
        private int dropped;

        Issues(String name) {
            this.name = name;
        }

        void add(String code, String message) {
            if (list.size() < Issue.MAX_PER_ARTICLE) {
                list.add(new Issue(code, null, message));
            } else {
                dropped++;
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<Issue> list() {
            if (dropped == 0) {
                return list;
            }
            List<Issue> all = new ArrayList<>(list);
            all.add(new Issue(IngestIssues.JSONL, null, name + ": " + dropped + " more issues not listed"));
            return all;
        }
    }
}
