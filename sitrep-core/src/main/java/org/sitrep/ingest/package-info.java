/**
 * ingest: bytes → {@link org.sitrep.model.Article}. {@link org.sitrep.ingest.Ingest} reads files and
 * directories (recursively, in name order) and in-memory {@link org.sitrep.ingest.SourceDocument}s,
 * choosing by extension or sniffing among {@link org.sitrep.ingest.PlainTextReader} (with an optional
 * {@code URL:}/{@code Source:}/{@code Published:} header), {@link org.sitrep.ingest.HtmlReader} (main
 * text only, jsoup) and {@link org.sitrep.ingest.JsonLinesReader}, and streams WARC files
 * ({@code WarcFileReader}: HTML 200 responses, read by the HTML reader); it removes site boilerplate
 * (the readable list {@code boilerplate.txt}), decodes UTF-8, UTF-16 with BOM and windows-1252,
 * normalizes text to paragraphs separated by one blank line, gives each article a stable id
 * ({@link org.sitrep.ingest.ArticleIds}) and a language ({@link org.sitrep.ingest.LanguageGuesser}),
 * and reports every input it cannot read as an {@link org.sitrep.model.Issue} whose message names
 * the input ({@link org.sitrep.ingest.IngestIssues}), never as an exception. All classes are
 * immutable and thread-safe.
 */
package org.sitrep.ingest;
