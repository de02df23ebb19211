package org.sipar.detect.internal.index;

/**
 * How a domain name, or one of its parents, becomes a key: its ASCII bytes and then a tag saying exact or with
 * subdomains. The tag goes last so that all parents of a name are ranges of one written copy, and the fingerprint
 * is hashed from the end, so that one pass from the last byte back yields every parent's fingerprint on the way.
 */
final class DomainKeys {

    static final byte EXACT = 0x50;
    static final byte WITH_SUBDOMAINS = 0x51;

    private DomainKeys() {
    }

    /** The fingerprint of the key bytes[from, to), the same as {@link #probeParents} finds for that range. */
    static long fingerprint(byte[] bytes, int from, int to) {
        long hash = Fingerprint.backwardStart();
        for (int i = to - 1; i >= from; i--) {
            hash = Fingerprint.backwardStep(hash, bytes[i]);
        }
        return Fingerprint.backwardFinish(hash);
    }

    /**
     * Adds a with-subdomains key for the whole name written at {@code from} (tag at {@code to - 1}) and for each of
     * its parents whose label count is in {@code labelCounts} (bit n: n labels, bit 63: 63 or more).
     */
    static void probeParents(KeyList keys, int from, int to, long labelCounts, int owner) {
        byte[] bytes = keys.bytes();
        long hash = Fingerprint.backwardStep(Fingerprint.backwardStart(), bytes[to - 1]);
        int labels = 1;
        for (int i = to - 2; i >= from; i--) {
            hash = Fingerprint.backwardStep(hash, bytes[i]);
            if (i == from || bytes[i - 1] == '.') {
                if ((labelCounts & labelBit(labels)) != 0) {
                    keys.addWritten(Fingerprint.backwardFinish(hash), i, to, owner);
                }
                labels++;
            }
        }
    }

    static long labelBit(int labels) {
        return 1L << Math.min(labels, 63);
    }

    /** Canonical: lower-case ASCII (A-labels), not empty, no empty label, no trailing dot. */
    static String checkCanonical(String name) {
        boolean wellFormed = !name.isEmpty() && name.charAt(0) != '.' && name.charAt(name.length() - 1) != '.'
                && !name.contains("..");
        for (int i = 0; wellFormed && i < name.length(); i++) {
            char c = name.charAt(i);
            wellFormed = c > ' ' && c < 0x7F && (c < 'A' || c > 'Z');
        }
        if (!wellFormed) {
            throw new IllegalArgumentException("domain name \"" + name
                    + "\" is not canonical (lower-case ASCII A-labels, no empty label, no trailing dot)");
        }
        return name;
    }

    /** Labels in {@code name}: 1 + its dots. */
    static int labels(String name) {
        int labels = 1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '.') {
                labels++;
            }
        }
        return labels;
    }
}
