package org.sipar.detect.internal.retro;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.sipar.detect.internal.engine.Key;
import org.sipar.detect.internal.engine.Key.Kind;

/**
 * Indicators' keys made ready to be looked for in many days: exact values as sorted fingerprints, IPv4 addresses
 * as sorted ints, IPv4 ranges as runs of ints. Each day is then searched with all of them in one galloping pass.
 * IPv6 ranges are not looked for (IPv6 addresses are kept only as fingerprints), except a /128, which is exact.
 */
final class Hunt {

    private record Range(Key indicator, Ipv4.Range addresses) {
    }

    private final Long2ObjectOpenHashMap<List<Key>> byFingerprint = new Long2ObjectOpenHashMap<>();
    private final Int2ObjectOpenHashMap<List<Key>> byAddress = new Int2ObjectOpenHashMap<>();
    private final List<Range> ranges = new ArrayList<>();
    private final long[] fingerprints;
    private final int[] addresses;

    Hunt(Collection<Key> indicators) {
        for (Key key : new LinkedHashSet<>(indicators)) {
            add(key);
        }
        fingerprints = SortedArrays.distinct(byFingerprint.keySet().toLongArray());
        addresses = SortedArrays.distinct(byAddress.keySet().toIntArray());
    }

    private void add(Key key) {
        switch (key.kind()) {
            case IPV4 -> byAddress.computeIfAbsent(Ipv4.sortable(key.value()), a -> new ArrayList<>(1)).add(key);
            case CIDR -> range(key);
            default -> byFingerprint.computeIfAbsent(Fingerprints.of(key), f -> new ArrayList<>(1)).add(key);
        }
    }

    private void range(Key key) {
        String cidr = key.value();
        if (Ipv4.isIpv4(cidr)) {
            ranges.add(new Range(key, Ipv4.range(cidr)));
        } else if (cidr.endsWith("/128")) {
            long exact = Fingerprints.of(Kind.IPV6, cidr.substring(0, cidr.length() - "/128".length()));
            byFingerprint.computeIfAbsent(exact, f -> new ArrayList<>(1)).add(key);
        }
    }

    /** Tells what of that organisation's day the keys name. */
    void search(UUID organisation, LocalDate day, DayValues values, Consumer<Seen> seen) {
        SortedArrays.common(values.fingerprints(), fingerprints, found -> byFingerprint.get(found)
                .forEach(key -> seen.accept(new Seen(key, organisation, day, key))));
        SortedArrays.common(values.addresses(), addresses, found -> byAddress.get(found)
                .forEach(key -> seen.accept(new Seen(key, organisation, day, key))));
        for (Range range : ranges) {
            SortedArrays.within(values.addresses(), range.addresses().first(), range.addresses().last(),
                    found -> seen.accept(new Seen(range.indicator(), organisation, day, new Key(Kind.IPV4, Ipv4.text(found)))));
        }
    }
}
