package org.sipar.platform;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * How a page or feed that depends on its reader is answered, for every module that serves anonymous readers (the
 * home page, the advisories, their feeds and the CSAF provider's files). An anonymous reader's answer is made once
 * until something public changes and is {@code public}, but varies on {@code Cookie} and {@code Authorization}, so
 * that no shared cache gives it to someone signed in (who may see more). Anyone else's is made for them and
 * {@code private}. Every answer has a strong ETag, and a conditional request that matches gets a 304.
 *
 * <p>What is public changes when a module says so: {@link #changed()} in the transaction of the change (effective on
 * this node once it commits), and a {@link Stamp} the module contributes, which every node compares at most once a
 * second, so that a change made on another node shows within about a second.
 */
public interface PublicAnswers {

    /**
     * {@code template} rendered with the parameters {@code model} gives (and the page's {@code ui}); for anonymous
     * readers once per change and without a CSRF token (a page kept for everyone must carry nobody's), so
     * {@code model}, which reads the database, is asked only when the page is made.
     */
    ResponseEntity<byte[]> page(ServletWebRequest request, Authentication auth, Ui ui, String template,
                                Supplier<Map<String, Object>> model);

    /** The answer under {@code key} for anonymous readers (made by {@code body} once per change), else made now. */
    ResponseEntity<byte[]> answer(ServletWebRequest request, Authentication auth, String key, MediaType type,
                                  Supplier<String> body);

    /** An answer that is the same for every reader, signed in or not (a provider's public listing): kept, public. */
    ResponseEntity<byte[]> everyone(ServletWebRequest request, String key, MediaType type, Supplier<String> body);

    /** What anonymous readers are answered changes with the current transaction: after it commits (at once without one). */
    void changed();

    /** Whether {@code auth} is nobody signed in: the reader whose answers are kept and shared. */
    static boolean anonymous(Authentication auth) {
        return auth == null || !auth.isAuthenticated()
                || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken;
    }

    /**
     * A module's cheap summary of the rows its public answers are made from (counts and newest change times, say):
     * when any module's stamp differs from the one seen last, the kept answers are made again.
     */
    @FunctionalInterface
    interface Stamp {

        /** One short query's result; the same text as long as nothing public has changed. */
        String stamp();
    }
}
