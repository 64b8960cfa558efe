package org.balancingact.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.balancingact.i18n.Messages;

/**
 * Turns a file's bytes into text the way editors save it: UTF-8 with or without a byte-order mark,
 * or UTF-16 with one. A file in another encoding is read in the encoding the user names
 * ({@code --encoding}, the column dialog); a table that is not UTF-8 and for which none is named is
 * read in a guessed single-byte encoding (Windows-1251 or Windows-1252), always with a warning that
 * names it. Nothing else is decoded silently into replacement characters (they would break verbatim
 * quotes): such a file is refused with the position of the first bad byte.
 */
final class TextDecoding {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The text, or the problem that stopped decoding. {@code encoding} is the charset used;
     * {@code guess} is the warning said when it was guessed (else null).
     */
    record Decoded(String text, Problem problem, Charset encoding, Problem guess) {
        Decoded(String text, Problem problem) {
            this(text, problem, StandardCharsets.UTF_8, null);
        }
    }

    private TextDecoding() {
    }

    /** Strict: a BOM's encoding, else UTF-8 (the project's own format and every JSON file). */
    static Decoded decode(byte[] bytes) {
        return decode(bytes, Optional.empty(), false);
    }

    /**
     * @param chosen  the encoding the user named; a byte-order mark still wins, since it cannot be wrong
     * @param mayGuess whether a file that is not UTF-8 may be read in a guessed single-byte encoding
     */
    static Decoded decode(byte[] bytes, Optional<Charset> chosen, boolean mayGuess) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (chosen.isPresent()) {
            return strict(bytes, 0, chosen.get()); // named by the user: UTF-16 without a mark has zero bytes
        }
        if (looksBinary(bytes)) {
            return new Decoded(null, Problem.at("", Messages.get("data.binary"), Messages.get("data.binary.hint")));
        }
        Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.problem() == null || !mayGuess) {
            return utf8;
        }
        Charset guessed = SingleByteGuess.of(bytes);
        Decoded single = strict(bytes, 0, guessed);
        if (single.problem() != null) {
            guessed = guessed.equals(WINDOWS_1251) ? WINDOWS_1252 : WINDOWS_1251;
            single = strict(bytes, 0, guessed);
        }
        if (single.problem() != null) {
            return utf8;
        }
        Problem firstBadByte = utf8.problem();
        String other = guessed.equals(WINDOWS_1251) ? WINDOWS_1252.name() : WINDOWS_1251.name();
        Problem warning = new Problem("", firstBadByte.line(), firstBadByte.column(), "",
                Messages.get("data.encoding.guessed", guessed.name(), Messages.get("data.encoding.script." + guessed.name())),
                Messages.get("data.encoding.guessed.hint", other), Problem.Severity.WARNING);
        return new Decoded(single.text(), null, guessed, warning);
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset) {
        if (charset == StandardCharsets.UTF_8) {
            // String's own decoder is several times faster on a large file, but replaces bad bytes with
            // U+FFFD: with none in the result every byte was good UTF-8; otherwise the strict decoder
            // below finds whether one was bad (and where), or the file simply contains that character
            String text = new String(bytes, offset, bytes.length - offset, charset);
            if (text.indexOf('\uFFFD') < 0) {
                return new Decoded(text, null, charset, null);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = decoder.decode(in);
            return new Decoded(chars.toString(), null, charset, null);
        } catch (CharacterCodingException bad) {
            return invalidAt(bytes, offset, in.position(), charset);
        }
    }

    private static Decoded invalidAt(byte[] bytes, int start, int badByte, Charset charset) {
        // count lines and columns over the valid prefix so the author can find the spot
        String prefix = new String(bytes, start, Math.max(0, badByte - start), charset);
        int line = 1;
        int column = 1;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        Problem problem = new Problem("", line, column, "",
                Messages.get("data.badEncoding", charset.displayName(), Long.toString(badByte + 1L)),
                Messages.get("data.badEncoding.hint"));
        return new Decoded(null, problem, charset, null);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
