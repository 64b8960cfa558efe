package org.balancingact.shell.handout;

/**
 * A record of one piece of text drawn on a page, kept beside the PDF so that tests (and the layout
 * itself) can ask what was drawn where, in which size, without reading the PDF back.
 *
 * @param page    1-based page number
 * @param section the part of the handout ("figure-label", "chronology", ...)
 * @param x       left edge, in points from the page's left
 * @param y       baseline, in points down from the page's top
 * @param width   width of the text in its font and size
 */
public record DrawnText(int page, String section, String text, float size, boolean bold, float x, float y,
                        float width) {
}
