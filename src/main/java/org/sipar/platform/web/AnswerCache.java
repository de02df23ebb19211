package org.sipar.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sipar.platform.PublicAnswers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The answers every anonymous reader gets alike, each made once and kept until something public changes. An answer
 * is kept under the generation it was made in; the generation moves on when a module says that what is public has
 * changed (on this node, right after the change commits) or when the modules' {@link PublicAnswers.Stamp}s differ
 * from those seen last, which each node compares at most once a second, on the request that finds the check due (so
 * a change made on another node shows within about a second). An answer made from rows read before a change is kept
 * under the generation before it, which nobody asks for any more.
 */
@Component
class AnswerCache {

    /** How often a node looks at the database for changes made by other nodes. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    /** Bytes kept at most: the ROLIE feed of 10,000 advisories is about 8 MB, a list page 30 kB. */
    static final long MAX_BYTES = 48L << 20;
    private final Cache<String, Answer> answers = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((String key, Answer a) -> a.body().length + key.length())
            .expireAfterAccess(Duration.ofMinutes(30))
            // what is dated relative to now (the home page's last 90 days) is made again at least hourly
            .expireAfterWrite(Duration.ofHours(1)).build();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong nextCheck = new AtomicLong(System.nanoTime());
    private volatile String seen = "";
    // provided lazily: a module's stamp may itself say, through PublicAnswers, that what is public changed
    private final ObjectProvider<PublicAnswers.Stamp> stamps;

    AnswerCache(ObjectProvider<PublicAnswers.Stamp> stamps) {
        this.stamps = stamps;
    }

    /** An answer as kept: its bytes (UTF-8), its strong ETag (of those bytes) and its media type. */
    record Answer(byte[] body, String etag, MediaType type) {

        static Answer of(String body, MediaType type) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return new Answer(bytes, "\"" + sha256(bytes).substring(0, 32) + "\"", new MediaType(type, StandardCharsets.UTF_8));
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }

    /** The answer kept under {@code key} since the last change; made by {@code make} (once) when there is none. */
    Answer get(String key, Supplier<Answer> make) {
        checkIfDue();
        return answers.get(generation.get() + " " + key, k -> make.get());
    }

    /** Answers made from now on are made afresh. */
    void changed() {
        generation.incrementAndGet();
    }

    /** The answers kept now (for tests and the benchmark's log). */
    long size() {
        return answers.estimatedSize();
    }

    private void checkIfDue() {
        long now = System.nanoTime(); // a pace, not a date: the monotonic clock, not the application's Clock
        long due = nextCheck.get();
        if (now - due < 0 || !nextCheck.compareAndSet(due, now + TimeUnit.NANOSECONDS.convert(CHECK_EVERY))) {
            return;
        }
        String stamp = stamps.orderedStream().map(PublicAnswers.Stamp::stamp).collect(Collectors.joining(" | "));
        if (!stamp.equals(seen)) {
            seen = stamp;
            changed();
        }
    }
}
