package org.sipar.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Person;
import org.sipar.identity.Role;
import org.sipar.platform.Viewer;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of an authenticated request: the person, their roles, and (until erased) their hash. */
final class SignedInPerson implements UserDetails, CredentialsContainer, Viewer, CurrentUser.Principal {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final boolean enabled;
    private final Instant lockedUntil;
    /** Not kept with a web session (Spring Session stores it in PostgreSQL): the system clock after reading one back. */
    private final transient Clock clock;
    private String passwordHash;

    /** The principal of {@code person}, locked until {@code lockedUntil} (null: not locked) as {@code clock} tells. */
    SignedInPerson(Person person, String passwordHash, Instant lockedUntil, Clock clock) {
        this.user = new CurrentUser(person.id(), person.email(), person.displayName(), person.organisationId(),
                person.organisationName(), person.roles());
        this.enabled = person.enabled();
        this.lockedUntil = lockedUntil;
        this.clock = clock;
        this.passwordHash = passwordHash;
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    @Override
    public UUID personId() {
        return user.personId();
    }

    @Override
    public String displayName() {
        return user.displayName();
    }

    @Override
    public String organisationName() {
        return user.organisationName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = user.roles().stream().map(Role::authority)
                .map(SimpleGrantedAuthority::new).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore((clock == null ? Clock.systemUTC() : clock).instant());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SignedInPerson[" + user.email() + "]";
    }
}
