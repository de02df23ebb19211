package org.sipar.detect.internal.index;

/**
 * How a domain name, or one of its parents, becomes a key: its ASCII bytes, with exact or with-subdomains in the
 * fingerprint only. The fingerprint is hashed from the last byte back, so that one pass yields every parent's on
 * the way, and all of a name's keys are ranges of one written copy. Bytes verify the name; the two kinds of one
 * name can never share a fingerprint, as they are one hash finished by a bijection with two different constants.
 */
final class DomainKeys {

    static final long EXACT = 0x2545F4914F6CDD1DL;
    static final long WITH_SUBDOMAINS = 0x5851F42D4C957F2DL;

    private DomainKeys() {
    }

    /** The fingerprint of the name bytes[from, to) as {@code kind}, the same as {@link #probe} finds for it. */
    static long fingerprint(byte[] bytes, int from, int to, long kind) {
        long hash = Fingerprint.backwardStart();
        for (int i = to - 1; i >= from; i--) {
            hash = Fingerprint.backwardStep(hash, bytes[i]);
        }
        return Fingerprint.backwardFinish(hash, kind);
    }

    /**
     * Adds the probes of the name written at bytes[from, to): exact, and with subdomains for itself and each parent
     * whose label count is in {@code labelCounts} (bit n: n labels, bit 63: 63 or more).
     */
    static void probe(KeyList keys, int from, int to, long labelCounts, int owner) {
        byte[] bytes = keys.bytes();
        long hash = Fingerprint.backwardStart();
        int labels = 1;
        for (int i = to - 1; i >= from; i--) {
            hash = Fingerprint.backwardStep(hash, bytes[i]);
            if (i == from || bytes[i - 1] == '.') {
                if ((labelCounts & labelBit(labels)) != 0) {
                    keys.addWritten(Fingerprint.backwardFinish(hash, WITH_SUBDOMAINS), i, to, owner);
                }
                labels++;
            }
        }
        keys.addWritten(Fingerprint.backwardFinish(hash, EXACT), from, to, owner);
    }

    static long labelBit(int labels) {
        return 1L << Math.min(labels, 63);
    }

    /** Checks that {@code name} is canonical (lower-case ASCII A-labels, no empty label, no trailing dot); answers its labels. */
    static int labels(String name) {
        boolean wellFormed = !name.isEmpty();
        int labels = 1;
        for (int i = 0; wellFormed && i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                wellFormed = i > 0 && i < name.length() - 1 && name.charAt(i - 1) != '.';
                labels++;
            } else {
                wellFormed = c > ' ' && c < 0x7F && (c < 'A' || c > 'Z');
            }
        }
        if (!wellFormed) {
            throw new IllegalArgumentException("domain name \"" + name
                    + "\" is not canonical (lower-case ASCII A-labels, no empty label, no trailing dot)");
        }
        return labels;
    }
}
