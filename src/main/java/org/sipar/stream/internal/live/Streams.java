package org.sipar.stream.internal.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Readers;
import org.sipar.stream.internal.FeedFilter;
import org.sipar.taxii.Collections;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens a live stream: checks the request before anything is sent (every unknown parameter and bad value named,
 * a collection the caller may not read refused), works out the reader once, and hands the stream to the
 * {@link Dispatcher}. A stream resumes after its {@code Last-Event-ID} or {@code after}; without either it starts
 * at the log's end, with what is committed next.
 */
@Component
class Streams {

    static final List<String> PARAMETERS = List.copyOf(concat(FeedFilter.PARAMETERS, List.of("after")));
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final Dispatcher dispatcher;
    private final Intelligence intelligence;
    private final Readers readers;
    private final Collections collections;
    private final LiveSettings settings;

    Streams(Dispatcher dispatcher, Intelligence intelligence, Readers readers, Collections collections, LiveSettings settings) {
        this.dispatcher = dispatcher;
        this.intelligence = intelligence;
        this.readers = readers;
        this.collections = collections;
        this.settings = settings;
    }

    SseEmitter open(Authentication auth, Map<String, String[]> parameters, String lastEventId, Frames.Format format) {
        ObjectQuery.Scope scope = check(auth, parameters);
        FeedFilter filter = FeedFilter.parse(parameters);
        long after = start(lastEventId, parameters.get("after"));
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = new Subscriber(new Subscriber.Key(readers.of(auth), scope), filter, format, after,
                settings.buffer(), outlet(emitter));
        emitter.onCompletion(() -> dispatcher.remove(subscriber));
        emitter.onError(e -> dispatcher.remove(subscriber));
        emitter.onTimeout(() -> dispatcher.remove(subscriber));
        try {
            // Sent at once, so that the client has the answer's headers before the first change comes.
            subscriber.outlet().write(Frames.OPENED);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        dispatcher.add(subscriber);
        return emitter;
    }

    /**
     * Refuses, naming each, the parameters the stream does not take and every bad filter value, and a collection
     * the caller may not read; returns the part of the store to follow.
     */
    ObjectQuery.Scope check(Authentication auth, Map<String, String[]> parameters) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        parameters.keySet().stream().filter(p -> !PARAMETERS.contains(p)).sorted().forEach(p -> problems.add(
                new InputRejected.Problem(p, String.join(",", parameters.get(p)), "is not a parameter of the stream; it takes "
                        + String.join(", ", PARAMETERS))));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        FeedFilter filter = FeedFilter.parse(parameters);
        return filter.collection() == null ? new ObjectQuery.Scope.All()
                : collections.readableScope(auth, filter.collection()).orElseThrow(() -> new InputRejected("collection",
                        filter.collection().toString(), "is not a TAXII collection you may read"));
    }

    /** Where to start: after the last event the client had (its header wins, as a reconnecting browser sends it). */
    private long start(String lastEventId, String[] after) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            return position("Last-Event-ID", lastEventId);
        }
        if (after != null && after.length > 0) {
            if (after.length > 1) {
                throw new InputRejected("after", String.join(",", after), "is given more than once");
            }
            return position("after", after[0]);
        }
        return intelligence.head();
    }

    private static long position(String name, String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new InputRejected(name, text, "must be the id of an event of the stream (a whole number, 0 for the start)");
    }

    private static Subscriber.Outlet outlet(SseEmitter emitter) {
        return new Subscriber.Outlet() {
            @Override
            public void write(String text) throws IOException {
                emitter.send(Set.of(new DataWithMediaType(text, TEXT)));
            }

            @Override
            public void close() {
                try {
                    emitter.complete();
                } catch (RuntimeException alreadyGone) {
                    // the response ended already
                }
            }
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
