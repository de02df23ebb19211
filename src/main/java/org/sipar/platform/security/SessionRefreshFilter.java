package org.sipar.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.sipar.platform.SessionPeople;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the person a web session was signed in as against the directory on every request, right after the
 * session's security context is read: a disabled person's session ends at their next request, on any node, and
 * changed roles take effect at once. {@code repository} keeps the refreshed context in the session; null on the
 * machine chain, which never writes a session (the next page visit stores it).
 */
final class SessionRefreshFilter extends OncePerRequestFilter {

    private final SessionPeople people;
    private final SecurityContextRepository repository;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionRefreshFilter(SessionPeople people, SecurityContextRepository repository) {
        this.people = people;
        this.repository = repository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = session == null ? null : holder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            refresh(signedIn, session, request, response);
        }
        chain.doFilter(request, response);
    }

    private void refresh(Authentication signedIn, HttpSession session, HttpServletRequest request,
                         HttpServletResponse response) {
        Optional<Authentication> now = people.asNow(signedIn);
        if (now.isEmpty()) {
            holder.clearContext();
            session.invalidate();
        } else if (now.get() != signedIn) {
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(now.get());
            holder.setContext(context);
            if (repository != null) {
                repository.saveContext(context, request, response);
            }
        }
    }
}
