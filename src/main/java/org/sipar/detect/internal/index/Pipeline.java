package org.sipar.detect.internal.index;

/**
 * Runs a batch of probes against a table in passes over chunks, so that each pass's memory accesses are independent
 * of one another and their cache misses overlap (software pipelining: a random access costs about 180 ns here, and
 * a core keeps about ten in flight). Pass 1 reads every probe's home slot, pass 2 finishes the searches, now in
 * cache, and takes the hits' payloads from the same lines, pass 3 reads the hits' first and last key bytes (kept
 * in scratch only so that the read happens), pass 4 verifies keys and emits.
 */
final class Pipeline {

    private Pipeline() {
    }

    static void lookup(FingerprintTable table, Probes probes, MatchSink sink) {
        for (int from = 0; from < probes.size(); from += Probes.CHUNK) {
            int count = Math.min(Probes.CHUNK, probes.size() - from);
            readHomes(table, probes, from, count);
            finishSearches(table, probes, from, count);
            readFirstKeyBytes(table, probes, from, count);
            verifyAndEmit(table, probes, from, count, sink);
        }
    }

    /** The same lookups one after another, each waiting for its own misses: the plain single probe. */
    static void lookupEach(FingerprintTable table, Probes probes, MatchSink sink) {
        long[] fingerprints = probes.keys.fingerprints();
        for (int i = 0; i < probes.size(); i++) {
            emitVerified(table, probes, i, table.find(fingerprints[i]), sink);
        }
    }

    private static void readHomes(FingerprintTable table, Probes probes, int from, int count) {
        long[] fingerprints = probes.keys.fingerprints();
        for (int i = 0; i < count; i++) {
            int slot = table.home(fingerprints[from + i]);
            probes.slots[i] = slot;
            probes.seen[i] = table.fingerprintAt(slot);
        }
    }

    private static void finishSearches(FingerprintTable table, Probes probes, int from, int count) {
        long[] fingerprints = probes.keys.fingerprints();
        for (int i = 0; i < count; i++) {
            int hit = table.scan(fingerprints[from + i], probes.slots[i], probes.seen[i]);
            probes.slots[i] = hit;
            if (hit >= 0) {
                probes.payloads[i] = table.payloadAt(hit);
                probes.keyStarts[i] = table.keyStartAt(hit);
            }
        }
    }

    private static void readFirstKeyBytes(FingerprintTable table, Probes probes, int from, int count) {
        int[] starts = probes.keys.starts();
        int[] ends = probes.keys.ends();
        for (int i = 0; i < count; i++) {
            int length = ends[from + i] - starts[from + i];
            if (probes.slots[i] >= 0 && length > 0) { // the key's first and last bytes: a 33-byte key may span two lines
                probes.firstBytes[i] = (byte) (table.arenaAt(probes.keyStarts[i]) ^ table.arenaAt(probes.keyStarts[i] + length - 1));
            }
        }
    }

    private static void verifyAndEmit(FingerprintTable table, Probes probes, int from, int count, MatchSink sink) {
        for (int i = 0; i < count; i++) {
            if (probes.slots[i] >= 0) {
                emitVerified(table, probes, from + i, probes.slots[i], sink);
            }
        }
    }

    /** Emits the ordinals of the slot from {@code slot} on whose key is the probe's own (64-bit collisions skipped). */
    private static void emitVerified(FingerprintTable table, Probes probes, int probe, int slot, MatchSink sink) {
        int from = probes.keys.starts()[probe];
        int to = probes.keys.ends()[probe];
        byte[] bytes = probes.keys.bytes();
        for (int s = slot; s >= 0; s = table.sameFingerprintAfter(s)) {
            if (table.keyMatches(s, bytes, from, to)) {
                table.emit(table.payloadAt(s), probes.keys.values()[probe], sink);
                return;
            }
        }
    }
}
