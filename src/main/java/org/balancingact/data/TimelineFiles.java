package org.balancingact.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.balancingact.model.Timeline;

/**
 * The one entry point for opening a timeline file, whatever its format: the app's File ▸ Open,
 * {@code --data FILE} and {@code --check FILE} all go through here, so they accept and refuse exactly
 * the same files. The format is recognised from the content (and the extension for tables); every format
 * is turned into model objects and goes through the same checks and the same problem list.
 *
 * <p>Every reader can be driven from bytes alone ({@link #read(String, byte[], ImportOptions)},
 * {@link #previewTable}), which is what the fuzz targets call.
 */
public final class TimelineFiles {
    private final TimelineReader reader;
    /**
     * The text the last table preview decoded, kept for the read of the same bytes that follows it:
     * File ▸ Open hands the one array it read to {@link #previewTable} and then to {@link #read}, and a
     * 20 MB file need not be decoded twice. Known by the array itself (not its content: the callers never
     * change a file's bytes after reading them), the name and the options; soft, so it never keeps memory
     * the app needs, and dropped by the read.
     */
    private volatile java.lang.ref.SoftReference<Decoded> lastPreviewed;

    private record Decoded(byte[] bytes, String fileName, Optional<java.nio.charset.Charset> encoding, boolean mayGuess,
                           TimelineReader.Text text) {
    }

    public TimelineFiles() {
        this(new TimelineReader(maxBytesFromSettings()));
    }

    public TimelineFiles(TimelineReader reader) {
        this.reader = reader;
    }

    public ReadResult read(Path file) {
        return read(file, ImportOptions.NONE);
    }

    /** @param options what the user said about an imported file (columns, encoding, date order) */
    public ReadResult read(Path file, ImportOptions options) {
        // the synthetic benchmark format of shared/bench/vis-timeline is streamed from disk (see SyntheticReader)
        if (SyntheticReader.recognises(file)) {
            return new SyntheticReader().read(file);
        }
        TimelineReader.FileBytes loaded = reader.load(file);
        return loaded.failure() != null ? loaded.failure() : read(file.toString(), loaded.bytes(), options);
    }

    /** A file's bytes, or why there are none (missing, unreadable, too large): what the app reads before it asks. */
    public record Loaded(byte[] bytes, ReadResult.Failed failure) {
    }

    public Loaded load(Path file) {
        TimelineReader.FileBytes loaded = reader.load(file);
        return new Loaded(loaded.bytes(), loaded.failure());
    }

    /** Reads bytes as if they came from a file of that name (the name decides nothing but tables). */
    public ReadResult read(String fileName, byte[] bytes) {
        return read(fileName, bytes, ImportOptions.NONE);
    }

    public ReadResult read(String fileName, byte[] bytes, ImportOptions options) {
        boolean mayBeTable = mayBeTable(fileName, bytes);
        TimelineReader.Text text = previewed(bytes, fileName, options.encoding(), mayBeTable);
        lastPreviewed = null;
        if (text == null) {
            text = reader.decode(fileName, bytes, options.encoding(), mayBeTable);
        }
        if (text.failure() != null) {
            return text.failure();
        }
        // one line per format, most specific first
        if (isTable(fileName, text.text())) {
            return TableImport.read(fileName, text.text(), options, text.encoding().name(), fileWarnings(fileName, text, bytes));
        }
        if (text.guess() != null) {
            // not a table after all: JSON is UTF-8, and the file is refused where its first bad byte is
            return reader.decode(fileName, bytes, options.encoding(), false).failure();
        }
        // TimelineJS is streamed slide by slide (a file of our own format stops it at its "format" field)
        byte[] utf8 = text.encoding() == java.nio.charset.StandardCharsets.UTF_8 ? bytes : null;
        Optional<ReadResult> timelineJs = TimelineJsImport.stream(fileName, text.text(), utf8, reader);
        if (timelineJs.isPresent()) {
            return timelineJs.get();
        }
        // a large native file without problems is streamed; any other goes the ordinary way below
        Optional<Timeline> streamed = reader.readStreamed(text.text());
        if (streamed.isPresent()) {
            return new ReadResult.Loaded(streamed.get());
        }
        TimelineReader.Parsed parsed = reader.parse(fileName, text.text());
        if (parsed.failure() != null) {
            return parsed.failure();
        }
        if (TimelineJsImport.recognises(parsed.root())) {
            return TimelineJsImport.read(fileName, parsed.text(), utf8, parsed.root(), reader);
        }
        return reader.readTree(fileName, parsed.text(), parsed.root());
    }

    /**
     * A table as it would be read with {@code options}, its first rows included: what the app shows in
     * its column dialog, and how it knows whether it must ask. Empty when the bytes are not a table.
     */
    public Optional<TablePreview> previewTable(String fileName, byte[] bytes, ImportOptions options) {
        if (!mayBeTable(fileName, bytes)) {
            return Optional.empty();
        }
        TimelineReader.Text text = previewed(bytes, fileName, options.encoding(), true);
        if (text == null) {
            text = reader.decode(fileName, bytes, options.encoding(), true);
            lastPreviewed = new java.lang.ref.SoftReference<>(new Decoded(bytes, fileName, options.encoding(), true, text));
        }
        if (text.failure() != null) {
            if (!hasTableName(fileName)) {
                return Optional.empty();
            }
            return Optional.of(TablePreviews.of(fileName, bytes, null, text.encoding().name(), false, options,
                    text.failure().problems()));
        }
        if (!isTable(fileName, text.text())) {
            return Optional.empty();
        }
        return Optional.of(TablePreviews.of(fileName, bytes, text.text(), text.encoding().name(), text.guess() != null,
                options, List.of()));
    }

    public ReadResult readBundled() {
        return reader.readBundled();
    }

    /** The bundled dataset checked as a user's file is, schema included: what the image's smoke test proves. */
    public ReadResult readBundledAsAUsersFile() {
        return reader.readBundled(true);
    }

    /** The text {@link #previewTable} decoded from this very array in the same way, or null. */
    private TimelineReader.Text previewed(byte[] bytes, String fileName, Optional<java.nio.charset.Charset> encoding,
                                          boolean mayGuess) {
        java.lang.ref.SoftReference<Decoded> kept = lastPreviewed;
        Decoded last = kept == null ? null : kept.get();
        return last != null && last.bytes() == bytes && last.fileName().equals(fileName) && last.encoding().equals(encoding)
                && last.mayGuess() == mayGuess ? last.text() : null;
    }

    /** What is said about a table's text as a whole: a guessed encoding, text garbled before it came here. */
    private static List<Problem> fileWarnings(String fileName, TimelineReader.Text text, byte[] bytes) {
        List<Problem> warnings = new ArrayList<>(2);
        if (text.guess() != null) {
            warnings.add(text.guess());
        }
        // a text decoded as UTF-8 (not guessed: a guess is a single-byte encoding) is looked for in its bytes first
        boolean utf8 = text.guess() == null && text.encoding() == java.nio.charset.StandardCharsets.UTF_8;
        Problem garbled = Mojibake.warning(fileName, text.text(), utf8 ? bytes : null);
        if (garbled != null) {
            warnings.add(garbled);
        }
        return warnings;
    }

    private static boolean hasTableName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab");
    }

    /** Before decoding: a table's name, or bytes that do not start like JSON (which is never guessed at). */
    private static boolean mayBeTable(String fileName, byte[] bytes) {
        if (hasTableName(fileName)) {
            return true;
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
                    && (b & 0xFF) != 0xBF && (b & 0xFF) != 0xFE && (b & 0xFF) != 0xFF && b != 0) {
                return b != '{' && b != '[';
            }
        }
        return false;
    }

    /** A .csv/.tsv name, or (not a .json name) text whose first line is not JSON and has a separator. */
    static boolean isTable(String fileName, String text) {
        if (hasTableName(fileName)) {
            return true;
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        String stripped = text.stripLeading();
        if (stripped.startsWith("{") || stripped.startsWith("[") || stripped.startsWith("\uFEFF{")) {
            return false;
        }
        int end = stripped.indexOf('\n');
        String first = end < 0 ? stripped : stripped.substring(0, end);
        return first.indexOf(',') >= 0 || first.indexOf(';') >= 0 || first.indexOf('\t') >= 0;
    }

    /** The size limit: 256 MB unless {@code -Dbalancingact.maxFileMegabytes=N} says otherwise. */
    static long maxBytesFromSettings() {
        long megabytes = Long.getLong("balancingact.maxFileMegabytes", TimelineReader.DEFAULT_MAX_BYTES / (1024 * 1024));
        return megabytes * 1024 * 1024;
    }
}
