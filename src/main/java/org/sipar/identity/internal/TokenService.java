package org.sipar.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.Credentials;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and revokes a person's API tokens, and authenticates machine callers by them. */
@Service
class TokenService implements Credentials {

    private final ApiTokens tokens;
    private final People people;
    private final Audit audit;
    private final IdentityCache cache;
    private final Clock clock;

    TokenService(ApiTokens tokens, People people, Audit audit, IdentityCache cache, Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.audit = audit;
        this.cache = cache;
        this.clock = clock;
    }

    /** Creates a token for the caller and returns its secret, shown once. */
    @Transactional
    String create(CurrentUser owner, String name, Instant expiresAt) {
        Problems problems = new Problems();
        String checked = problems.text("name", name, 100, true);
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            problems.add("expiresAt", expiresAt, "future", "must be in the future");
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        String secret = tokens.create(id, owner.personId(), checked, expiresAt);
        audit.record("token.created", "token " + id, Map.of("name", checked,
                "expiresAt", expiresAt == null ? "never" : expiresAt.toString()));
        return secret;
    }

    List<ApiTokens.Token> of(CurrentUser owner) {
        return tokens.of(owner.personId());
    }

    /** The caller's tokens as the tokens page shows them, active or expired as of now. */
    List<TokenView> views(CurrentUser owner) {
        Instant now = clock.instant();
        return of(owner).stream().map(t -> TokenView.of(t, now)).toList();
    }

    @Transactional
    void revoke(CurrentUser owner, UUID token) {
        String name = tokens.revoke(owner.personId(), token).orElseThrow(() -> new NotFound("token", token));
        audit.record("token.revoked", "token " + token, Map.of("name", name));
    }

    @Override
    public boolean looksLikeToken(String secret) {
        return secret != null && secret.startsWith(ApiTokens.PREFIX);
    }

    /**
     * Checks the token against the database at most once per {@link IdentityCache#FRESH_FOR} (so its
     * last-used time is that precise), and from memory in between: a token cost a write and two reads on
     * every request before. Not transactional, so that the remembered answer costs no database round trip.
     */
    @Override
    public Optional<Authentication> authenticateToken(String token, String sourceIp) {
        Optional<Authentication> caller = looksLikeToken(token)
                ? ownerOf(ApiTokens.hash(token))
                        .map(p -> UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()))
                : Optional.empty();
        if (caller.isEmpty()) {
            audit.record(new Audit.Entry(null, "token " + hint(token), "sign-in.token", null, false, sourceIp,
                    Map.of("reason", "invalid, expired or revoked token")));
        }
        return caller;
    }

    private Optional<SignedInPerson> ownerOf(byte[] hash) {
        return cache.token(HexFormat.of().formatHex(hash), () -> tokens.ownerOfActive(hash)
                .flatMap(owner -> people.account(owner.email())
                        .filter(a -> a.lockedUntil() == null || a.lockedUntil().isBefore(clock.instant()))
                        .map(a -> new SignedInPerson(a.person(), null, a.lockedUntil(), clock))
                        .filter(SignedInPerson::isEnabled)
                        .map(p -> new IdentityCache.TokenOwner(p, owner.expiresAt()))));
    }

    private static String hint(String token) {
        return token == null ? "" : token.substring(0, Math.min(token.length(), ApiTokens.PREFIX.length() + 4)) + "…";
    }

    static Instant parseExpiry(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputRejected("expiresAt", value, "is not a date in the form YYYY-MM-DD");
        }
    }
}
