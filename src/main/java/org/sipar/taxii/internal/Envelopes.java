package org.sipar.taxii.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.sipar.platform.SiparSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The copies of pending requests' envelopes (as the bundles their imports read) in {@code taxii_envelopes}, so that
 * any node can import a request whose node is gone. A request's copy is first written to a file of its own under
 * {@code <data-dir>/taxii-envelopes} as the envelope is read, then kept in the database with the pending status
 * and deleted when the status completes. Copies larger than {@link #LARGEST} (PostgreSQL's bytea limit) are not
 * kept: such a request completes only on its own node.
 */
@Repository
class Envelopes {

    static final long LARGEST = 1_000_000_000L;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Path dir;

    /** Deletes the copies a crash left (their requests are in the database, or were never acknowledged). */
    Envelopes(JdbcClient jdbc, JdbcTemplate template, SiparSettings settings) throws IOException {
        this.jdbc = jdbc;
        this.template = template;
        this.dir = settings.dataDir().resolve("taxii-envelopes");
        deleteLeftovers();
    }

    /** A new file for a request's copy; its caller deletes it. Files left by a crash are deleted at start. */
    Path newCopy() throws IOException {
        Files.createDirectories(dir);
        return Files.createTempFile(dir, "envelope-", ".json");
    }

    /** Keeps {@code copy} as the envelope of pending request {@code status}, in the caller's transaction. */
    boolean keep(UUID status, Path copy) {
        try {
            long size = Files.size(copy);
            if (size > LARGEST) {
                return false;
            }
            try (InputStream in = Files.newInputStream(copy)) {
                template.update("insert into taxii_envelopes (status_id, bundle) values (?, ?)", ps -> {
                    ps.setObject(1, status);
                    ps.setBinaryStream(2, in, size);
                });
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the kept envelope of {@code status} to {@code out}; false when none is kept. */
    boolean writeTo(UUID status, OutputStream out) {
        return Boolean.TRUE.equals(jdbc.sql("select bundle from taxii_envelopes where status_id = ?").param(status)
                .query(rs -> {
                    if (!rs.next()) {
                        return false;
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return true;
                }));
    }

    /** Whether the envelope of {@code status} is kept. */
    boolean has(UUID status) {
        return jdbc.sql("select exists (select 1 from taxii_envelopes where status_id = ?)").param(status)
                .query(Boolean.class).single();
    }

    private void deleteLeftovers() throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
