package org.sipar.stream.internal.live;

import java.util.ArrayDeque;
import org.sipar.intel.ObjectQuery;
import org.sipar.sharing.Reader;
import org.sipar.stream.internal.FeedFilter;

/**
 * One open stream: whom it reads as, what it asked for, how far the dispatcher has read for it, and the bounded
 * buffer of frames waiting to be written. The dispatcher alone moves {@link #position} and fills the buffer; a
 * writer task empties it; heartbeats add to it when it is idle. Its reader is worked out once, when the stream
 * opens: a change of memberships reaches a stream when it reconnects.
 */
final class Subscriber {

    /** Who reads and within which collection: subscribers with equal keys share one read of the change log. */
    record Key(Reader reader, ObjectQuery.Scope scope) {
    }

    final Key key;
    final FeedFilter filter;
    final Frames.Format format;
    private final int capacity;
    private final ArrayDeque<String> buffer = new ArrayDeque<>();
    private final Outlet outlet;
    private long position;
    private boolean live;
    private boolean writing;
    private boolean lagging;
    private long lastQueued;

    Subscriber(Key key, FeedFilter filter, Frames.Format format, long after, int capacity, Outlet outlet) {
        this.key = key;
        this.filter = filter;
        this.format = format;
        this.position = after;
        this.lastQueued = after;
        this.capacity = capacity;
        this.outlet = outlet;
    }

    /** Where the stream writes its frames, off the dispatcher's thread. */
    interface Outlet {
        /** Writes {@code text} (whole frames) and flushes; throws when the client went away. */
        void write(String text) throws java.io.IOException;

        /** Ends the response. */
        void close();
    }

    long position() {
        return position;
    }

    void advance(long to) {
        position = Math.max(position, to);
    }

    boolean live() {
        return live;
    }

    void goLive() {
        live = true;
    }

    /** How many frames the buffer has room for now. */
    synchronized int room() {
        return lagging ? 0 : capacity - buffer.size();
    }

    /**
     * Queues the frame of the change at {@code at}; returns whether a writer must be started. When the buffer is
     * full it queues, once, the lagging frame after what it holds (which the client still receives), and refuses
     * the rest: the client resumes from that frame's id, the last one it was sent.
     */
    synchronized boolean offer(long at, String frame) {
        if (lagging) {
            return false;
        }
        if (buffer.size() >= capacity) {
            lagging = true;
            buffer.add(Frames.lagging(lastQueued));
        } else {
            buffer.add(frame);
            lastQueued = at;
        }
        return startWriting();
    }

    /** Queues a heartbeat comment if nothing else waits; returns whether a writer must be started. */
    synchronized boolean heartbeat() {
        if (!buffer.isEmpty() || lagging) {
            return false;
        }
        buffer.add(Frames.HEARTBEAT);
        return startWriting();
    }

    synchronized boolean lagging() {
        return lagging;
    }

    private boolean startWriting() {
        if (writing) {
            return false;
        }
        writing = true;
        return true;
    }

    /** What the writer writes next (all that waits, joined), or null when the buffer is empty and it may stop. */
    synchronized String take() {
        if (buffer.isEmpty()) {
            writing = false;
            return null;
        }
        StringBuilder text = new StringBuilder();
        while (!buffer.isEmpty()) {
            text.append(buffer.poll());
        }
        return text.toString();
    }

    Outlet outlet() {
        return outlet;
    }
}
