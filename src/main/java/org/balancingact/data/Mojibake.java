package org.balancingact.data;

import org.balancingact.i18n.Messages;

/**
 * Finds text that was garbled before the file reached the app: UTF-8 once read as Windows-1252
 * ({@code "Ã©"} for {@code "é"}, {@code "â€™"} for {@code "’"}) or as Windows-1251 ({@code "Р°Р±"} for
 * {@code "аб"}), and replacement characters ({@code "�"}) left where letters were lost. The app shows
 * such text as it is, never "repaired" by a guess, but says so in one warning for the file.
 */
final class Mojibake {
    /** How Windows-1252 shows the bytes 0x80–0xBF, the continuation bytes of UTF-8. */
    private static final String CONTINUATION_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
    /** How Windows-1251 shows the bytes 0x80–0xBF. */
    private static final String CONTINUATION_1251 = "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕї";

    private static final int CHUNK = 8192;
    /** How far past a char garbledAt looks. */
    private static final int LOOKAHEAD = 3;

    /** Where the first garbled spot is (a char index), what it looks like, and how many there are. */
    record Found(int index, String sample, int count) {
    }

    /** Eight bytes at a time, for {@link #mayBeInUtf8}. */
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Mojibake() {
    }

    /**
     * Whether the UTF-8 encoding of a garbled spot's first character can be found in {@code utf8}: false
     * means the text decoded from these bytes has none, so {@link #find} would find nothing. Every such
     * character is two or three bytes: Â Ã Ð Ñ â are C3 82/83/90/91/A2, Р С are D0 A0/A1, and U+FFFD is
     * EF BF BD (a strictly decoded text has no other). The bytes are looked at eight at a time, and only
     * words with a byte above 0x7F one by one: a 20 MB file of mostly ASCII takes a few milliseconds,
     * where scanning its text char by char took about 50 at the launcher's C1 level.
     */
    static boolean mayBeInUtf8(byte[] utf8) {
        int n = utf8.length;
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            if (((long) LONGS.get(utf8, i) & HIGH_BITS) != 0 && startsAnyIn(utf8, i, i + Long.BYTES)) {
                return true;
            }
        }
        return startsAnyIn(utf8, i, n);
    }

    private static boolean startsAnyIn(byte[] b, int from, int to) {
        for (int j = from; j < to; j++) {
            int c = b[j] & 0xFF;
            if (c < 0xC3 || j + 1 >= b.length) {
                continue;
            }
            int next = b[j + 1] & 0xFF;
            if (c == 0xC3 && (next == 0x82 || next == 0x83 || next == 0x90 || next == 0x91 || next == 0xA2)
                    || c == 0xD0 && (next == 0xA0 || next == 0xA1)
                    || c == 0xEF && next == 0xBF && j + 2 < b.length && (b[j + 2] & 0xFF) == 0xBD) {
                return true;
            }
        }
        return false;
    }

    static Found find(String text) {
        int first = -1;
        int count = 0;
        int n = text.length();
        // The whole file's text is scanned, often 20 MB or more: in chunks copied to a char array, as
        // String.charAt on non-Latin-1 text is a checked call per char at the launcher's C1 level.
        // A chunk holds LOOKAHEAD chars more than it scans, so garbledAt sees what it would see in the text.
        char[] chunk = new char[Math.min(n, CHUNK) + LOOKAHEAD];
        int chunkStart = 0;
        int chunkEnd = 0;
        for (int i = 0; i < n; i++) {
            if (i >= chunkEnd || i - chunkStart >= CHUNK) {
                chunkStart = i;
                chunkEnd = Math.min(n, i + CHUNK + LOOKAHEAD);
                text.getChars(chunkStart, chunkEnd, chunk, 0);
            }
            char c = chunk[i - chunkStart];
            if (c < 0xC2) {
                continue; // the common case: nothing below 'Â' starts a garbled pair
            }
            int length = garbledAt(chunk, i - chunkStart, chunkEnd - chunkStart, c);
            if (length > 0) {
                if (first < 0) {
                    first = i;
                }
                count++;
                i += length - 1;
            }
        }
        if (first < 0) {
            return null;
        }
        int end = Math.min(n, first + 4);
        return new Found(first, text.substring(first, end).strip(), count);
    }

    /**
     * The length of a garbled sequence starting at {@code i} of {@code text}, which holds {@code length}
     * chars (at least {@link #LOOKAHEAD} after {@code i} unless the text ends sooner), or 0.
     */
    private static int garbledAt(char[] text, int i, int length, char c) {
        if (c == '\uFFFD') {
            return 1;
        }
        char next = i + 1 < length ? text[i + 1] : 0;
        if (c == 'â' && next == '€') {
            return 2;
        }
        if ((c == 'Ã' || c == 'Â' || c == 'Ð' || c == 'Ñ') && isLatinContinuation(next)) {
            return 2;
        }
        // "Р°" alone can be Ukrainian ("Рі"): two garbled pairs in a row are needed for Cyrillic
        if ((c == 'Р' || c == 'С') && CONTINUATION_1251.indexOf(next) >= 0 && i + 3 < length
                && (text[i + 2] == 'Р' || text[i + 2] == 'С') && CONTINUATION_1251.indexOf(text[i + 3]) >= 0) {
            return 4;
        }
        return 0;
    }

    private static boolean isLatinContinuation(char c) {
        return c >= '\u00A0' && c <= '\u00BF' || c != 0 && CONTINUATION_1252.indexOf(c) >= 0;
    }

    /** One warning for the whole text, located at its first garbled spot; null when the text is clean. */
    static Problem warning(String fileName, String text) {
        return warning(fileName, text, null);
    }

    /**
     * The same, for a text decoded as UTF-8 from {@code utf8} (a byte-order mark may lead; null when the
     * text came another way): the bytes are looked at first, and the text only when they may hold one.
     */
    static Problem warning(String fileName, String text, byte[] utf8) {
        if (utf8 != null && !mayBeInUtf8(utf8)) {
            return null;
        }
        Found found = find(text);
        if (found == null) {
            return null;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < found.index(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Problem(fileName, line, found.index() - lineStart + 1, "",
                Messages.get("data.mojibake", found.sample(), found.count()),
                Messages.get("data.mojibake.hint"), Problem.Severity.WARNING);
    }
}
