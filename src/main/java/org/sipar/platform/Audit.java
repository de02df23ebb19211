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
