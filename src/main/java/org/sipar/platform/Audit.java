package org.sipar.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The audit trail: who did what to what, when, from where, and whether it succeeded. */
public interface Audit {

    /** Records that the signed-in caller of the current request did {@code action} to {@code target}. */
    void record(String action, String target, Map<String, ?> details);

    /** Records an entry whose actor is named explicitly, such as a sign-in attempt. */
    void record(Entry entry);

    /**
     * Records that the signed-in caller of the current request was refused {@code action} on {@code target}
     * (a 403, say), with the reason given to them: an entry whose outcome is a failure.
     */
    void refused(String action, String target, String reason);

    /** One page of the entries that {@code filter} selects, newest first. */
    Page search(Filter filter);

    /**
     * Which entries to show: by action (exact, or a prefix ending in a dot such as {@code intel.}), by the actor's
     * name (exact), recorded at or after {@code from} and before {@code before} (each may be null), and which page:
     * the entries with ids below {@code beforeId} (0 for the newest), at most {@code limit}.
     */
    record Filter(String action, String actor, Instant from, Instant before, long beforeId, int limit) {

        public Filter {
            action = action == null || action.isBlank() ? null : action.strip();
            actor = actor == null || actor.isBlank() ? null : actor.strip();
            limit = Math.clamp(limit, 1, 10_000);
        }
    }

    /** A page of entries, and the {@code beforeId} of the next page when there is one (else 0). */
    record Page(List<Recorded> entries, long nextBeforeId) {

        public Page {
            entries = List.copyOf(entries);
        }

        public boolean more() {
            return nextBeforeId > 0;
        }
    }

    /** The newest entries first, at most {@code limit}, whose action starts with {@code actionPrefix} if given. */
    List<Recorded> recent(String actionPrefix, String actor, int limit);

    /** How many entries each of the last {@code days} days has, oldest first, for charts. */
    List<DayCount> perDay(int days);

    /** An entry to record; {@code actorId} and {@code sourceIp} may be null. */
    record Entry(UUID actorId, String actor, String action, String target, boolean success, String sourceIp,
                 Map<String, ?> details) {

        public Entry {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            details = details == null ? Map.of() : details;
        }
    }

    /** An entry as stored. */
    record Recorded(long id, Instant at, String actor, String action, String target, boolean success,
                    String sourceIp, String details) {
    }

    /** The number of entries on one day, and of those the failures. */
    record DayCount(java.time.LocalDate day, long total, long failures) {
    }
}
