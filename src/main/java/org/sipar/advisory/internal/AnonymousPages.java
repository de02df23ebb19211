package org.sipar.advisory.internal;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Ui;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * How a page or feed that depends on its reader is answered. An anonymous reader's answer is made once per
 * publication ({@link PublicCache}) and is public, but varies on {@code Cookie} and {@code Authorization}, so that no
 * shared cache gives it to someone signed in (who sees more). Anyone else's is made for them and private, so that no
 * shared cache keeps a member's answer. Every answer has a strong ETag and conditional requests get a 304. Made for
 * the advisories' list, pages and feeds; the home page can answer the same way with {@link #page}.
 */
@Component
public class AnonymousPages {

    static final String[] VARY = {HttpHeaders.COOKIE, HttpHeaders.AUTHORIZATION};
    private final PublicCache cache;
    private final TemplateEngine templates;

    AnonymousPages(PublicCache cache, TemplateEngine templates) {
        this.cache = cache;
        this.templates = templates;
    }

    /**
     * {@code template} rendered with the parameters {@code model} gives (and {@code ui}); for anonymous readers once per
     * publication, so {@code model} (which reads the database) is asked only when the page is made.
     */
    public ResponseEntity<byte[]> page(ServletWebRequest request, Authentication auth, Ui ui, String template,
                                       Supplier<Map<String, Object>> model) {
        boolean anonymous = CurrentUser.of(auth).isEmpty();
        // A page kept for every anonymous reader must carry nobody's CSRF token (and asking for one opens a session).
        Ui shown = anonymous ? ui.withoutCsrfToken() : ui;
        String key = "page " + ui.lang() + " " + ui.zone().getId() + " " + address(request.getRequest());
        return answer(request, auth, key, MediaType.TEXT_HTML, () -> render(template, model.get(), shown));
    }

    /** The answer under {@code key} for anonymous readers (made by {@code body} once per publication), else made now. */
    public ResponseEntity<byte[]> answer(ServletWebRequest request, Authentication auth, String key, MediaType type,
                                         Supplier<String> body) {
        if (CurrentUser.of(auth).isPresent()) {
            return respond(request, PublicCache.Answer.of(body.get(), type), CacheControl.noCache().cachePrivate());
        }
        PublicCache.Answer kept = cache.get(key, () -> PublicCache.Answer.of(body.get(), type));
        // A cookie set by this very request (a language or time zone chosen) is the reader's own: no shared cache.
        boolean ownCookie = request.getResponse() != null && request.getResponse().containsHeader(HttpHeaders.SET_COOKIE);
        return respond(request, kept, ownCookie ? CacheControl.noCache().cachePrivate() : CacheControl.noCache().cachePublic());
    }

    /** An answer that is the same for every reader (the TLP:WHITE folder, the provider's metadata): kept, public. */
    public ResponseEntity<byte[]> everyone(ServletWebRequest request, String key, MediaType type, Supplier<String> body) {
        PublicCache.Answer kept = cache.get(key, () -> PublicCache.Answer.of(body.get(), type));
        if (request.checkNotModified(kept.etag())) {
            return ResponseEntity.status(304).eTag(kept.etag()).cacheControl(CacheControl.noCache().cachePublic()).build();
        }
        return ResponseEntity.ok().eTag(kept.etag()).cacheControl(CacheControl.noCache().cachePublic())
                .contentType(kept.type()).body(kept.body());
    }

    private static ResponseEntity<byte[]> respond(ServletWebRequest request, PublicCache.Answer a, CacheControl cache) {
        if (request.checkNotModified(a.etag())) {
            return ResponseEntity.status(304).eTag(a.etag()).cacheControl(cache).varyBy(VARY).build();
        }
        return ResponseEntity.ok().eTag(a.etag()).cacheControl(cache).varyBy(VARY).contentType(a.type()).body(a.body());
    }

    private String render(String template, Map<String, Object> model, Ui ui) {
        Map<String, Object> params = new HashMap<>(model);
        params.put("ui", ui);
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        return out.toString();
    }

    private static String address(HttpServletRequest request) {
        return request.getQueryString() == null ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
    }
}
