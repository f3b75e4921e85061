package org.sitrep.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Whitespace and paragraph normalization shared by the readers, so every format yields the same text shape. */
final class Text {
    private Text() {}

    /** Separator between paragraphs of {@link org.sitrep.model.Article#text()}. */
    static final String PARAGRAPH_BREAK = "\n\n";

    /**
     * NFC-normalizes {@code s}, drops invisible format characters (zero-width space, soft hyphen,
     * BOM, word joiner) so that "Is&shy;lamic" still matches "Islamic", turns every run of
     * whitespace and control characters into one space, replaces unpaired surrogates with U+FFFD,
     * and trims.
     */
    static String normalizeSpace(String s) {
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(n.length());
        boolean pendingSpace = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c) || Character.isISOControl(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n.length() && Character.isLowSurrogate(n.charAt(i + 1))) {
                out.append(c).append(n.charAt(++i));
            } else {
                // A lone surrogate (JSON can escape half a pair) cannot be encoded downstream; mark the loss visibly.
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        // isSpaceChar adds the no-break spaces (U+00A0, U+2007, U+202F) that isWhitespace leaves out.
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
    }

    /** True if {@code s} holds nothing but whitespace, control and invisible characters. */
    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c) && !isInvisible(c) && !Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** Splits on {@code \r\n}, {@code \r} and {@code \n}; a trailing line break does not add an empty line. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Normalizes each paragraph, drops empty ones and joins them with {@link #PARAGRAPH_BREAK}. */
    static String joinParagraphs(List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            String n = normalizeSpace(p);
            if (n.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(PARAGRAPH_BREAK);
            }
            out.append(n);
        }
        return out.toString();
    }

    /**
     * Groups lines into paragraphs. If any blank line occurs, blank lines separate paragraphs and
     * the lines of one paragraph are joined by a space (hard-wrapped text); otherwise every line is
     * its own paragraph (one paragraph per line, as many scrapers write). Lines for which
     * {@code drop} is true are removed first; they neither join nor separate paragraphs.
     */
    static List<String> paragraphs(List<String> lines, Predicate<String> drop) {
        List<String> kept = new ArrayList<>(lines.size());
        boolean anyBlank = false;
        for (String line : lines) {
            String n = normalizeSpace(line);
            if (n.isEmpty()) {
                anyBlank = true;
                kept.add("");
            } else if (!drop.test(n)) {
                kept.add(n);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : kept) {
            if (line.isEmpty() || !anyBlank) {
                flush(current, paragraphs);
            }
            if (!line.isEmpty()) {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(line);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    /** {@code s} cut to at most {@code max} chars, with an ellipsis when cut; for messages. */
    static String abbreviate(String s, int max) {
        String oneLine = normalizeSpace(s);
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }
}
