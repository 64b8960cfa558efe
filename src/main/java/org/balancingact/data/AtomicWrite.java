package org.balancingact.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Writes a file so that it is either the old one or the whole new one, never half: the bytes go to a
 * temporary file in the same directory (same file system, so the move is a rename), then it is moved over
 * the target. It refuses to write over any file the app has open as a dataset: an export must never
 * destroy what the author wrote.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /** Thrown when the target is a dataset the user opened; the message is meant for the user. */
    public static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    /** What is written, streamed straight into the temporary file (a PDF or PNG writer). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes, Collection<Path> protectedFiles) throws IOException {
        write(target, out -> out.write(bytes), protectedFiles);
    }

    public static void write(Path target, Content content, Collection<Path> protectedFiles) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        for (Path open : protectedFiles) {
            if (open != null && (open.toAbsolutePath().normalize().equals(absolute)
                    || Files.exists(absolute) && Files.exists(open) && Files.isSameFile(open, absolute))) {
                throw new RefusedException("“" + absolute.getFileName() + "” is the timeline you have open; "
                        + "it is never overwritten. Choose another name.");
            }
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException noAtomicMove) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
