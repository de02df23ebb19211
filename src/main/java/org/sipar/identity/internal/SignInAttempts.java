package org.sipar.identity.internal;

import java.util.Map;
import org.sipar.platform.Audit;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Audits sign-in attempts and sign-outs, with the real reason of each refusal. Counting, delays and locks are
 * {@link PasswordCheck}'s: only a password check counts, so an API token's success resets nothing.
 */
@Component
class SignInAttempts {

    private final People people;
    private final Audit audit;

    SignInAttempts(People people, Audit audit) {
        this.people = people;
        this.audit = audit;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String email = attempt.getName();
        Map<String, Object> details = Map.of("reason", reason(event.getException()));
        audit.record(new Audit.Entry(null, email, "sign-in", email, false, ip(attempt), details));
    }

    @EventListener
    void signedInInteractively(InteractiveAuthenticationSuccessEvent event) {
        Authentication who = event.getAuthentication();
        people.signedIn(who.getName());
        audit.record(new Audit.Entry(principalId(who), who.getName(), "sign-in", who.getName(), true, ip(who), Map.of()));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Authentication who = event.getAuthentication();
        audit.record(new Audit.Entry(principalId(who), who.getName(), "sign-out", who.getName(), true, ip(who), Map.of()));
    }

    private static java.util.UUID principalId(Authentication who) {
        return who.getPrincipal() instanceof SignedInPerson p ? p.personId() : null;
    }

    private static String ip(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }

    /** The real reason of a refused password sign-in (kept from the caller), else the failure's message. */
    private static String reason(AuthenticationException failure) {
        return failure.getCause() instanceof PasswordSignIn.Reason r ? r.getMessage() : failure.getMessage();
    }
}
