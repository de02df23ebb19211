package org.sipar.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a person for password sign-in by e-mail, case-insensitively. */
@Service
class PersonDetailsService implements UserDetailsService {

    private final People people;

    PersonDetailsService(People people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        // An account without a password signs in with tokens only.
        return people.account(email).filter(a -> a.passwordHash() != null)
                .map(a -> new SignedInPerson(a.person(), a.passwordHash(), a.lockedUntil()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for " + email));
    }
}
