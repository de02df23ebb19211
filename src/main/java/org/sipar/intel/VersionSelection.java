package org.sipar.intel;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.sipar.platform.InputRejected;
import org.sipar.platform.ParameterValues;

/**
 * Which versions of each object a query asks for; a query may ask for several, which are ORed. The first and
 * last versions are those of the copy the reader is shown, among the versions the reader may see, so a hidden
 * newer version never hides an older one.
 */
public sealed interface VersionSelection {

    /** Each object's first version. */
    VersionSelection FIRST = Named.FIRST;
    /** Each object's latest version: what a query asks for unless it says otherwise. */
    VersionSelection LAST = Named.LAST;
    /** Every version. */
    VersionSelection ALL = Named.ALL;

    /** The selection as the REST API and TAXII spell it: {@code first}, {@code last}, {@code all} or a timestamp. */
    String text();

    /**
     * The selection {@code text} of the request parameter {@code parameter} stands for: {@code first},
     * {@code last}, {@code all} or an RFC 3339 timestamp, the {@code modified} of the versions asked for. A
     * refusal names the parameter as the caller's edge calls it.
     */
    static VersionSelection parse(String parameter, String text) {
        String reason = "must be first, last, all or an RFC 3339 timestamp";
        return switch (text) {
            case "first" -> FIRST;
            case "last" -> LAST;
            case "all" -> ALL;
            default -> {
                Instant modified = ParameterValues.timestamp(parameter, text, reason);
                if (modified == null) { // a blank value
                    throw new InputRejected(parameter, text, reason);
                }
                yield new Modified(modified);
            }
        };
    }

    /** The first, the last or all versions of each object. */
    enum Named implements VersionSelection {
        FIRST, LAST, ALL;

        @Override
        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The versions whose STIX {@code modified} is this instant. */
    record Modified(Instant modified) implements VersionSelection {

        public Modified {
            Objects.requireNonNull(modified, "modified");
        }

        @Override
        public String text() {
            return modified.toString();
        }
    }
}
