package org.sipar.platform.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.sipar.platform.PublicAnswers;
import org.sipar.platform.Ui;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.ServletWebRequest;

/** {@link PublicAnswers} with the anonymous answers kept in the {@link AnswerCache}. */
@Component
class KeptPublicAnswers implements PublicAnswers {

    static final String[] VARY = {HttpHeaders.COOKIE, HttpHeaders.AUTHORIZATION};
    private final AnswerCache cache;
    private final TemplateEngine templates;

    KeptPublicAnswers(AnswerCache cache, TemplateEngine templates) {
        this.cache = cache;
        this.templates = templates;
    }

    @Override
    public ResponseEntity<byte[]> page(ServletWebRequest request, Authentication auth, Ui ui, String template,
                                       Supplier<Map<String, Object>> model) {
        // A page kept for every anonymous reader must carry nobody's CSRF token (and asking for one opens a session).
        Ui shown = PublicAnswers.anonymous(auth) ? ui.withoutCsrfToken() : ui;
        String key = "page " + ui.lang() + " " + ui.zone().getId() + " " + address(request.getRequest());
        return answer(request, auth, key, MediaType.TEXT_HTML, () -> render(template, model.get(), shown));
    }

    @Override
    public ResponseEntity<byte[]> answer(ServletWebRequest request, Authentication auth, String key, MediaType type,
                                         Supplier<String> body) {
        if (!PublicAnswers.anonymous(auth)) {
            return respond(request, AnswerCache.Answer.of(body.get(), type), CacheControl.noCache().cachePrivate());
        }
        AnswerCache.Answer kept = cache.get(key, () -> AnswerCache.Answer.of(body.get(), type));
        // A cookie set by this very request (a language or time zone chosen) is the reader's own: no shared cache.
        boolean ownCookie = request.getResponse() != null && request.getResponse().containsHeader(HttpHeaders.SET_COOKIE);
        return respond(request, kept, ownCookie ? CacheControl.noCache().cachePrivate() : CacheControl.noCache().cachePublic());
    }

    @Override
    public ResponseEntity<byte[]> everyone(ServletWebRequest request, String key, MediaType type, Supplier<String> body) {
        AnswerCache.Answer kept = cache.get(key, () -> AnswerCache.Answer.of(body.get(), type));
        if (request.checkNotModified(kept.etag())) {
            return ResponseEntity.status(304).eTag(kept.etag()).cacheControl(CacheControl.noCache().cachePublic()).build();
        }
        return ResponseEntity.ok().eTag(kept.etag()).cacheControl(CacheControl.noCache().cachePublic())
                .contentType(kept.type()).body(kept.body());
    }

    @Override
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cache.changed();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.changed();
            }
        });
    }

    private static ResponseEntity<byte[]> respond(ServletWebRequest request, AnswerCache.Answer a, CacheControl cache) {
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
