package org.balancingact.model;

/**
 * A refused date text. The message says in plain words what is wrong, {@link #hint()} how to write it
 * instead, and {@link #offset()} where in the text the problem starts, so an editor can point at it.
 */
public class DateFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String hint;
    private final int offset;

    /**
     * @param hint   how to fix the text; {@code null} is read as no hint
     * @param offset 0-based character offset of the problem in the text; negative values are read as 0
     */
    public DateFormatException(String message, String hint, int offset) {
        super(message);
        this.hint = hint == null ? "" : hint;
        this.offset = Math.max(0, offset);
    }

    public String hint() {
        return hint;
    }

    public int offset() {
        return offset;
    }
}
