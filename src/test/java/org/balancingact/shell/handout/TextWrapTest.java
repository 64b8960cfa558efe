package org.balancingact.shell.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Text set in lines that fit, measured in the font the handout embeds. */
class TextWrapTest {
    private static HandoutFonts fonts;

    @BeforeAll
    static void load() throws IOException {
        fonts = HandoutFonts.load();
    }

    @Test
    void everyLineFitsAndNoWordIsLost() {
        BaseFont font = fonts.regular();
        String text = "Минск принимает послание «провозглашённого пацифизма», а Лукашенко обещает не посылать войска в Украину.";
        List<String> lines = TextWrap.wrap(text, font, 9, 120);
        assertTrue(lines.size() > 1);
        for (String line : lines) {
            assertTrue(font.getWidthPoint(line, 9) <= 120, "fits: " + line);
        }
        assertEquals(text, String.join(" ", lines), "only spaces are where lines break");
    }

    @Test
    void aWordLongerThanTheLineIsBrokenWhereItMust() {
        String url = "https://example.org/a/very/long/address/that/no/column/can/hold/in/one/line";
        List<String> lines = TextWrap.wrap(url, fonts.regular(), 9, 80);
        assertTrue(lines.size() > 1);
        assertEquals(url, String.join("", lines));
        lines.forEach(l -> assertTrue(fonts.regular().getWidthPoint(l, 9) <= 80, l));
    }

    @Test
    void fitShortensWithAnEllipsisOnlyWhenItMust() {
        assertEquals("Russia invades Ukraine", TextWrap.fit("Russia invades Ukraine", fonts.regular(), 9, 500));
        String cut = TextWrap.fit("Russia invades Ukraine", fonts.regular(), 9, 50);
        assertTrue(cut.endsWith("…") && fonts.regular().getWidthPoint(cut, 9) <= 50, cut);
    }

    @Test
    void theFontsDrawBelarusianRussianAndUkrainianLetters() {
        assertEquals("", fonts.missingGlyphs("Ўў Іі Її Єє Ґґ Ёё ’ʼ «» „“ ≈ → — – …"),
                "every letter of the three alphabets and the handout's symbols has a glyph");
        assertEquals("\u4e2d", fonts.missingGlyphs("a\u4e2d"), "a character the font lacks is reported");
    }
}
