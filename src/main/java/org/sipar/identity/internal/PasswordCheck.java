package org.sipar.identity.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.sipar.platform.Audit;
import org.sipar.platform.SiparSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Verifies a password for sign-in and for the change-password form alike: counted first (so parallel guesses
 * cannot outrun the lock), answered ever more slowly after failures, and the same for an address that has
 * no account (a dummy Argon2 verification, the same counting and delays), so that nothing tells them apart.
 */
@Component
class PasswordCheck {

    /** What a check found; only the audit trail is told which failure it was. */
    enum Outcome { ACCEPTED, WRONG_PASSWORD, UNKNOWN_ACCOUNT, LOCKED }

    /** The outcome, and the account when the password was accepted. */
    record Result(Outcome outcome, People.Account account) {

        boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    private final People people;
    private final SignInThrottle throttle;
    private final PasswordEncoder encoder;
    private final Audit audit;
    private final SiparSettings.Security settings;
    private final String dummyHash;

    PasswordCheck(People people, SignInThrottle throttle, PasswordEncoder encoder, Audit audit, SiparSettings settings) {
        this.people = people;
        this.throttle = throttle;
        this.encoder = encoder;
        this.audit = audit;
        this.settings = settings.security();
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.dummyHash = encoder.encode(HexFormat.of().formatHex(random));
    }

    Result check(String email, String password, String sourceIp) {
        SignInThrottle.Claim claim = throttle.claim(email);
        if (claim.locked()) {
            return new Result(Outcome.LOCKED, null);
        }
        Optional<People.Account> account = people.account(claim.email()).filter(a -> a.passwordHash() != null);
        // An account without a password (tokens only) is checked like an unknown one, against the dummy hash.
        String hash = account.map(People.Account::passwordHash).orElse(dummyHash);
        if (encoder.matches(password == null ? "" : password, hash) && account.isPresent()) {
            throttle.succeeded(claim.email());
            return new Result(Outcome.ACCEPTED, account.get());
        }
        failed(claim, sourceIp);
        return new Result(account.isPresent() ? Outcome.WRONG_PASSWORD : Outcome.UNKNOWN_ACCOUNT, null);
    }

    private void failed(SignInThrottle.Claim claim, String sourceIp) {
        if (throttle.locks(claim.attempt())) {
            audit.record(new Audit.Entry(null, claim.email(), "account.locked", claim.email(), true, sourceIp,
                    Map.of("failures", claim.attempt(), "lockedFor", settings.lockFor().toString())));
        }
        pause(throttle.delayAfter(claim.attempt()));
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay); // holds only this request's virtual thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
