package org.balancingact.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.balancingact.i18n.Messages;

/**
 * Turns a file's bytes into text the way editors save it: UTF-8 with or without a byte-order mark,
 * or UTF-16 with one. Anything else is refused with the position of the first bad byte rather than
 * silently turned into replacement characters (which would break verbatim quotes).
 */
final class TextDecoding {
    record Decoded(String text, Problem problem) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (looksBinary(bytes)) {
            return new Decoded(null, Problem.at("",
                    Messages.get("data.binary"), Messages.get("data.binary.hint")));
        }
        return strict(bytes, 0, StandardCharsets.UTF_8);
    }

    private static Decoded strict(byte[] bytes, int offset, java.nio.charset.Charset charset) {
        if (charset == StandardCharsets.UTF_8) {
            // String's own decoder is several times faster on a large file, but replaces bad bytes with
            // U+FFFD: with none in the result every byte was good UTF-8; otherwise the strict decoder
            // below finds whether one was bad (and where), or the file simply contains that character
            String text = new String(bytes, offset, bytes.length - offset, charset);
            if (text.indexOf('\uFFFD') < 0) {
                return new Decoded(text, null);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = decoder.decode(in);
            return new Decoded(chars.toString(), null);
        } catch (MalformedInputException bad) {
            int badByte = in.position();
            return invalidAt(bytes, offset, badByte, charset);
        } catch (CharacterCodingException bad) {
            return invalidAt(bytes, offset, in.position(), charset);
        }
    }

    private static Decoded invalidAt(byte[] bytes, int start, int badByte, java.nio.charset.Charset charset) {
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
        return new Decoded(null, problem);
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
