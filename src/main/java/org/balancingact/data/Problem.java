package org.balancingact.data;

import java.util.Objects;

/**
 * One thing wrong with a file, located so an author can jump to it. Line and column are 1-based;
 * 0 means unknown (for example a file that cannot be read at all). An {@link Severity#ERROR} stops the
 * file from opening; a {@link Severity#WARNING} is said, and the file opens.
 */
public record Problem(String file, int line, int column, String pointer, String message, String hint,
                      Severity severity) {
    /** Whether a problem stops the file from opening. */
    public enum Severity {
        ERROR, WARNING
    }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        pointer = pointer == null ? "" : pointer;
        hint = hint == null ? "" : hint;
        severity = severity == null ? Severity.ERROR : severity;
    }

    /** An error. */
    public Problem(String file, int line, int column, String pointer, String message, String hint) {
        this(file, line, column, pointer, message, hint, Severity.ERROR);
    }

    /** A problem at a JSON pointer whose line and column are filled in later. */
    static Problem at(String pointer, String message, String hint) {
        return new Problem("", 0, 0, pointer, message, hint);
    }

    /** A warning at a JSON pointer whose line and column are filled in later. */
    static Problem warningAt(String pointer, String message, String hint) {
        return new Problem("", 0, 0, pointer, message, hint, Severity.WARNING);
    }

    Problem locatedAt(String fileName, int atLine, int atColumn) {
        return new Problem(fileName, atLine, atColumn, pointer, message, hint, severity);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /**
     * {@code file:line:column: message}, the form compilers use, so editors and CI logs link to it;
     * a warning says so after the location ({@code file:line:column: warning: message}).
     */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (isWarning()) {
            text.append("warning: ");
        }
        text.append(message);
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
