package org.sipar.detect.internal.engine;

import java.util.Arrays;
import java.util.UUID;
import org.sipar.detect.internal.evaluate.CompiledPattern;

/**
 * The indicator table's columns: arrays indexed by row. Grown by copying into larger arrays, so a reader holding
 * the old ones still reads what they held; times in epoch seconds, {@link Long#MAX_VALUE} for no end.
 */
final class Columns {

    static final byte LIVE = 0;
    /** A version that revokes its indicator, or one without a STIX pattern: held, never matched. */
    static final byte UNMATCHED = 1;
    /** Superseded by a later version of its copy, or deleted. */
    static final byte DEAD = 2;

    final long[] idHigh;
    final long[] idLow;
    final long[] modified;
    final long[] validFrom;
    final long[] validUntil;
    final int[] publisher;
    final int[] distribution;
    final int[] labels;
    final byte[] confidence;
    final byte[] state;
    /** The decay model's kind of the indicator's first value (a ValueKind's ordinal). */
    final byte[] kind;
    final CompiledPattern[] pattern;

    Columns(int capacity) {
        this(new long[capacity], new long[capacity], new long[capacity], new long[capacity], new long[capacity],
                new int[capacity], new int[capacity], new int[capacity], new byte[capacity], new byte[capacity], new byte[capacity],
                new CompiledPattern[capacity]);
    }

    private Columns(long[] idHigh, long[] idLow, long[] modified, long[] validFrom, long[] validUntil, int[] publisher,
                    int[] distribution, int[] labels, byte[] confidence, byte[] state, byte[] kind, CompiledPattern[] pattern) {
        this.idHigh = idHigh;
        this.idLow = idLow;
        this.modified = modified;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.publisher = publisher;
        this.distribution = distribution;
        this.labels = labels;
        this.confidence = confidence;
        this.state = state;
        this.kind = kind;
        this.pattern = pattern;
    }

    int capacity() {
        return state.length;
    }

    Columns grown(int capacity) {
        return new Columns(Arrays.copyOf(idHigh, capacity), Arrays.copyOf(idLow, capacity), Arrays.copyOf(modified, capacity),
                Arrays.copyOf(validFrom, capacity), Arrays.copyOf(validUntil, capacity), Arrays.copyOf(publisher, capacity),
                Arrays.copyOf(distribution, capacity), Arrays.copyOf(labels, capacity), Arrays.copyOf(confidence, capacity),
                Arrays.copyOf(state, capacity), Arrays.copyOf(kind, capacity), Arrays.copyOf(pattern, capacity));
    }

    void write(int row, IndicatorVersion v, int publisherNumber, int distributionNumber, int labelsNumber,
               CompiledPattern evaluated, byte kindOrdinal) {
        UUID uuid = uuid(v.id());
        idHigh[row] = uuid.getMostSignificantBits();
        idLow[row] = uuid.getLeastSignificantBits();
        modified[row] = IndicatorTable.micros(v.modified());
        validFrom[row] = v.validFrom().getEpochSecond();
        validUntil[row] = v.validUntil() == null ? Long.MAX_VALUE : v.validUntil().getEpochSecond();
        publisher[row] = publisherNumber;
        distribution[row] = distributionNumber;
        labels[row] = labelsNumber;
        confidence[row] = (byte) Math.max(-1, Math.min(100, v.confidence()));
        state[row] = v.revoked() || v.pattern() == null ? UNMATCHED : LIVE;
        pattern[row] = evaluated;
        kind[row] = kindOrdinal;
    }

    boolean is(int row, UUID uuid, int publisherNumber) {
        return idHigh[row] == uuid.getMostSignificantBits() && idLow[row] == uuid.getLeastSignificantBits()
                && publisher[row] == publisherNumber;
    }

    long bytes() {
        return (long) capacity() * (5 * Long.BYTES + 3 * Integer.BYTES + 3 + 4);
    }

    /** The UUID of an id such as {@code indicator--44af6c39-c09b-49c5-9de2-394224b04982}. */
    static UUID uuid(String id) {
        int dashes = id.indexOf("--");
        if (dashes < 0) {
            throw new IllegalArgumentException("'" + id + "' is not a STIX identifier (type--UUID)");
        }
        return UUID.fromString(id.substring(dashes + 2));
    }
}
