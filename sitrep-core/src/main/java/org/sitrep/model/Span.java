package org.sitrep.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into {@link Article#text()}.
 *
 * @param start first char offset, {@code >= 0}
 * @param end offset one past the last char, {@code >= start}
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, was [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The covered text; throws if the span runs past {@code text}. */
    public String of(String text) {
        requireWithin(text.length());
        return text.substring(start, end);
    }

    /** Throws {@link IllegalArgumentException} if this span ends past a text of {@code textLength} chars. */
    public Span requireWithin(int textLength) {
        if (end > textLength) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") runs past a text of length " + textLength);
        }
        return this;
    }
}
