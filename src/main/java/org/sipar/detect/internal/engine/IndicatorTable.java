package org.sipar.detect.internal.engine;

import it.unimi.dsi.fastutil.HashCommon;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sipar.detect.internal.evaluate.CompiledPattern;
import org.sipar.sharing.Distribution;

/**
 * Every indicator copy matching knows, one row per ordinal in primitive columns ({@link Columns}), no object per
 * indicator but the compiled pattern of those the index cannot decide alone. A new version of a copy takes a new row and
 * marks the copy's previous row dead, so an index entry is never changed, only added; dead rows are dropped when
 * the indexes are rebuilt. One thread writes (the one applying the change log); any thread reads the rows of
 * ordinals it got from an index, which were written before their entries were.
 */
final class IndicatorTable {

    private final Long2IntOpenHashMap copies = new Long2IntOpenHashMap();
    private final Interned<UUID> publishers = new Interned<>();
    private final Interned<Distribution> distributions = new Interned<>();
    private final Interned<List<String>> labels = new Interned<>();
    private volatile Columns columns = new Columns(1024);
    private int rows;
    private int dead;

    IndicatorTable() {
        copies.defaultReturnValue(-1);
    }

    /**
     * Holds {@code v} as its copy's current version, under {@code d}; answers its new ordinal, or -1 when the copy
     * already holds a later version (the change log gives versions in commit order, not in time order).
     */
    int put(IndicatorVersion v, Distribution d, CompiledPattern evaluated, org.sipar.detect.internal.lifecycle.ValueKind kind) {
        int publisher = publishers.number(v.publisher());
        long copy = slot(Columns.uuid(v.id()), publisher);
        int previous = copies.get(copy);
        Columns c = columns;
        if (previous >= 0 && c.modified[previous] > micros(v.modified())) {
            return -1;
        }
        c = room(c);
        int row = rows++;
        c.write(row, v, publisher, distributions.number(d), labels.number(v.labels()), evaluated, (byte) kind.ordinal());
        if (previous >= 0) {
            kill(c, previous);
        }
        copies.put(copy, row);
        columns = c; // publishes the row to readers
        return row;
    }

    /** Marks the copy's current row dead (its version deleted); answers the row, or -1 when none was held. */
    int remove(String id, UUID publisher) {
        int row = copies.get(slot(Columns.uuid(id), publishers.number(publisher)));
        if (row < 0 || columns.state[row] == Columns.DEAD) {
            return -1;
        }
        kill(columns, row);
        columns = columns; // publishes the change to readers
        return row;
    }

    /** The current rows of indicator {@code id}'s copies (one per organisation holding it). */
    it.unimi.dsi.fastutil.ints.IntArrayList rows(String id) {
        java.util.UUID uuid = Columns.uuid(id);
        it.unimi.dsi.fastutil.ints.IntArrayList found = new it.unimi.dsi.fastutil.ints.IntArrayList();
        for (int publisher = 0; publisher < publishers.size(); publisher++) {
            int row = copies.get(slot(uuid, publisher));
            if (row >= 0 && columns.state[row] != Columns.DEAD) {
                found.add(row);
            }
        }
        return found;
    }

    /** Whether row {@code row} is current, not revoked, and valid at {@code now}. */
    boolean live(int row, Instant now) {
        Columns c = columns;
        long at = now.getEpochSecond();
        return c.state[row] == Columns.LIVE && c.validFrom[row] <= at && at < c.validUntil[row];
    }

    String id(int row) {
        Columns c = columns;
        return "indicator--" + new UUID(c.idHigh[row], c.idLow[row]);
    }

    Distribution distribution(int row) {
        return distributions.value(columns.distribution[row]);
    }

    UUID publisher(int row) {
        return publishers.value(columns.publisher[row]);
    }

    int confidence(int row) {
        return columns.confidence[row];
    }

    List<String> labels(int row) {
        return labels.value(columns.labels[row]);
    }

    org.sipar.detect.internal.lifecycle.ValueKind kind(int row) {
        return org.sipar.detect.internal.lifecycle.ValueKind.values()[columns.kind[row]];
    }

    /** When the producer last stated the indicator (its version's {@code modified}), from which its score decays. */
    Instant modified(int row) {
        long micros = columns.modified[row];
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
    }

    Instant validFrom(int row) {
        return Instant.ofEpochSecond(columns.validFrom[row]);
    }

    /** The compiled pattern of a row the index does not decide alone; null for the others. */
    CompiledPattern pattern(int row) {
        return columns.pattern[row];
    }

    int rows() {
        return rows;
    }

    int live() {
        return rows - dead;
    }

    /** The bytes the columns take, and the copies' map (for the memory figures). */
    long bytes() {
        return columns.bytes() + (long) copies.size() * 12 * 4 / 3;
    }

    private void kill(Columns c, int row) {
        if (c.state[row] != Columns.DEAD) {
            c.state[row] = Columns.DEAD;
            dead++;
        }
    }

    private Columns room(Columns c) {
        return rows < c.capacity() ? c : c.grown(c.capacity() * 2);
    }

    /**
     * The copy's key in {@code copies}: the indicator's UUID and its publisher's number, mixed; when another copy has
     * that key (one in about 10^12 at ten million copies), the next key in a fixed sequence. Keys stay in the map
     * when their copy is deleted (pointing at its dead row) so that no sequence is ever cut short.
     */
    private long slot(UUID uuid, int publisher) {
        long key = HashCommon.mix(uuid.getMostSignificantBits() * 31 + uuid.getLeastSignificantBits()) ^ (publisher * 0x9E3779B97F4A7C15L);
        for (int row = copies.get(key); row >= 0 && !columns.is(row, uuid, publisher); row = copies.get(key)) {
            key = HashCommon.mix(key + 1);
        }
        return key;
    }

    static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1_000;
    }
}
