package org.balancingact.shell.handout;

import org.balancingact.model.HistoricalDate;

/**
 * One event as the figure draws it: its label (the title in the interface language), its date with all
 * its uncertainty, the lane it goes in, and whether it is a key event (its label is set in bold).
 */
public record FigureItem(String id, String label, HistoricalDate when, String lane, boolean key) {
}
