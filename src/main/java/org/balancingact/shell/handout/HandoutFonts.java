package org.balancingact.shell.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;

/**
 * The two fonts every handout embeds: DejaVu Sans Condensed, regular and bold, shipped as resources of
 * this module (DejaVu-LICENSE.txt beside them). The jlink image has no fonts of its own and a student's
 * machine may have none with Cyrillic, so nothing is read from system font paths. Condensed, because a
 * handout of a few pages has much to say; DejaVu, because it covers Belarusian, Russian and Ukrainian
 * (ў, і, ї, є, ґ, the apostrophes) and the few symbols used (≈, –, “ ”).
 */
public final class HandoutFonts {
    private final BaseFont regular;
    private final BaseFont bold;

    private HandoutFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Reads the fonts; each document gets its own instances (OpenPDF subsets what a document uses). */
    public static HandoutFonts load() throws IOException {
        return new HandoutFonts(font("DejaVuSansCondensed.ttf"), font("DejaVuSansCondensed-Bold.ttf"));
    }

    private static BaseFont font(String file) throws IOException {
        byte[] bytes;
        try (InputStream in = HandoutFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException("the handout's font " + file + " is missing from the application");
            }
            bytes = in.readAllBytes();
        }
        try {
            // Identity-H: any Unicode character the font has, with a ToUnicode map so text can be copied
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException e) {
            throw new IOException("the handout's font " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    public BaseFont of(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The characters of {@code text} that neither font can draw (they would print as empty boxes). */
    public String missingGlyphs(String text) {
        StringBuilder missing = new StringBuilder();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && (!regular.charExists(c) || !bold.charExists(c)))
                .distinct()
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }
}
