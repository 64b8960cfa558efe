package org.balancingact.data;

import java.nio.file.Path;

/**
 * The one entry point for opening a timeline file, whatever its format: the app's File ▸ Open,
 * {@code --data FILE} and {@code --check FILE} all go through here, so they accept and refuse exactly
 * the same files. Today it reads the native format; importers plug in here.
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
        // the synthetic benchmark format of shared/bench/vis-timeline (see SyntheticReader)
        if (SyntheticReader.recognises(file)) {
            return new SyntheticReader().read(file);
        }
        return reader.read(file);
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
