package org.balancingact.data;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Objects;
import java.util.Optional;
import org.balancingact.i18n.Messages;

/**
 * What the user told the app about a file it imports: the columns ({@code --columns} or the dialog), the
 * encoding of a file that is not UTF-8 ({@code --encoding}), and the order of non-ISO dates
 * ({@code --date-format}). Anything not told is recognised from the file, with a note or a warning.
 */
public record ImportOptions(Optional<ColumnMapping> columns, Optional<Charset> encoding, Optional<DateOrder> dateOrder) {
    public static final ImportOptions NONE = new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty());

    public ImportOptions {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(dateOrder, "dateOrder");
    }

    public ImportOptions withColumns(ColumnMapping mapping) {
        return new ImportOptions(Optional.of(mapping), encoding, dateOrder);
    }

    public ImportOptions withEncoding(Charset charset) {
        return new ImportOptions(columns, Optional.of(charset), dateOrder);
    }

    public ImportOptions withDateOrder(DateOrder order) {
        return new ImportOptions(columns, encoding, Optional.of(order));
    }

    /**
     * The charset of {@code --encoding NAME}: {@code windows-1251}, {@code windows-1252}, {@code UTF-8}…
     *
     * @throws IllegalArgumentException with a message for the user when Java knows no such encoding
     */
    public static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new IllegalArgumentException(Messages.get("data.encoding.unknown", name.trim()));
        }
    }

    /**
     * The options as one line ({@code columns=...;encoding=...;dates=...}), the form in which the app
     * remembers what it was told for a header row; {@link #fromLine} reads it back.
     */
    public String toLine() {
        StringBuilder line = new StringBuilder();
        columns.ifPresent(c -> line.append("columns=").append(c.format()));
        encoding.ifPresent(e -> line.append(line.length() > 0 ? ";" : "").append("encoding=").append(e.name()));
        dateOrder.ifPresent(d -> line.append(line.length() > 0 ? ";" : "").append("dates=").append(d.name()));
        return line.toString();
    }

    /** Reads {@link #toLine}; whatever part is damaged is left out rather than failing. */
    public static ImportOptions fromLine(String line) {
        ImportOptions options = NONE;
        for (String part : line.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String value = part.substring(eq + 1);
            try {
                switch (part.substring(0, eq)) {
                    case "columns" -> options = options.withColumns(ColumnMapping.parse(value));
                    case "encoding" -> options = options.withEncoding(charsetNamed(value));
                    case "dates" -> options = DateOrder.named(value).map(options::withDateOrder).orElse(options);
                    default -> { }
                }
            } catch (IllegalArgumentException damaged) {
                // a remembered setting that no longer reads is simply not used
            }
        }
        return options;
    }
}
