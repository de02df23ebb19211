package org.sipar.stream.internal.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sipar.intel.Change;
import org.sipar.intel.ChangePage;
import org.sipar.intel.Intelligence;
import org.sipar.stream.internal.FeedSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The node's one follower of the change log for all its live streams. Woken by {@link FeedSignal} (and at every
 * heartbeat, in case a wake was missed), it runs rounds on its own thread, wakes during a round making one more
 * round: a stream catching up reads its own backlog as far as its buffer has room; streams that are up to date and
 * read as equal readers share one read from the lowest position among them, then each takes what its filter
 * admits. Frames go to each stream's bounded buffer and are written by a short task on a virtual thread, so a slow
 * client holds up nobody: not the writer of intelligence, not the dispatcher, not the other streams.
 */
@Component
class Dispatcher implements SmartLifecycle {

    static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Intelligence intelligence;
    private final Frames frames;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    // Made at each start: a stopped context (a paused test context, say) may be started again.
    private volatile ExecutorService rounds;
    private volatile ExecutorService writers;
    private volatile ScheduledExecutorService ticks;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final long heartbeat;
    private volatile boolean started;

    Dispatcher(Intelligence intelligence, Frames frames, FeedSignal signal, LiveSettings settings) {
        this.intelligence = intelligence;
        this.frames = frames;
        this.heartbeat = settings.heartbeat().toMillis();
        signal.onWake(this::request);
    }

    @Override
    public void start() {
        rounds = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("stream-dispatcher").daemon().factory());
        writers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("stream-writer-", 0).factory());
        ticks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("stream-heartbeat").daemon().factory());
        started = true;
        ticks.scheduleAtFixedRate(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        request();
    }

    /**
     * Ends every stream before the web server's graceful shutdown (this phase stops first), which would otherwise
     * wait for them: their clients reconnect, to another node or after the restart, with their last ids.
     */
    @Override
    public void stop() {
        started = false;
        ticks.shutdownNow();
        rounds.shutdownNow();
        List.copyOf(subscribers).forEach(s -> {
            remove(s);
            s.outlet().close();
        });
        writers.shutdown();
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    void add(Subscriber subscriber) {
        subscribers.add(subscriber);
        request();
    }

    void remove(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    int count() {
        return subscribers.size();
    }

    /** Whether no round runs or is asked for: what the dispatcher's tests wait for before they count reads. */
    boolean idle() {
        return !running.get() && !wanted.get();
    }

    /** Asks for a round; wakes that come while one runs make one more, not one each. */
    void request() {
        wanted.set(true);
        if (!started) {
            return;
        }
        if (running.compareAndSet(false, true)) {
            rounds.execute(this::run);
        }
    }

    private void run() {
        try {
            while (wanted.getAndSet(false)) {
                round();
            }
        } finally {
            running.set(false);
        }
        if (wanted.get() && running.compareAndSet(false, true)) {
            rounds.execute(this::run);
        }
    }

    private void round() {
        Map<Subscriber.Key, List<Subscriber>> groups = new HashMap<>();
        for (Subscriber s : List.copyOf(subscribers)) {
            if (!s.live()) {
                guarded(() -> catchUp(s));
            }
            if (s.live() && !s.lagging()) {
                groups.computeIfAbsent(s.key, k -> new ArrayList<>()).add(s);
            }
        }
        groups.values().forEach(group -> guarded(() -> fanOut(group)));
    }

    /** A stream behind the others reads alone, no more than its buffer holds; its writer asks for more when done. */
    private void catchUp(Subscriber s) {
        int room = Math.min(s.room(), PAGE);
        if (room == 0) {
            return;
        }
        ChangePage page = intelligence.changes(s.key.reader(), s.position(), room, s.key.scope());
        Map<Frames.Format, String> made = new HashMap<>();
        for (Change change : page.changes()) {
            deliver(s, change, made);
            made.clear();
        }
        s.advance(page.next());
        if (!page.more()) {
            s.goLive();
        }
    }

    private void fanOut(List<Subscriber> group) {
        long after = group.stream().mapToLong(Subscriber::position).min().orElseThrow();
        Subscriber.Key key = group.getFirst().key;
        ChangePage page;
        do {
            page = intelligence.changes(key.reader(), after, PAGE, key.scope());
            Map<Frames.Format, String> made = new HashMap<>();
            for (Change change : page.changes()) {
                for (Subscriber s : group) {
                    if (change.position() > s.position()) {
                        deliver(s, change, made);
                    }
                }
                made.clear();
            }
            after = page.next();
        } while (page.more());
        for (Subscriber s : group) {
            s.advance(after);
        }
    }

    /** Hands the change to the stream if its filter admits it; the frame is made once per format for the group. */
    private void deliver(Subscriber s, Change change, Map<Frames.Format, String> made) {
        s.advance(change.position());
        if (!s.filter.admits(change)) {
            return;
        }
        if (s.offer(change.position(), made.computeIfAbsent(s.format, f -> frames.frame(change, f)))) {
            writers.execute(() -> write(s));
        }
    }

    private void write(Subscriber s) {
        try {
            for (String text = s.take(); text != null; text = s.take()) {
                s.outlet().write(text);
            }
        } catch (java.io.IOException | RuntimeException gone) {
            // The client went away (or its response failed): forget the stream; it resumes with its last id.
            remove(s);
            s.outlet().close();
            return;
        }
        if (s.lagging()) {
            remove(s);
            s.outlet().close();
        } else if (!s.live()) {
            request();
        }
    }

    private void heartbeat() {
        for (Subscriber s : subscribers) {
            if (s.heartbeat()) {
                writers.execute(() -> write(s));
            }
        }
        request();
    }

    private static void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // The database may be away for a moment: the streams keep their positions and the next wake retries.
            log.warn("A live stream round failed; the next wake retries: {}", e.toString());
        }
    }
}
