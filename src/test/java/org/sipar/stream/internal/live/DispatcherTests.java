package org.sipar.stream.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sipar.intel.Change;
import org.sipar.intel.ChangePage;
import org.sipar.intel.Intelligence;
import org.sipar.sharing.Reader;
import org.sipar.stream.internal.FeedFilter;
import org.sipar.stream.internal.FeedSignal;
import org.sipar.intel.ObjectQuery;

/**
 * The dispatcher on its own, over a change log in memory: equal readers share one read, a stream catching up never
 * takes more than its buffer holds, a stream that falls behind is told it lags (with the last id it was sent) and
 * closed, and idle streams get heartbeats. Waits are bounded; nothing asserts how long anything took.
 */
class DispatcherTests {

    final List<Change> log = new CopyOnWriteArrayList<>();
    final AtomicInteger reads = new AtomicInteger();
    final FeedSignal signal = new FeedSignal();
    Dispatcher dispatcher;

    Dispatcher dispatcher(int buffer, Duration heartbeat) {
        dispatcher = new Dispatcher(intelligence(), new Frames(null), signal, new LiveSettings(heartbeat, buffer));
        dispatcher.start();
        return dispatcher;
    }

    @AfterEach
    void stop() {
        dispatcher.stop();
    }

    @Test
    void subscribersThatReadAsEqualReadersShareOneReadPerWake() {
        dispatcher(1000, Duration.ofMinutes(10));
        List<Outlet> outlets = List.of(new Outlet(), new Outlet(), new Outlet());
        List<Subscriber> subscribers = outlets.stream().map(o -> subscriber(0, 1000, o)).toList();
        subscribers.forEach(dispatcher::add);
        await(() -> subscribers.stream().allMatch(Subscriber::live));
        // The rounds that the three additions asked for may still run: count only the wake's.
        await(dispatcher::idle);
        reads.set(0);
        add(5);
        signal.wake();
        await(() -> outlets.stream().allMatch(o -> ids(o.text()).size() == 5));
        assertThat(reads.get()).as("one read for the three").isEqualTo(1);
        outlets.forEach(o -> assertThat(ids(o.text())).containsExactly(1L, 2L, 3L, 4L, 5L));
    }

    @Test
    void aStreamCatchingUpReadsNoMoreThanItsBufferHoldsAndNeverLags() {
        add(7);
        dispatcher(2, Duration.ofMinutes(10));
        Outlet outlet = new Outlet();
        dispatcher.add(subscriber(0, 2, outlet));
        await(() -> ids(outlet.text()).size() == 7);
        assertThat(ids(outlet.text())).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(outlet.text()).doesNotContain("lagging");
    }

    @Test
    void aStreamThatFallsBehindIsToldTheLastIdItWasSentAndClosed() throws InterruptedException {
        dispatcher(3, Duration.ofMinutes(10));
        Outlet outlet = new Outlet();
        outlet.stuck = new CountDownLatch(1);
        Subscriber slow = subscriber(0, 3, outlet);
        dispatcher.add(slow);
        await(slow::live);
        add(10);
        signal.wake();
        await(slow::lagging);
        outlet.stuck.countDown();
        assertThat(outlet.closed.await(30, TimeUnit.SECONDS)).isTrue();
        String text = outlet.text();
        assertThat(text).endsWith("event: lagging\ndata: {\"kind\":\"lagging\",\"last\":" + ids(text).getLast() + "}\n\n");
        List<Long> sent = ids(text.substring(0, text.lastIndexOf("id: ", text.indexOf("event: lagging"))));
        assertThat(sent).as("no gap before the lagging event").isEqualTo(java.util.stream.LongStream.rangeClosed(1, sent.size()).boxed().toList());
        assertThat(sent.size()).isLessThan(10);
        assertThat(dispatcher.count()).isZero();
    }

    @Test
    void anIdleStreamIsSentHeartbeats() {
        dispatcher(10, Duration.ofMillis(20));
        Outlet outlet = new Outlet();
        dispatcher.add(subscriber(0, 10, outlet));
        await(() -> outlet.text().split(": heartbeat\n\n", -1).length > 3);
        assertThat(outlet.text()).startsWith(": heartbeat\n\n");
    }

    private Subscriber subscriber(long after, int buffer, Outlet outlet) {
        return new Subscriber(new Subscriber.Key(Reader.ANONYMOUS, new ObjectQuery.Scope.All()), FeedFilter.EVERYTHING,
                Frames.JSON_FORMAT, after, buffer, outlet);
    }

    private void add(int count) {
        for (int i = 0; i < count; i++) {
            long position = log.size() + 1;
            log.add(new Change.VersionDeleted(position, "indicator--" + UUID.randomUUID(), "indicator",
                    "2026-01-01T00:00:00.000Z", UUID.randomUUID(), Instant.EPOCH));
        }
    }

    /** An Intelligence that answers only the change log's read, from {@link #log}, and counts the reads. */
    private Intelligence intelligence() {
        return (Intelligence) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Intelligence.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "changes" -> page((long) args[1], (int) args[2]);
                    case "head" -> (long) log.size();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private ChangePage page(long after, int limit) {
        reads.incrementAndGet();
        List<Change> later = log.stream().filter(c -> c.position() > after).toList();
        List<Change> page = later.stream().limit(limit).toList();
        return new ChangePage(page, later.size() > limit, page.isEmpty() ? after : page.getLast().position());
    }

    private static final Pattern ID = Pattern.compile("^id: (\\d+)$", Pattern.MULTILINE);

    private static List<Long> ids(String text) {
        List<Long> ids = new java.util.ArrayList<>();
        Matcher m = ID.matcher(text.replaceAll("id: \\d+\nevent: lagging", ""));
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(until);
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A client: what was written to it, and optionally stuck on its first write until released. */
    static final class Outlet implements Subscriber.Outlet {
        final StringBuffer written = new StringBuffer();
        final CountDownLatch closed = new CountDownLatch(1);
        volatile CountDownLatch stuck;

        @Override
        public void write(String text) {
            CountDownLatch wait = stuck;
            if (wait != null) {
                try {
                    wait.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            written.append(text);
        }

        @Override
        public void close() {
            closed.countDown();
        }

        String text() {
            return written.toString();
        }
    }
}
