package org.sipar.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code <data-dir>/uploads}, where uploads wait while a request reads them and until an import has copied
 * them in. Uploads may be TLP:RED material, so the directory is its owner's alone, and whatever a crash left
 * there is deleted at start: no request that could still want it survives a restart.
 */
public final class UploadDirectory {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private UploadDirectory() {
    }

    /** Creates {@code dir} for its owner alone (where the file system has POSIX permissions) and empties it; returns how many entries it deleted. */
    public static int prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            }
            return empty(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the upload directory " + dir, e);
        }
    }

    /** Deletes everything under {@code dir}, without following links out of it; counts the entries deleted. */
    private static int empty(Path dir) throws IOException {
        AtomicInteger deleted = new AtomicInteger();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                deleted.incrementAndGet();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path visited, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                if (!visited.equals(dir)) {
                    Files.delete(visited);
                    deleted.incrementAndGet();
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return deleted.get();
    }
}
