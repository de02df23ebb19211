package org.sipar.intel.stix;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** Name-based UUIDs of RFC 4122 section 4.3 with SHA-1 (version 5); the JDK only offers the MD5 version 3. */
public final class Uuid5 {

    private Uuid5() {
    }

    public static UUID of(UUID namespace, byte[] name) {
        MessageDigest sha1 = sha1();
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(name);
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC 4122 variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException missing) {
            // Every Java platform must provide SHA-1 (java.security.MessageDigest's documented algorithms).
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", missing);
        }
    }
}
