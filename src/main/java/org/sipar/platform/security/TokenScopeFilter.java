package org.sipar.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sipar.platform.TokenScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 403 and a problem detail naming the scope that is missing, a request made with an API token
 * whose scope does not allow it (see {@link TokenScope#missingFor}). It runs once the caller is known and before
 * the modules' rules, so a read token never reaches code that writes. Callers without a token pass untouched.
 */
final class TokenScopeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Optional<TokenScope> scope = caller == null ? Optional.empty() : TokenScope.among(caller.getAuthorities());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<TokenScope> missing = scope.flatMap(s -> s.missingFor(request.getMethod(), path));
        if (missing.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response, path, scope.get(), missing.get());
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path,
                               TokenScope scope, TokenScope missing) throws IOException {
        String detail = "This API token has the scope '" + scope.id() + "', which does not allow "
                + request.getMethod() + " " + path + ": that needs a token with the scope '" + missing.id() + "'"
                + (scope == TokenScope.READ && path.startsWith("/taxii2/") ? " (or 'taxii')" : "") + ".";
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        if (path.startsWith("/taxii2/")) {
            // TAXII clients expect TAXII's error message format and media type (UTF-8 is JSON's own).
            response.setContentType("application/taxii+json;version=2.1");
            response.getOutputStream().write(("{\"title\":\"Forbidden\",\"http_status\":\"403\",\"description\":\""
                    + Json.escape(detail) + "\",\"details\":{\"missing_scope\":\"" + missing.id() + "\"}}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Missing token scope\",\"status\":403,"
                + "\"detail\":\"" + Json.escape(detail) + "\",\"instance\":\"" + Json.escape(path)
                + "\",\"missingScope\":\"" + missing.id() + "\",\"tokenScope\":\"" + scope.id() + "\"}");
    }
}
