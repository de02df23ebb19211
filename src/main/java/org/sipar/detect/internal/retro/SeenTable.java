package org.sipar.detect.internal.retro;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The days' values in table {@code detect_retro_seen}: per organisation and day one row of sorted fingerprints and
 * one of sorted IPv4 addresses (big-endian, in address order), each a {@code bytea}. A flush reads, merges and
 * writes a day in one transaction holding the rows' locks, so instances flushing the same day at once lose nothing.
 */
final class SeenTable implements DayStore {

    static final String FINGERPRINTS = "fingerprints";
    static final String IPV4 = "ipv4";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    SeenTable(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public DayValues merge(UUID organisation, LocalDate day, DayValues added) {
        return transactions.execute(status -> {
            // the empty rows first, so that a day nobody stored yet is locked like any other
            jdbc.sql("""
                    insert into detect_retro_seen (organisation_id, day, kind_group, value_count, sorted_values)
                    values (:o, :d, 'fingerprints', 0, ''::bytea), (:o, :d, 'ipv4', 0, ''::bytea)
                    on conflict do nothing""").param("o", organisation).param("d", day).update();
            Map<String, byte[]> rows = new HashMap<>();
            jdbc.sql("""
                    select kind_group, sorted_values from detect_retro_seen
                    where organisation_id = ? and day = ? for update""").params(organisation, day)
                    .query(rs -> {
                        rows.put(rs.getString(1), rs.getBytes(2));
                    });
            DayValues merged = values(rows).union(added);
            write(organisation, day, FINGERPRINTS, merged.fingerprints().length, bytes(merged.fingerprints()));
            write(organisation, day, IPV4, merged.addresses().length, bytes(merged.addresses()));
            return merged;
        });
    }

    @Override
    public void load(LocalDate from, Loaded loaded) {
        Map<UUID, Map<LocalDate, Map<String, byte[]>>> rows = new HashMap<>();
        jdbc.sql("select organisation_id, day, kind_group, sorted_values from detect_retro_seen where day >= ?")
                .param(from)
                .query(rs -> {
                    rows.computeIfAbsent(rs.getObject(1, UUID.class), o -> new HashMap<>())
                            .computeIfAbsent(rs.getObject(2, LocalDate.class), d -> new HashMap<>())
                            .put(rs.getString(3), rs.getBytes(4));
                });
        rows.forEach((organisation, byDay) -> byDay.forEach((day, groups) -> loaded.day(organisation, day, values(groups))));
    }

    @Override
    public void forget(LocalDate before) {
        jdbc.sql("delete from detect_retro_seen where day < ?").param(before).update();
    }

    private void write(UUID organisation, LocalDate day, String group, int count, byte[] values) {
        jdbc.sql("""
                update detect_retro_seen set value_count = ?, sorted_values = ?
                where organisation_id = ? and day = ? and kind_group = ?""")
                .params(count, values, organisation, day, group).update();
    }

    private static DayValues values(Map<String, byte[]> groups) {
        ByteBuffer fingerprints = ByteBuffer.wrap(groups.getOrDefault(FINGERPRINTS, new byte[0]));
        ByteBuffer addresses = ByteBuffer.wrap(groups.getOrDefault(IPV4, new byte[0]));
        long[] longs = new long[fingerprints.remaining() / Long.BYTES];
        fingerprints.asLongBuffer().get(longs);
        int[] ints = new int[addresses.remaining() / Integer.BYTES];
        addresses.asIntBuffer().get(ints);
        for (int i = 0; i < ints.length; i++) {
            ints[i] ^= Integer.MIN_VALUE; // stored as the address, kept sortable
        }
        return new DayValues(longs, ints);
    }

    private static byte[] bytes(long[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES);
        bytes.asLongBuffer().put(values);
        return bytes.array();
    }

    private static byte[] bytes(int[] sortable) {
        ByteBuffer bytes = ByteBuffer.allocate(sortable.length * Integer.BYTES);
        for (int address : sortable) {
            bytes.putInt(address ^ Integer.MIN_VALUE);
        }
        return bytes.array();
    }
}
