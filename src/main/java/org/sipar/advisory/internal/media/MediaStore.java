package org.sipar.advisory.internal.media;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The uploaded images, in {@code advisory_media}: bytes in PostgreSQL, so that a backup of the database holds them. */
@Repository
class MediaStore {

    /** An image as served. */
    record StoredImage(UUID id, String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;

    MediaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID add(CheckedImage image, String originalName, UUID uploadedBy, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into advisory_media (id, content_type, bytes, width, height, sha256, original_name, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, image.kind().contentType, image.bytes(), image.width(), image.height(), sha256(image.bytes()),
                        originalName, uploadedBy, Timestamp.from(now))
                .update();
        return id;
    }

    Optional<StoredImage> find(UUID id) {
        return jdbc.sql("select id, content_type, bytes from advisory_media where id = ?").param(id)
                .query((rs, n) -> new StoredImage(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3))).optional();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
