package org.sipar.advisory.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.sipar.advisory.AdvisoryPublished;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The answers every anonymous reader gets alike (lists, pages, feeds, the provider's public files), each made once
 * and kept until something is published. An answer is kept under the generation it was made in; the generation moves
 * on when a revision is published: on this node as soon as its transaction has committed ({@link AdvisoryPublished}),
 * on the others within about a second, since each node compares the published documents' count and newest release
 * (and the signing keys', which the provider's metadata lists) with what it saw last, at most once a second, on the
 * request that finds the check due. An answer made from rows read
 * before a publication is kept under the generation before it, which nobody asks for any more.
 */
@Component
class PublicCache {

    /** How often a node looks at the database for publications made by other nodes. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    /** Bytes kept at most: the ROLIE feed of 10,000 advisories is about 8 MB, a list page 30 kB. */
    static final long MAX_BYTES = 48L << 20;
    private final Cache<String, Answer> answers = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((String key, Answer a) -> a.body().length + key.length())
            .expireAfterAccess(Duration.ofMinutes(30)).build();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong nextCheck = new AtomicLong(System.nanoTime());
    private volatile String seen = "";
    private final JdbcClient jdbc;

    PublicCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An answer as kept: its bytes (UTF-8), its strong ETag (of those bytes) and its media type. */
    record Answer(byte[] body, String etag, MediaType type) {

        static Answer of(String body, MediaType type) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + Provider.hex("SHA-256", bytes).substring(0, 32) + "\"";
            return new Answer(bytes, etag, new MediaType(type, StandardCharsets.UTF_8));
        }
    }

    /** The answer kept under {@code key} since the last publication; made by {@code make} (once) when there is none. */
    Answer get(String key, Supplier<Answer> make) {
        checkIfDue();
        return answers.get(generation.get() + " " + key, k -> make.get());
    }

    /** Runs in the publishing thread right after the commit: the next request on this node sees the publication. */
    @TransactionalEventListener(fallbackExecution = true)
    void published(AdvisoryPublished event) {
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
        String stamp = jdbc.sql("""
                select (select count(*) || ' ' || coalesce(max(released_at)::text, '') from advisory_documents)
                    || ' ' || (select count(*) || ' ' || count(retired_at) from advisory_signing_keys)""")
                .query(String.class).single();
        if (!stamp.equals(seen)) {
            seen = stamp;
            generation.incrementAndGet();
        }
    }
}
