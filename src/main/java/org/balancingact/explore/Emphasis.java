package org.balancingact.explore;

/** How a view draws one item given the current selection; each maps to a CSS pseudo-class. */
public enum Emphasis {
    /** Nothing is selected: everything is drawn plainly. */
    NORMAL,
    SELECTED,
    RELATED,
    DIMMED
}
