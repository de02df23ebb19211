package org.sipar.detect.internal.retro;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.sipar.detect.internal.engine.Key;
import org.sipar.detect.internal.engine.Key.Kind;

/**
 * The distinct values each organisation's telemetry carried, per day: told as they arrive ({@link #saw}, buffered,
 * from any thread), merged in and stored durably at each {@link #flush} (a value is safe from a restart once the
 * flush after it has returned), and searched for a new indicator's keys ({@link #whoSaw}, which sees flushed values
 * only). Days are dropped by {@link #forget}; {@link RetroSweep} does both now and then.
 */
public final class RetroStore {

    private record OrgDay(UUID organisation, LocalDate day) {
    }

    private final DayStore stored;
    private final Map<OrgDay, DayBuffer> buffers = new ConcurrentHashMap<>();
    private final Map<UUID, NavigableMap<LocalDate, DayValues>> days = new ConcurrentHashMap<>();

    RetroStore(DayStore stored) {
        this.stored = Objects.requireNonNull(stored, "stored");
    }

    /** A store that keeps its values in memory only, for as long as the process lives. */
    public static RetroStore inMemory() {
        return new RetroStore(DayStore.NONE);
    }

    /** Reads what is stored of the days from {@code from} on (at start). */
    void load(LocalDate from) {
        stored.load(from, this::remember);
    }

    /** Notes that {@code organisation}'s telemetry carried {@code keys} (canonical) on {@code day}. */
    public void saw(UUID organisation, LocalDate day, Collection<Key> keys) {
        OrgDay at = new OrgDay(Objects.requireNonNull(organisation, "organisation"), Objects.requireNonNull(day, "day"));
        LongArrayList fingerprints = new LongArrayList(keys.size());
        IntArrayList addresses = new IntArrayList();
        for (Key key : keys) {
            if (key.kind() == Kind.IPV4) {
                addresses.add(Ipv4.sortable(key.value()));
            } else {
                Fingerprints.observed(key, fingerprints);
            }
        }
        boolean added;
        do {
            // refused only by a buffer a flush has taken meanwhile: the next one takes them
            added = buffers.computeIfAbsent(at, k -> new DayBuffer()).add(fingerprints, addresses);
        } while (!added);
    }

    /** Merges every buffered day into what is kept, stored first; a day that fails to store is buffered again. */
    public void flush() {
        for (OrgDay at : List.copyOf(buffers.keySet())) {
            DayBuffer buffer = buffers.remove(at);
            if (buffer != null) {
                flush(at, buffer.drain());
            }
        }
    }

    private void flush(OrgDay at, DayValues added) {
        DayValues now;
        try {
            now = stored.merge(at.organisation(), at.day(), added);
        } catch (RuntimeException e) {
            buffers.computeIfAbsent(at, k -> new DayBuffer()).add(LongArrayList.wrap(added.fingerprints()),
                    IntArrayList.wrap(added.addresses()));
            throw e;
        }
        remember(at.organisation(), at.day(), now);
    }

    private void remember(UUID organisation, LocalDate day, DayValues values) {
        days.compute(organisation, (o, byDay) -> {
            NavigableMap<LocalDate, DayValues> kept = byDay == null ? new ConcurrentSkipListMap<>() : byDay;
            kept.merge(day, values, DayValues::union);
            return kept;
        });
    }

    /** Per key, each organisation and day whose flushed telemetry carried a value it names. */
    public List<Seen> whoSaw(Collection<Key> keys) {
        Hunt hunt = new Hunt(keys);
        List<Seen> seen = new ArrayList<>();
        days.forEach((organisation, byDay) -> byDay.forEach((day, values) -> hunt.search(organisation, day, values, seen::add)));
        return seen;
    }

    /** Forgets the days before {@code before}, buffered, kept and stored. */
    public void forget(LocalDate before) {
        buffers.keySet().removeIf(at -> at.day().isBefore(before));
        for (UUID organisation : List.copyOf(days.keySet())) {
            days.computeIfPresent(organisation, (o, byDay) -> {
                byDay.headMap(before).clear();
                return byDay.isEmpty() ? null : byDay;
            });
        }
        stored.forget(before);
    }

    /** How many values are kept (fingerprints and IPv4 addresses) and their bytes, flushed days only. */
    public Size size() {
        long values = 0;
        long bytes = 0;
        for (NavigableMap<LocalDate, DayValues> byDay : days.values()) {
            for (DayValues day : byDay.values()) {
                values += day.size();
                bytes += day.bytes();
            }
        }
        return new Size(values, bytes);
    }

    /** Values kept and the bytes of their arrays. */
    public record Size(long values, long bytes) {
    }
}
