package org.sipar.intel.internal.ingestion;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.sipar.intel.BundleSource;
import org.sipar.platform.SiparSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The bundles of queued imports, one file per import under {@code <data-dir>/intel-spool/}: written once by the
 * submitter's {@link BundleSource} and forced to disk before the import is recorded queued, read by the import,
 * deleted once it is over.
 */
@Component
class ImportSpool {

    private final Path dir;
    private final String instance;

    @Autowired
    ImportSpool(SiparSettings settings) {
        this(settings.dataDir().resolve("intel-spool"));
    }

    ImportSpool(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.dir);
            Path named = this.dir.resolve("instance");
            if (!Files.exists(named)) {
                Files.writeString(named, UUID.randomUUID().toString());
            }
            this.instance = Files.readString(named).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the import spool directory " + this.dir, e);
        }
    }

    /**
     * The name of this spool, kept in it (so that it stays when the data directory moves): the imports queued
     * with it are the ones whose files are here, which this instance runs (and no other sharing the database).
     */
    String instance() {
        return instance;
    }

    /** The spool file's name for import {@code id}. */
    static String fileName(UUID id) {
        return id + ".json";
    }

    /** Writes the bundle of import {@code id} and forces it to disk; nothing is left behind when that fails. */
    String write(UUID id, BundleSource source) throws IOException {
        String name = fileName(id);
        Path file = dir.resolve(name);
        boolean written = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            source.writeTo(out);
            out.flush();
            channel.force(true);
            written = true;
            return name;
        } finally {
            if (!written) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Whether the file {@code name} is there. */
    boolean exists(String name) {
        return name != null && Files.exists(dir.resolve(name));
    }

    /** The size of the file {@code name} in bytes, for the import's history. */
    long size(String name) throws IOException {
        return Files.size(dir.resolve(name));
    }

    InputStream open(String name) throws IOException {
        return new BufferedInputStream(Files.newInputStream(dir.resolve(name)), 64 * 1024);
    }

    /** Deletes the file {@code name}, if it is there. */
    void delete(String name) {
        if (name == null) {
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the files last written before {@code before} that none of {@code keep} names: bundles of
     * submissions cut off before they were recorded queued. Returns how many were deleted.
     */
    int deleteOrphans(Set<String> keep, Instant before) {
        int deleted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") && !keep.contains(name)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }
}
