package org.balancingact.data;

import java.nio.file.Path;

/**
 * The one entry point for opening a timeline file, whatever its format: the app's File ▸ Open,
 * {@code --data FILE} and {@code --check FILE} all go through here, so they accept and refuse exactly
 * the same files. The format is recognised from the content (and the extension for CSV); every format
 * is turned into model objects and goes through the same checks and the same problem list.
 */
public final class TimelineFiles {
    private final TimelineReader reader;

    public TimelineFiles() {
        this(new TimelineReader(maxBytesFromSettings()));
    }

    public TimelineFiles(TimelineReader reader) {
        this.reader = reader;
    }

    public ReadResult read(Path file) {
        // the synthetic benchmark format of shared/bench/vis-timeline is streamed from disk (see SyntheticReader)
        if (SyntheticReader.recognises(file)) {
            return new SyntheticReader().read(file);
        }
        TimelineReader.FileBytes loaded = reader.load(file);
        return loaded.failure() != null ? loaded.failure() : read(file.toString(), loaded.bytes());
    }

    /** Reads bytes as if they came from a file of that name (the name decides nothing but CSV). */
    public ReadResult read(String fileName, byte[] bytes) {
        TimelineReader.Text text = reader.decode(fileName, bytes);
        if (text.failure() != null) {
            return text.failure();
        }
        // one line per format, most specific first
        if (CsvImport.recognises(fileName, text.text())) {
            return CsvImport.read(fileName, text.text());
        }
        // a large native file without problems is streamed; any other goes the ordinary way below
        java.util.Optional<org.balancingact.model.Timeline> streamed = reader.readStreamed(text.text());
        if (streamed.isPresent()) {
            return new ReadResult.Loaded(streamed.get());
        }
        TimelineReader.Parsed parsed = reader.parse(fileName, text.text());
        if (parsed.failure() != null) {
            return parsed.failure();
        }
        if (TimelineJsImport.recognises(parsed.root())) {
            return TimelineJsImport.read(fileName, parsed.text(), parsed.root(), reader);
        }
        return reader.readTree(fileName, parsed.text(), parsed.root());
    }

    public ReadResult readBundled() {
        return reader.readBundled();
    }

    /** The size limit: 256 MB unless {@code -Dbalancingact.maxFileMegabytes=N} says otherwise. */
    static long maxBytesFromSettings() {
        long megabytes = Long.getLong("balancingact.maxFileMegabytes", TimelineReader.DEFAULT_MAX_BYTES / (1024 * 1024));
        return megabytes * 1024 * 1024;
    }
}
