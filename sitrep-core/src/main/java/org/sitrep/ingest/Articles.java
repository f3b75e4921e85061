package org.sitrep.ingest;

import org.sitrep.model.Article;

import java.time.LocalDate;

/** The one place where readers turn what they found into an {@link Article}, so ids and defaults agree across formats. */
final class Articles {
    private Articles() {}

    /**
     * @param url an http(s) URL already checked with {@link Urls#httpUrlOrNull}, or null
     * @param source outlet name, or null: then the URL's host
     * @param language a resolved language code, never blank
     * @param text normalized body text (see {@link Text#joinParagraphs}), non-empty
     */
    static Article create(String url, String source, String title, LocalDate publishedOn, String language, String text) {
        String outlet = source != null && !source.isBlank() ? Text.normalizeSpace(source) : (url == null ? null : Urls.hostOf(url));
        String heading = title == null ? null : Text.normalizeSpace(title);
        return new Article(ArticleIds.of(url, text), url, outlet, heading, publishedOn, language, text);
    }

    /** A language stated by the input itself wins; otherwise the guesser decides. */
    static String language(String declared, String text, LanguageGuesser guesser) {
        String primary = LanguageGuesser.primaryLanguage(declared);
        return primary != null ? primary : guesser.guess(text);
    }
}
