package org.sipar.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.sipar.platform.Audit;
import org.sipar.platform.SiparSettings;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Answers sign-in attempts: each is audited; repeated failures are answered ever more slowly, and then
 * lock the account for a while. The delay holds only the failing request's (virtual) thread.
 */
@Component
class SignInAttempts {

    private final People people;
    private final Audit audit;
    private final SiparSettings.Security settings;

    SignInAttempts(People people, Audit audit, SiparSettings settings) {
        this.people = people;
        this.audit = audit;
        this.settings = settings.security();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String email = attempt.getName();
        Map<String, Object> details = Map.of("reason", event.getException().getMessage());
        audit.record(new Audit.Entry(null, email, "sign-in", email, false, ip(attempt), details));
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            int failures = people.failedSignIn(email);
            if (failures >= settings.lockAfterFailures()) {
                people.lock(email, Instant.now().plus(settings.lockFor()));
                audit.record(new Audit.Entry(null, email, "account.locked", email, true, ip(attempt),
                        Map.of("failures", failures, "lockedFor", settings.lockFor().toString())));
            } else if (failures >= 2) {
                pause(settings.failureDelay().multipliedBy(1L << Math.min(failures - 2, 6)));
            }
        }
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

    @EventListener
    void authenticated(AuthenticationSuccessEvent event) {
        people.resetFailures(event.getAuthentication().getName());
    }

    private static java.util.UUID principalId(Authentication who) {
        return who.getPrincipal() instanceof SignedInPerson p ? p.personId() : null;
    }

    private static String ip(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
