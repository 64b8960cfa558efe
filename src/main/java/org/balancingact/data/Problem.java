package org.balancingact.data;

import java.util.Objects;

/**
 * One thing wrong with a file, located so an author can jump to it. Line and column are 1-based;
 * 0 means unknown (for example a file that cannot be read at all).
 */
public record Problem(String file, int line, int column, String pointer, String message, String hint) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        pointer = pointer == null ? "" : pointer;
        hint = hint == null ? "" : hint;
    }

    /** A problem at a JSON pointer whose line and column are filled in later. */
    static Problem at(String pointer, String message, String hint) {
        return new Problem("", 0, 0, pointer, message, hint);
    }

    Problem locatedAt(String fileName, int atLine, int atColumn) {
        return new Problem(fileName, atLine, atColumn, pointer, message, hint);
    }

    /** {@code file:line:column: message}, the form compilers use, so editors and CI logs link to it. */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ").append(message);
        if (!hint.isEmpty()) {
            text.append(" Hint: ").append(hint);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
