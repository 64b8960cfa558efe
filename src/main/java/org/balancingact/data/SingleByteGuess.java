package org.balancingact.data;

import java.nio.charset.Charset;

/**
 * Guesses whether a table that is not UTF-8 was saved as Windows-1251 (Cyrillic) or Windows-1252
 * (Western European), the two encodings spreadsheets on Windows save in most for this app's users.
 * Cyrillic words are made of bytes above 127 only, so such bytes come in runs; in French or German
 * text an accented letter mostly stands alone between ASCII letters. The guess is always said (a
 * warning names the encoding and how to choose the other).
 */
final class SingleByteGuess {
    private SingleByteGuess() {
    }

    static Charset of(byte[] bytes) {
        long inRuns = 0;
        long alone = 0;
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0x80) == 0) {
                continue;
            }
            boolean before = i > 0 && (bytes[i - 1] & 0x80) != 0;
            boolean after = i + 1 < bytes.length && (bytes[i + 1] & 0x80) != 0;
            if (before || after) {
                inRuns++;
            } else {
                alone++;
            }
            // 0x98 is the one byte Windows-1251 leaves undefined
            if ((bytes[i] & 0xFF) == 0x98) {
                return TextDecoding.WINDOWS_1252;
            }
        }
        return inRuns > alone ? TextDecoding.WINDOWS_1251 : TextDecoding.WINDOWS_1252;
    }
}
