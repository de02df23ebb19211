package org.sipar.intel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an import stands: {@code queued} (its bundle is on disk, waiting for one of the import threads),
 * {@code running}, and once it is over {@code complete} (every object was read) or {@code failed} (the input
 * broke off, or the import could not go on; what came before stays). Written in lower case, as clients read it.
 */
public enum ImportStatus {
    QUEUED, RUNNING, COMPLETE, FAILED;

    /** Whether the import is over. */
    public boolean finished() {
        return this == COMPLETE || this == FAILED;
    }

    /** The name clients and the database read: {@code queued}, {@code running}, {@code complete}, {@code failed}. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ImportStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value();
    }
}
