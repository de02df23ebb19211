package org.sipar.identity.internal;

import java.time.Clock;
import java.util.Locale;
import org.sipar.identity.Person;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in, by form and HTTP Basic. Every refusal carries the one message {@link #REFUSED}, whether
 * the address is unknown, the password wrong, the account locked or disabled: the reason goes to the audit
 * trail only (as the exception's {@link Reason} cause), so nobody can learn which addresses have accounts.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    static final String REFUSED = "Sign-in failed. Check the e-mail address and password;"
            + " after repeated failures the account is locked for a while.";

    private final PasswordCheck check;
    private final Clock clock;

    PasswordSignIn(PasswordCheck check, Clock clock) {
        this.check = check;
        this.clock = clock;
    }

    /** Why a sign-in was refused, for the audit trail; never shown to the caller. */
    static final class Reason extends RuntimeException {

        Reason(String reason) {
            super(reason, null, false, false);
        }
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (!(request.getCredentials() instanceof String password)) {
            return null;
        }
        String ip = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        PasswordCheck.Result result = check.check(request.getName(), password, ip);
        if (!result.accepted()) {
            throw refused(result.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        Person person = result.account().person();
        if (!person.enabled()) {
            throw refused("account disabled");
        }
        SignedInPerson principal = new SignedInPerson(person, null, null, clock);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    private static BadCredentialsException refused(String reason) {
        return new BadCredentialsException(REFUSED, new Reason(reason));
    }
}
