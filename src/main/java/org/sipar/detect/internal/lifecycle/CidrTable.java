package org.sipar.detect.internal.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ranges of the {@code cidr} lists, one sorted level per family and prefix length (network bits in parallel
 * primitive arrays, no object per range): an address is masked to each level's prefix and binary-searched there,
 * so a lookup costs one search per prefix length present, whatever the number of ranges.
 */
final class CidrTable {

    private record Range(CidrBlock block, int list) {
    }

    private record Level(boolean v6, int prefix, long[] hi, long[] lo, int[] lists) {
    }

    private final List<Range> pending = new ArrayList<>();
    private List<Level> levels = List.of();

    void add(CidrBlock block, int list) {
        pending.add(new Range(block, list));
    }

    /** Sorts what was added into the levels; {@link #find} sees only what was frozen. */
    void freeze() {
        Map<String, List<Range>> byLevel = pending.stream().collect(Collectors.groupingBy(
                range -> (range.block().network().v6() ? "6/" : "4/") + range.block().prefix(), TreeMap::new, Collectors.toList()));
        levels = byLevel.values().stream().map(CidrTable::level).toList();
        pending.clear();
    }

    private static Level level(List<Range> ranges) {
        List<Range> sorted = ranges.stream().sorted(Comparator.comparingLong((Range r) -> r.block().network().hi())
                .thenComparingLong(r -> r.block().network().lo()).thenComparingInt(Range::list)).toList();
        CidrBlock first = sorted.getFirst().block();
        Level level = new Level(first.network().v6(), first.prefix(), new long[sorted.size()], new long[sorted.size()], new int[sorted.size()]);
        for (int i = 0; i < sorted.size(); i++) {
            level.hi()[i] = sorted.get(i).block().network().hi();
            level.lo()[i] = sorted.get(i).block().network().lo();
            level.lists()[i] = sorted.get(i).list();
        }
        return level;
    }

    /** Calls {@code hit} for each listed range that contains the whole of {@code block} (an address is a full-length block). */
    void find(CidrBlock block, EntryHit hit) {
        IpAddress address = block.network();
        for (Level level : levels) {
            if (level.v6() != address.v6() || level.prefix() > block.prefix()) {
                continue;
            }
            IpAddress network = address.masked(level.prefix());
            for (int i = lowerBound(level, network); i < level.hi().length
                    && level.hi()[i] == network.hi() && level.lo()[i] == network.lo(); i++) {
                hit.accept(level.lists()[i], new CidrBlock(network, level.prefix()).text());
            }
        }
    }

    private static int lowerBound(Level level, IpAddress network) {
        int low = 0;
        int high = level.hi().length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int order = level.hi()[middle] != network.hi() ? Long.compare(level.hi()[middle], network.hi())
                    : Long.compare(level.lo()[middle], network.lo());
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    int size() {
        return levels.stream().mapToInt(level -> level.hi().length).sum();
    }
}
