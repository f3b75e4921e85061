package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.sitrep.model.Issue;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one HTML page (jsoup) into at most one article: the main text only.
 *
 * <p><b>Text.</b> Scripts, styles, {@code nav}, menus, buttons and forms' controls are always
 * removed; {@code header}, {@code footer}, {@code aside}, {@code form}, hidden elements and elements
 * whose {@code id}/{@code class} names furniture (cookie/consent banners, share bars, ads, related
 * links, comments, sidebars, ...) are removed unless they hold the article (an {@code article},
 * {@code main} or {@code [itemprop=articleBody]}, or half the page's paragraph text; some CMSs wrap
 * the whole page in a {@code form}). The container is then {@code [itemprop=articleBody]}, else the
 * {@code article} element with most paragraph text, if it holds at least 30% of the page's; else
 * the element whose child paragraphs carry most text (readability-style scoring). The text is the
 * container's {@code p}, {@code h2}–{@code h4}, {@code li} and {@code blockquote} blocks, outermost
 * first, each its own paragraph, joined by {@code "\n\n"}; blocks that are {@link Boilerplate} or
 * short link lists are dropped. A container without such blocks yields its text split at
 * block-element and {@code <br>} boundaries.
 *
 * <p><b>Metadata.</b> Title: {@code og:title}, {@code twitter:title}, {@code [itemprop=headline]},
 * an {@code h1} inside {@code article}, the first {@code h1}, {@code <title>}; a trailing
 * " | Site" (or " - Site" naming the site) is cut. Publication date, in this order of preference,
 * the first readable one winning (see {@link Dates}; a page without one has none, never today's):
 * <ol>
 *   <li>meta {@code article:published_time}, then {@code og:published_time} /
 *       {@code og:article:published_time} (what the publisher states for sharing);</li>
 *   <li>{@code itemprop=datePublished} (a meta's {@code content} or an element's {@code datetime});</li>
 *   <li>JSON-LD {@code datePublished} of an article object ({@code NewsArticle}, {@code Article},
 *       {@code ReportageNewsArticle}, {@code BlogPosting}, ... — the {@code @type} may be a list),
 *       looked for in top-level arrays and {@code @graph} lists too; else the first
 *       {@code datePublished} of any JSON-LD object (a {@code WebPage}'s, say);</li>
 *   <li>{@code <time datetime>}: inside {@code article}, else with {@code pubdate}, else the first;</li>
 *   <li>meta {@code date}, {@code pubdate}, {@code publishdate}, {@code dc.date}, {@code dcterms.date}, ...</li>
 * </ol>
 * URL: {@code link[rel=canonical]}, {@code og:url}, else the document name if it is
 * an http(s) URL; only http(s) is accepted. Source: {@code og:site_name}, else the URL's host.
 * Language: what {@link LanguageGuesser} detects in the text; if it cannot tell, the page's
 * {@code <html lang>} if that is not English, else "und" (site templates often declare "en" for
 * everything).
 *
 * <p><b>Truncated pages</b> (an {@code <html>}/{@code <body>} without its closing tag, or content
 * ending inside a tag): if at least {@value #MIN_TRUNCATED_TEXT_CHARS} chars of text remain, the
 * article is kept with an {@link IngestIssues#TRUNCATED} issue; else no article and that issue.
 *
 * <p>Never throws on bad input. Immutable and thread-safe.
 */
public final class HtmlReader implements ArticleReader {
    static final int MIN_TRUNCATED_TEXT_CHARS = 200;
    /** Paragraphs shorter than this do not vote for their parent as the container (as in readability). */
    private static final int MIN_SCORING_PARAGRAPH_CHARS = 25;
    private static final double MIN_ARTICLE_SHARE = 0.3;
    private static final double PROTECTING_SHARE = 0.5;
    private static final int MAX_LINK_LIST_CHARS = 120;
    private static final int CHARSET_SNIFF_BYTES = 4096;

    private static final Pattern CLOSING_TAG = Pattern.compile("</(?:html|body)\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENING_TAG = Pattern.compile("<(?:html|body)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS_TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");

    // Compiled once: jsoup documents Evaluators as thread-safe, and re-parsing a selector per element is slow.
    private static final Evaluator ALWAYS_REMOVE = QueryParser.parse("script, style, noscript, template, iframe, object, embed, svg, canvas, nav, menu, "
            + "dialog, button, select, textarea, input, label, figcaption, [role=navigation], [role=search], [role=dialog], [role=alertdialog]");
    private static final Evaluator REMOVE_UNLESS_ARTICLE = QueryParser.parse("header, footer, aside, form, [hidden], [aria-hidden=true], [role=banner], "
            + "[role=contentinfo], [role=complementary]");
    private static final Evaluator ARTICLE_MARKERS = QueryParser.parse("article, main, [itemprop=articleBody], [role=main]");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final Evaluator BLOCK = QueryParser.parse("p, h2, h3, h4, li, blockquote");
    private static final Set<String> FURNITURE_TOKENS = Set.of(
            "cookie", "cookies", "consent", "gdpr", "cmp", "banner", "nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "share", "sharing", "social", "related", "newsletter", "subscribe", "subscription", "comment",
            "comments", "advert", "advertisement", "ad", "ads", "adsense", "sponsor", "sponsored", "promo", "sidebar",
            "footer", "header", "masthead", "popup", "modal", "widget", "toolbar", "pagination", "tags", "outbrain",
            "taboola", "paywall", "skip");
    private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · "};
    private static final List<String> DATE_META = List.of("date", "pubdate", "publishdate", "publish-date", "dc.date",
            "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date");

    private final Boilerplate boilerplate;
    private final LanguageGuesser guesser = new LanguageGuesser();
    private final ObjectMapper json = JsonMapper.builder().build();

    public HtmlReader() {
        this(Boilerplate.defaults());
    }

    public HtmlReader(Boilerplate boilerplate) {
        this.boilerplate = Objects.requireNonNull(boilerplate, "boilerplate");
    }

    @Override
    public IngestResult read(SourceDocument document) {
        return read(document, declaredCharset(document.bytes()));
    }

    /**
     * Reads a page whose charset was declared outside it (an HTTP {@code Content-Type}, say).
     *
     * @param declared tried instead of windows-1252 when the bytes are not UTF-8 (see {@link TextDecoder}); null if none
     */
    public IngestResult read(SourceDocument document, Charset declared) {
        TextDecoder.Decoding decoded = TextDecoder.decode(document, declared);
        if (!decoded.ok()) {
            return IngestResult.failed(decoded.issue());
        }
        try {
            return parse(document.name(), decoded.text());
        } catch (RuntimeException e) {
            // jsoup documents that it never throws on malformed HTML; this guard keeps a library bug from ending a run.
            return IngestResult.failed(new Issue(IngestIssues.PARSE, null, document.name() + ": HTML could not be parsed: " + e));
        }
    }

    /** Reads already decoded HTML; {@code name} names the input in issues and, if it is an http(s) URL, is the base URL. */
    IngestResult parse(String name, String html) {
        String nameUrl = Urls.httpUrlOrNull(name);
        Document dom = Jsoup.parse(html, nameUrl == null ? "" : nameUrl);
        Element body = dom.body() != null ? dom.body() : dom;
        List<Issue> issues = new ArrayList<>();

        Map<String, String> meta = metaTags(dom);
        String url = canonicalUrl(dom, meta, nameUrl);
        String siteName = meta.get("og:site_name");
        String title = title(dom, meta, siteName != null ? siteName : (url == null ? null : Urls.hostOf(url)));
        LocalDate published = publicationDate(name, dom, meta, issues);
        Element root = dom.selectFirst("html");
        String declaredLanguage = root == null ? null : LanguageGuesser.primaryLanguage(root.attr("lang"));

        removeFurniture(body);
        String text = Text.joinParagraphs(paragraphs(container(body)));

        boolean truncated = isTruncated(html);
        if (truncated) {
            boolean usable = text.length() >= MIN_TRUNCATED_TEXT_CHARS;
            issues.add(new Issue(IngestIssues.TRUNCATED, null, name + ": truncated HTML (no closing </body> or </html>, or cut inside a tag); "
                    + (usable ? "kept " + text.length() + " chars of article text" : "too little article text left (" + text.length() + " chars), not read")));
            if (!usable) {
                return new IngestResult(List.of(), issues);
            }
        } else if (text.isEmpty()) {
            issues.add(new Issue(IngestIssues.NO_TEXT, null, name + ": no article text found in the HTML"));
            return new IngestResult(List.of(), issues);
        }
        String language = guesser.guess(text);
        if (language.equals(LanguageGuesser.UNDETERMINED) && declaredLanguage != null && !declaredLanguage.equals(LanguageGuesser.ENGLISH)) {
            language = declaredLanguage;
        }
        return new IngestResult(List.of(Articles.create(url, siteName, title, published, language, text)), issues);
    }

    // ---- decoding and truncation ----

    /** The charset a {@code <meta charset>} in the first 4 KB declares, if Java supports it and it is not UTF-8. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(m.group(1));
            // UTF-16 declared in a meta tag that we could read as ASCII is a lie; UTF-8 is tried anyway.
            return charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16") ? null : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static boolean isTruncated(String html) {
        boolean opened = OPENING_TAG.matcher(html).find();
        boolean closed = CLOSING_TAG.matcher(html).find();
        int lastOpen = html.lastIndexOf('<');
        boolean cutInsideTag = lastOpen >= 0 && html.indexOf('>', lastOpen) < 0 && lastOpen + 1 < html.length()
                && isTagStart(html.charAt(lastOpen + 1));
        return (opened && !closed) || cutInsideTag;
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '!';
    }

    // ---- metadata ----

    /** {@code property}/{@code name}/{@code itemprop} (lower case) → {@code content}; the first of each key wins. */
    private static Map<String, String> metaTags(Document dom) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : dom.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }
        return meta;
    }

    private static String canonicalUrl(Document dom, Map<String, String> meta, String nameUrl) {
        for (Element link : dom.select("link[rel][href]")) {
            if (link.attr("rel").strip().equalsIgnoreCase("canonical")) {
                String absolute = link.absUrl("href");
                String href = absolute.isEmpty() ? link.attr("href") : absolute;
                String url = Urls.httpUrlOrNull(href);
                if (url != null) {
                    return url;
                }
            }
        }
        String og = Urls.httpUrlOrNull(meta.get("og:url"));
        return og != null ? og : nameUrl;
    }

    private static String title(Document dom, Map<String, String> meta, String siteName) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta.get("og:title"));
        candidates.add(meta.get("twitter:title"));
        Element headline = dom.selectFirst("[itemprop=headline]");
        if (headline != null) {
            candidates.add(headline.hasAttr("content") ? headline.attr("content") : headline.text());
        }
        Element articleH1 = dom.selectFirst("article h1");
        candidates.add(articleH1 == null ? null : articleH1.text());
        Element h1 = dom.selectFirst("h1");
        candidates.add(h1 == null ? null : h1.text());
        candidates.add(dom.title());
        for (String candidate : candidates) {
            String t = candidate == null ? "" : Text.normalizeSpace(candidate);
            if (!t.isEmpty()) {
                return stripSiteSuffix(t, siteName);
            }
        }
        return null;
    }

    /** "Headline | Site" → "Headline"; " - Site" etc. only when the tail names the site or looks like a host name. */
    static String stripSiteSuffix(String title, String siteName) {
        for (String separator : TITLE_SEPARATORS) {
            int k = title.lastIndexOf(separator);
            if (k <= 0) {
                continue;
            }
            String head = title.substring(0, k).strip();
            String tail = title.substring(k + separator.length()).strip();
            boolean namesSite = (siteName != null && tail.equalsIgnoreCase(siteName.strip()))
                    || tail.toLowerCase(Locale.ROOT).matches("(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");
            boolean shortPipeTail = separator.equals(" | ") && tail.split("\\s+").length <= 5;
            if (!head.isEmpty() && (namesSite || shortPipeTail)) {
                return head;
            }
        }
        return title;
    }

    private LocalDate publicationDate(String name, Document dom, Map<String, String> meta, List<Issue> issues) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta.get("article:published_time"));
        candidates.add(meta.get("og:published_time"));
        candidates.add(meta.get("og:article:published_time"));
        candidates.add(meta.get("datepublished"));
        Element itemprop = dom.selectFirst("[itemprop=datePublished][datetime]");
        candidates.add(itemprop == null ? null : itemprop.attr("datetime"));
        candidates.add(jsonLdDatePublished(dom));
        Element time = dom.selectFirst("article time[datetime]");
        if (time == null) {
            time = dom.selectFirst("time[pubdate][datetime]");
        }
        if (time == null) {
            time = dom.selectFirst("time[datetime]");
        }
        candidates.add(time == null ? null : time.attr("datetime"));
        for (String key : DATE_META) {
            candidates.add(meta.get(key));
        }
        String firstUnreadable = null;
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            Optional<LocalDate> date = Dates.parse(candidate);
            if (date.isPresent()) {
                return date.get();
            }
            if (firstUnreadable == null) {
                firstUnreadable = candidate;
            }
        }
        if (firstUnreadable != null) {
            issues.add(new Issue(IngestIssues.METADATA, null, name + ": unreadable publication date '" + Text.abbreviate(firstUnreadable, 100) + "'; ignored"));
        }
        return null;
    }

    /** JSON-LD {@code @type}s whose {@code datePublished} is the article's own. */
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting",
            "liveblogposting", "report", "scholarlyarticle", "socialmediaposting");

    private String jsonLdDatePublished(Document dom) {
        String anyDate = null;
        for (Element script : dom.select("script[type]")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            try {
                JsonNode root = json.readTree(script.data().strip());
                if (root == null) {
                    continue;
                }
                List<JsonNode> objects = new ArrayList<>();
                collectObjects(root, objects, 0);
                for (JsonNode object : objects) {
                    JsonNode date = object.get("datePublished");
                    if (date == null || !date.isTextual() || date.textValue().isBlank()) {
                        continue;
                    }
                    if (isArticleType(object.get("@type"))) {
                        return date.textValue();
                    }
                    if (anyDate == null) {
                        anyDate = date.textValue();
                    }
                }
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common; the other date sources still apply.
            }
        }
        return anyDate;
    }

    /** The JSON objects of a JSON-LD document in document order: top-level arrays, {@code @graph} lists, nested objects. */
    private static void collectObjects(JsonNode node, List<JsonNode> into, int depth) {
        if (depth > 8) {
            return; // JSON-LD nests a few levels; a deeper document is not worth walking
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                collectObjects(child, into, depth + 1);
            }
        } else if (node.isObject()) {
            into.add(node);
            for (JsonNode child : node) {
                if (child.isContainerNode()) {
                    collectObjects(child, into, depth + 1);
                }
            }
        }
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        if (!type.isTextual()) {
            return false;
        }
        String name = type.textValue().strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf(':'));
        return ARTICLE_TYPES.contains(name.substring(slash + 1).toLowerCase(Locale.ROOT));
    }

    // ---- main text ----

    private void removeFurniture(Element body) {
        body.select(ALWAYS_REMOVE).remove();
        Map<Element, Integer> pText = new IdentityHashMap<>();
        int total = paragraphChars(body, pText);
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || !isFurniture(e)) {
                continue;
            }
            if (e.is(ARTICLE_MARKERS) || e.selectFirst(ARTICLE_MARKERS) != null) {
                continue;
            }
            if (total > 0 && paragraphChars(e, pText) >= PROTECTING_SHARE * total) {
                continue;
            }
            doomed.add(e);
        }
        // Decided on the intact tree, removed afterwards: removing a detached descendant again is harmless.
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static boolean isFurniture(Element e) {
        return e.is(REMOVE_UNLESS_ARTICLE) || isHiddenByStyle(e) || namesFurniture(e);
    }

    private static boolean isHiddenByStyle(Element e) {
        if (!e.hasAttr("style")) {
            return false;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static boolean namesFurniture(Element e) {
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String token : CLASS_TOKEN_SPLIT.split(names)) {
            if (FURNITURE_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Sum of the text lengths of the {@code p} elements in {@code e}; {@code cache} keeps each p's length. */
    private static int paragraphChars(Element e, Map<Element, Integer> cache) {
        int sum = 0;
        for (Element p : e.select(PARAGRAPH)) {
            sum += cache.computeIfAbsent(p, x -> x.text().length());
        }
        return sum;
    }

    private static Element container(Element body) {
        Map<Element, Integer> pText = new IdentityHashMap<>();
        int total = paragraphChars(body, pText);
        Element best = best(body.select("[itemprop=articleBody]"), pText);
        if (best == null) {
            best = best(body.select("article"), pText);
        }
        if (best != null && paragraphChars(best, pText) >= MIN_ARTICLE_SHARE * total && total > 0) {
            return best;
        }
        Map<Element, Integer> score = new IdentityHashMap<>();
        Element top = null;
        for (Element p : body.select(PARAGRAPH)) {
            int length = pText.get(p);
            if (length < MIN_SCORING_PARAGRAPH_CHARS || p.parent() == null) {
                continue;
            }
            Element parent = p.parent();
            int s = score.merge(parent, length, Integer::sum);
            if (top == null || s > score.get(top)) {
                top = parent;
            }
            Element grandparent = parent.parent();
            if (grandparent != null) {
                int g = score.merge(grandparent, length / 2, Integer::sum);
                if (g > score.get(top)) {
                    top = grandparent;
                }
            }
        }
        return top != null ? top : body;
    }

    private static Element best(List<Element> elements, Map<Element, Integer> pText) {
        Element best = null;
        int bestChars = 0;
        for (Element e : elements) {
            int chars = paragraphChars(e, pText);
            if (chars > bestChars) {
                best = e;
                bestChars = chars;
            }
        }
        return best;
    }

    private List<String> paragraphs(Element container) {
        List<Element> blocks = new ArrayList<>();
        Set<Element> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : container.select(BLOCK)) {
            // A blockquote made of paragraphs yields those paragraphs; a bare one is a paragraph itself.
            if (e != container && !(e.nameIs("blockquote") && e.selectFirst(PARAGRAPH) != null)) {
                candidates.add(e);
                blocks.add(e);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : blocks) {
            if (hasCandidateAncestor(block, container, candidates)) {
                continue;
            }
            String text = Text.normalizeSpace(block.text());
            if (!text.isEmpty() && !boilerplate.isBoilerplate(text) && !isLinkList(block, text)) {
                paragraphs.add(text);
            }
        }
        return paragraphs.isEmpty() ? blockText(container) : paragraphs;
    }

    private static boolean hasCandidateAncestor(Element e, Element container, Set<Element> candidates) {
        for (Element a = e.parent(); a != null && a != container; a = a.parent()) {
            if (candidates.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** A short block whose text is all link text: "Read also: ...", a list of related stories. */
    private static boolean isLinkList(Element block, String text) {
        if (text.length() > MAX_LINK_LIST_CHARS) {
            return false;
        }
        int linkChars = 0;
        for (Element a : block.select("a")) {
            linkChars += Text.normalizeSpace(a.text()).length();
        }
        return linkChars > 0 && linkChars >= 0.8 * text.length();
    }

    /** Fallback for pages without paragraph markup: the container's text cut at block elements and {@code <br>}. */
    private List<String> blockText(Element container) {
        StringBuilder raw = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    raw.append(textNode.getWholeText());
                } else if (node instanceof Element element && (element.nameIs("br") || element.isBlock())) {
                    raw.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    raw.append('\n');
                }
            }
        }, container);
        List<String> paragraphs = new ArrayList<>();
        for (String line : Text.lines(raw.toString())) {
            String text = Text.normalizeSpace(line);
            if (!text.isEmpty() && !boilerplate.isBoilerplate(text)) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }
}
