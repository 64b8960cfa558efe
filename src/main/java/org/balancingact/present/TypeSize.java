package org.balancingact.present;

/** The window's type scale, as presenting needs it: read it, set it (150 % or more while presenting), put it back. */
public interface TypeSize {
    int getPercent();

    void setPercent(int percent);
}
