package org.sitrep.ingest;

import org.sitrep.model.Issue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes → text, or the reason why not. Order of decisions:
 * <ol>
 *   <li>no bytes → {@link IngestIssues#EMPTY};</li>
 *   <li>a byte-order mark selects UTF-8, UTF-16LE or UTF-16BE, decoded strictly
 *       (invalid → {@link IngestIssues#ENCODING});</li>
 *   <li>without a BOM, a NUL byte means binary ({@link IngestIssues#BINARY});</li>
 *   <li>strict UTF-8; if invalid, the charset the document declares (HTML meta) or else
 *       windows-1252 — the latter only when at most 30% of the bytes are non-ASCII, since real
 *       Western-European text is mostly ASCII and random bytes are not
 *       (otherwise {@link IngestIssues#ENCODING});</li>
 *   <li>decoded text with many control characters → {@link IngestIssues#BINARY};
 *       only whitespace → {@link IngestIssues#EMPTY}.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class TextDecoder {
    private TextDecoder() {}

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final double MAX_NON_ASCII_FOR_1252 = 0.30;

    /** Exactly one of {@code text} and {@code issue} is non-null. */
    record Decoding(String text, Issue issue) {
        static Decoding ok(String text) {
            return new Decoding(text, null);
        }

        static Decoding failed(String code, String message) {
            return new Decoding(null, new Issue(code, null, message));
        }

        boolean ok() {
            return issue == null;
        }
    }

    static Decoding decode(SourceDocument doc) {
        return decode(doc, null);
    }

    /**
     * @param declared the charset the document declares for itself, tried instead of
     *     windows-1252 when the bytes are not UTF-8; null if none
     */
    static Decoding decode(SourceDocument doc, Charset declared) {
        byte[] b = doc.bytes();
        String name = doc.name();
        if (b.length == 0) {
            return Decoding.failed(IngestIssues.EMPTY, name + ": empty file");
        }
        String text;
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            text = strict(StandardCharsets.UTF_8, b, 3);
            if (text == null) {
                return Decoding.failed(IngestIssues.ENCODING, name + ": starts with a UTF-8 byte-order mark but is not valid UTF-8");
            }
        } else if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
            Charset utf16 = b[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            text = strict(utf16, b, 2);
            if (text == null) {
                return Decoding.failed(IngestIssues.ENCODING, name + ": starts with a " + utf16.name() + " byte-order mark but is not valid " + utf16.name());
            }
        } else {
            if (indexOfNul(b) >= 0) {
                return Decoding.failed(IngestIssues.BINARY, name + ": binary content (NUL byte at offset " + indexOfNul(b) + "), not read");
            }
            text = strict(StandardCharsets.UTF_8, b, 0);
            if (text == null) {
                Charset fallback = declared != null ? declared : WINDOWS_1252;
                if (declared == null && nonAsciiRatio(b) > MAX_NON_ASCII_FOR_1252) {
                    return Decoding.failed(IngestIssues.ENCODING, name + ": not valid UTF-8, and too many non-ASCII bytes to be windows-1252 text");
                }
                text = strict(fallback, b, 0);
                if (text == null) {
                    return Decoding.failed(IngestIssues.ENCODING, name + ": neither valid UTF-8 nor valid " + fallback.name());
                }
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (looksBinary(text)) {
            return Decoding.failed(IngestIssues.BINARY, name + ": binary content (control characters), not read");
        }
        if (Text.isBlank(text)) {
            return Decoding.failed(IngestIssues.EMPTY, name + ": only whitespace");
        }
        return Decoding.ok(text);
    }

    /** Decoded text, or null if the bytes are malformed or unmappable in {@code charset}. */
    private static String strict(Charset charset, byte[] b, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static double nonAsciiRatio(byte[] b) {
        int n = Math.min(b.length, SAMPLE_CHARS);
        int high = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] < 0) {
                high++;
            }
        }
        return (double) high / n;
    }

    /**
     * A NUL, or at least 2 control characters making up over 2% of the first 64K chars. Tab, line
     * breaks, form feed and the DOS end-of-file mark (0x1A) are normal in text files and do not count.
     */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), SAMPLE_CHARS);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                controls++;
            }
        }
        return controls >= 2 && controls * 50 > n;
    }
}
