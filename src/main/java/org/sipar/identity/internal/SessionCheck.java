package org.sipar.identity.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.sipar.identity.Person;
import org.sipar.platform.Audit;
import org.sipar.platform.SessionPeople;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A web session's person as the directory has them now, looked up through {@link IdentityCache} (so one read of
 * the shared revision per request, and the person's row only after a change anywhere in the cluster). A sign-in
 * lock after wrong passwords does not end a session: whoever guesses at a password must not sign its owner out.
 */
@Component
class SessionCheck implements SessionPeople {

    private final People people;
    private final IdentityCache cache;
    private final Audit audit;
    private final Clock clock;

    SessionCheck(People people, IdentityCache cache, Audit audit, Clock clock) {
        this.people = people;
        this.cache = cache;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<Authentication> asNow(Authentication signedIn) {
        if (!(signedIn.getPrincipal() instanceof SignedInPerson was)) {
            return Optional.of(signedIn);
        }
        Optional<Person> now = cache.person(was.personId(), () -> people.byId(was.personId()));
        if (now.isEmpty() || !now.get().enabled()) {
            audit.record(new Audit.Entry(was.personId(), was.getUsername(), "session.ended", was.getUsername(), true,
                    null, Map.of("reason", now.isEmpty() ? "person removed" : "person disabled")));
            return Optional.empty();
        }
        SignedInPerson fresh = new SignedInPerson(now.get(), null, null, clock);
        if (fresh.user().equals(was.user())) {
            return Optional.of(signedIn);
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    }
}
