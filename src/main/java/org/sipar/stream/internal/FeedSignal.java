package org.sipar.stream.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Wakes whatever follows the change log (the live streams, the webhooks' dispatcher) when it may have grown: on
 * this node after an intelligence change commits, and on another node when the change arrives through Kafka. A
 * wake carries no data: a woken follower reads the change log after its own position, so a lost or doubled wake
 * costs a read, never a gap or a duplicate.
 */
@Component
public class FeedSignal {

    private final List<Runnable> followers = new CopyOnWriteArrayList<>();

    /** Calls {@code follower} at every wake, on the waking thread: it must only hand the work to its own thread. */
    public void onWake(Runnable follower) {
        followers.add(follower);
    }

    /** The change log may have grown. */
    public void wake() {
        followers.forEach(Runnable::run);
    }
}
