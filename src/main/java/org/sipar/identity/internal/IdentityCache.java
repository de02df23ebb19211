package org.sipar.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.sipar.identity.Organisation;
import org.sipar.identity.Person;
import org.sipar.identity.SharingGroup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every API request asks of the identity tables, kept in memory: the principal behind each API token, and
 * the lists of organisations and sharing groups the sharing policy and TAXII's collections are worked out from.
 * Without it a TAXII page cost six queries before its own, one of them a write.
 *
 * <p>Every write to people, organisations, sharing groups or tokens calls {@link #changed()}, which raises the
 * shared {@link IdentityRevision} in the writing transaction and drops it all here at once and again when that
 * transaction ends. Each entry keeps the revision it was loaded under and is used only while the revision read
 * at the time of use is the same: several nodes share one database, and a token revoked or a person locked on
 * one of them is refused by every node from the next request on (one look-up of a one-row table per use instead
 * of the queries it spares). Entries also expire after {@link #FRESH_FOR}, and a token's never outlives the
 * token, which bounds what a change made straight in the database can leave behind. Reads made inside a
 * transaction bypass it, as they may see that transaction's uncommitted writes.
 */
@Component
class IdentityCache {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    /** More tokens than this in use at once and the map is simply emptied: memory stays bounded. */
    private static final int MAX_TOKENS = 10_000;

    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<String, Entry<TokenOwner>> tokens = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<UUID, Entry<Optional<Person>>> people = new ConcurrentHashMap<>();
    private volatile Entry<List<Organisation>> organisations;
    private volatile Entry<List<SharingGroup>> groups;
    private final Clock clock;
    private final IdentityRevision revision;

    IdentityCache(Clock clock, IdentityRevision revision) {
        this.clock = clock;
        this.revision = revision;
    }

    /**
     * An entry, valid while the generation it was loaded in is current, the shared revision is the one it was
     * loaded under, and until {@code expires} (nanoTime).
     */
    private record Entry<T>(long generation, long revision, long expires, T value) {
    }

    /**
     * Raises the shared revision (in the current transaction, if any, else at once: callers outside one call this
     * after their write) and drops everything here, now and when the current transaction ends.
     */
    void changed() {
        revision.raise();
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
        people.clear();
        organisations = null;
        groups = null;
    }

    List<Organisation> organisations(Supplier<List<Organisation>> load) {
        Entry<List<Organisation>> e = organisations;
        if (fresh(e)) {
            return e.value();
        }
        long gen = generation.get();
        long rev = inTransaction() ? -1 : revision.current();
        List<Organisation> value = List.copyOf(load.get());
        if (!inTransaction()) {
            organisations = new Entry<>(gen, rev, System.nanoTime() + FRESH_FOR.toNanos(), value);
        }
        return value;
    }

    List<SharingGroup> sharingGroups(Supplier<List<SharingGroup>> load) {
        Entry<List<SharingGroup>> e = groups;
        if (fresh(e)) {
            return e.value();
        }
        long gen = generation.get();
        long rev = inTransaction() ? -1 : revision.current();
        List<SharingGroup> value = List.copyOf(load.get());
        if (!inTransaction()) {
            groups = new Entry<>(gen, rev, System.nanoTime() + FRESH_FOR.toNanos(), value);
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
        long rev = inTransaction() ? -1 : revision.current();
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
            tokens.put(hash, new Entry<>(gen, rev, expires, owner.get()));
        }
        return owner;
    }

    /**
     * The person with {@code id} as the directory has them (empty: removed), from memory or from {@code load};
     * asked on every request of a web session, so a session sees a disabled person or changed roles at once.
     */
    Optional<Person> person(UUID id, Supplier<Optional<Person>> load) {
        Entry<Optional<Person>> e = people.get(id);
        if (fresh(e)) {
            return e.value();
        }
        long gen = generation.get();
        long rev = inTransaction() ? -1 : revision.current();
        Optional<Person> person = load.get();
        if (!inTransaction()) {
            if (people.size() >= MAX_TOKENS) {
                people.clear();
            }
            people.put(id, new Entry<>(gen, rev, System.nanoTime() + FRESH_FOR.toNanos(), person));
        }
        return person;
    }

    /** A valid token's person, the token's id and scope, and when the token expires (null for never). */
    record TokenOwner(SignedInPerson person, UUID token, org.sipar.platform.TokenScope scope,
                      Instant expiresAt) {
    }

    /** Whether {@code e} may be used: the revision is read last, only for an entry that passes the rest. */
    private boolean fresh(Entry<?> e) {
        return e != null && e.generation() == generation.get() && System.nanoTime() - e.expires() < 0
                && !inTransaction() && e.revision() == revision.current();
    }

    private static boolean inTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive();
    }
}
