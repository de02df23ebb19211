package org.sipar.platform;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;

/**
 * What an API token may be used for. A caller signed in with a token carries its scope as an authority
 * ({@link #authority()}); the platform's machine filter chain refuses what the scope does not allow, before any
 * module's own rules (which still decide what the person may do). Passwords and sessions have no scope.
 */
public enum TokenScope {
    /** Reads through the REST API and TAXII; publishes, changes and deletes nothing. */
    READ,
    /** TAXII 2.1 under {@code /taxii2/} only: reads and, when the person publishes, adds and deletes. No REST API. */
    TAXII,
    /** Everything the person may do, through the REST API and TAXII. Tokens made before scopes existed have it. */
    WRITE;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** The name used in forms, the API and the database: {@code read}, {@code taxii}, {@code write}. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The authority a token's caller carries. */
    public String authority() {
        return "SCOPE_" + name();
    }

    /** The scope with the given {@link #id()}, if there is one. */
    public static Optional<TokenScope> of(String id) {
        for (TokenScope scope : values()) {
            if (scope.id().equals(id)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /** The scope among a caller's authorities; empty for callers that did not use a token. */
    public static Optional<TokenScope> among(Collection<? extends GrantedAuthority> authorities) {
        for (TokenScope scope : values()) {
            if (authorities.stream().anyMatch(a -> scope.authority().equals(a.getAuthority()))) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /**
     * The scope a request needs that this one is not, or empty when this scope allows it: the REST API is out of
     * reach of a TAXII token, and anything but a read (GET, HEAD, OPTIONS) out of reach of a read token.
     */
    public Optional<TokenScope> missingFor(String method, String path) {
        boolean write = !SAFE_METHODS.contains(method.toUpperCase(java.util.Locale.ROOT));
        boolean taxii = path.startsWith("/taxii2/");
        return switch (this) {
            case WRITE -> Optional.empty();
            case READ -> write ? Optional.of(WRITE) : Optional.empty();
            case TAXII -> taxii ? Optional.empty() : Optional.of(write ? WRITE : READ);
        };
    }
}
