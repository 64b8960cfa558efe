package org.balancingact.shell.handout;

/**
 * A record of one event's mark in the figure, kept like {@link DrawnText} so that a test can check that
 * each label sits beside (or above) its own mark.
 *
 * @param label  the label drawn for it (title and qualifier)
 * @param middle the mark's vertical middle, in points down from the page's top
 */
public record DrawnMark(int page, String eventId, String label, float x0, float x1, float middle) {
}
