package org.balancingact.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.balancingact.data.AtomicWrite;
import org.balancingact.shell.handout.HandoutFonts;
import org.balancingact.shell.handout.PageFlow;

/**
 * Writes a handout as a PDF: text and figure as vectors in embedded fonts (DejaVu Sans Condensed, so
 * Cyrillic prints wherever the app runs), sharp at any printer's resolution, and its text can be
 * searched and copied. Needs no JavaFX, so it runs on any thread.
 */
public final class HandoutPdf {
    private HandoutPdf() {
    }

    /** Lays out and writes the handout; returns the number of pages. */
    public static int write(Handout handout, HandoutPages.Paper paper, Path file) throws IOException {
        HandoutFonts fonts = HandoutFonts.load();
        PageFlow flow = HandoutPages.layout(handout, paper, fonts);
        int pages = flow.pages().size();
        float width = flow.contentWidth();
        AtomicWrite.write(file, out -> flow.writeTo(out, handout.title(),
                page -> HandoutPages.footer(handout, fonts, width, page, pages)), List.of());
        return pages;
    }
}
