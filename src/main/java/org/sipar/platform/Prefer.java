package org.sipar.platform;

import java.util.Arrays;
import java.util.Collection;

/** The {@code Prefer} request header (RFC 7240), as the web edges read it. */
public final class Prefer {

    private Prefer() {
    }

    /**
     * Whether the {@code Prefer} header values (comma-separated preferences, each with optional parameters) ask
     * for {@code respond-async}: an answer as soon as the request is accepted, before its work is done.
     */
    public static boolean respondAsync(Collection<String> values) {
        if (values == null) {
            return false;
        }
        return values.stream().flatMap(h -> Arrays.stream(h.split(",")))
                .map(p -> p.split(";", 2)[0].strip())
                .anyMatch(p -> p.equalsIgnoreCase("respond-async"));
    }
}
