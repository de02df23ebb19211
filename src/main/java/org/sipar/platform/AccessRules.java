package org.sipar.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may reach a module's paths: each module registers a bean of this type, so that the platform's filter chains
 * need not name other modules' paths. A module's rules are added after the platform's public paths (sign-in,
 * assets, health) and before its catch-alls ({@code /admin/**} for administrators, everything else for any
 * signed-in person), so a rule can only open or narrow the module's own paths. Modules' paths do not overlap, so
 * the order among modules does not matter.
 */
public interface AccessRules {

    /** Adds the module's rules for people signed in with a session (the web pages). */
    default void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }

    /** Adds the module's rules for machines ({@code /api/**}, {@code /taxii2/**}) calling with tokens. */
    default void machine(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }

    /**
     * The module's machine paths (patterns such as {@code /api/v1/stream}) that a browser may also read (GET, HEAD)
     * with its web session, as a page's script does. The session is only read there, never created or changed, and
     * only for reads, which another site's page cannot see the answer of: no CSRF token is needed.
     */
    default java.util.List<String> readableWithSession() {
        return java.util.List.of();
    }

    /**
     * Paths outside {@code /api/**} and {@code /taxii2/**} that machines read with tokens (HTTP Basic or Bearer,
     * no session created), such as a CSAF provider's documents under {@code /.well-known/csaf/}: they are answered
     * by the machine filter chain, and their rules given in {@link #machine}.
     */
    default java.util.List<String> machinePaths() {
        return java.util.List.of();
    }

    /**
     * The module's session paths (patterns) whose POST needs no CSRF token, because a machine that holds no session
     * must be able to post there: RFC 8058's one-click unsubscription, which a mail client POSTs to the address in
     * a mail's {@code List-Unsubscribe} header. Such a POST must be authorised by what it carries (an unguessable
     * token), never by the session, and should only ever do something harmless to its subject.
     */
    default java.util.List<String> csrfExemptPosts() {
        return java.util.List.of();
    }
}
