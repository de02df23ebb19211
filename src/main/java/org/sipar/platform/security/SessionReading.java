package org.sipar.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The machine chain's security context: per request as before, and on the few paths the modules name
 * ({@link org.sipar.platform.AccessRules#readableWithSession}) also the web session's, for reads only. It never
 * creates or writes a session, so the machine chain stays stateless.
 */
final class SessionReading implements SecurityContextRepository {

    private final RequestAttributeSecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final RequestMatcher readable;

    SessionReading(List<String> paths) {
        this.readable = paths.isEmpty() ? request -> false : new OrRequestMatcher(paths.stream()
                .<RequestMatcher>map(p -> PathPatternRequestMatcher.withDefaults().matcher(p)).toList());
        sessions.setAllowSessionCreation(false);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public org.springframework.security.core.context.DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        var own = perRequest.loadDeferredContext(request);
        if (!own.isGenerated() || !sessionRead(request)) {
            return own;
        }
        return sessions.loadDeferredContext(request);
    }

    private boolean sessionRead(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getSession(false) != null && readable.matches(request);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        perRequest.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return perRequest.containsContext(request) || sessionRead(request) && sessions.containsContext(request);
    }
}
