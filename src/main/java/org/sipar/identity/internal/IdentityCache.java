package org.sipar.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.sipar.identity.Organisation;
import org.sipar.identity.SharingGroup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every API request asks of the identity tables, kept briefly in memory: the principal behind each API
 * token, and the lists of organisations and sharing groups the sharing policy and TAXII's collections are
 * worked out from. Without it a TAXII page cost six queries before its own, one of them a write.
 *
 * <p>Every write to people, organisations, sharing groups or tokens calls {@link #changed()}, which drops it
 * all at once and again when the writing transaction ends, so this instance never answers from data older
 * than its last write: revoking a token, locking or disabling a person and changing a group's members take
 * effect on the next request. Entries also expire after {@link #FRESH_FOR}, and a token's never outlives the
 * token, which bounds what another instance sharing the database (or a change made straight in the
 * database) can leave behind. Reads made inside a transaction bypass it, as they may see that transaction's
 * uncommitted writes.
 */
@Component
class IdentityCache {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    /** More tokens than this in use at once and the map is simply emptied: memory stays bounded. */
    private static final int MAX_TOKENS = 10_000;

    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<String, Entry<TokenOwner>> tokens = new ConcurrentHashMap<>();
    private volatile Entry<List<Organisation>> organisations;
    private volatile Entry<List<SharingGroup>> groups;
    private final Clock clock;

    IdentityCache(Clock clock) {
        this.clock = clock;
    }

    /** An entry, valid while the generation it was loaded in is current and until {@code expires} (nanoTime). */
    private record Entry<T>(long generation, long expires, T value) {
    }

    /** Drops everything, now and when the current transaction (if any) ends. */
    void changed() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    private void clear() {
        generation.incrementAndGet();
        tokens.clear();
        organisations = null;
        groups = null;
    }

    List<Organisation> organisations(Supplier<List<Organisation>> load) {
        Entry<List<Organisation>> e = organisations;
        if (fresh(e)) {
            return e.value();
        }
        long gen = generation.get();
        List<Organisation> value = List.copyOf(load.get());
        if (!inTransaction()) {
            organisations = new Entry<>(gen, System.nanoTime() + FRESH_FOR.toNanos(), value);
        }
        return value;
    }

    List<SharingGroup> sharingGroups(Supplier<List<SharingGroup>> load) {
        Entry<List<SharingGroup>> e = groups;
        if (fresh(e)) {
            return e.value();
        }
        long gen = generation.get();
        List<SharingGroup> value = List.copyOf(load.get());
        if (!inTransaction()) {
            groups = new Entry<>(gen, System.nanoTime() + FRESH_FOR.toNanos(), value);
        }
        return value;
    }

    /**
     * The person a token (by its hash) stands for, from memory or from {@code load}, which answers the
     * person, the token and its expiry (null for none) or empty when the token is not valid. Refusals are not
     * kept: a token that fails is looked up, and audited, every time.
     */
    Optional<TokenOwner> token(String hash, Supplier<Optional<TokenOwner>> load) {
        Entry<TokenOwner> e = tokens.get(hash);
        if (fresh(e)) {
            return Optional.of(e.value());
        }
        long gen = generation.get();
        Optional<TokenOwner> owner = load.get();
        if (owner.isPresent() && !inTransaction()) {
            long now = System.nanoTime();
            long expires = now + FRESH_FOR.toNanos();
            Instant tokenExpires = owner.get().expiresAt();
            if (tokenExpires != null) {
                expires = Math.min(expires, now + Math.max(0, Duration.between(clock.instant(), tokenExpires).toNanos()));
            }
            if (tokens.size() >= MAX_TOKENS) {
                tokens.clear();
            }
            tokens.put(hash, new Entry<>(gen, expires, owner.get()));
        }
        return owner;
    }

    /** A valid token's person, the token's id and scope, and when the token expires (null for never). */
    record TokenOwner(SignedInPerson person, java.util.UUID token, org.sipar.platform.TokenScope scope,
                      Instant expiresAt) {
    }

    private boolean fresh(Entry<?> e) {
        return e != null && e.generation() == generation.get() && System.nanoTime() - e.expires() < 0
                && !inTransaction();
    }

    private static boolean inTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive();
    }
}
