package org.sipar.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.Credentials;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.platform.TokenScope;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and revokes a person's API tokens, and authenticates machine callers by them. */
@Service
class TokenService implements Credentials {

    private final ApiTokens tokens;
    private final People people;
    private final Audit audit;
    private final IdentityCache cache;
    private final TokenUse use;
    private final TokenSettings settings;
    private final Clock clock;

    TokenService(ApiTokens tokens, People people, Audit audit, IdentityCache cache, TokenUse use,
                 TokenSettings settings, Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.audit = audit;
        this.cache = cache;
        this.use = use;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Creates a token for the caller and returns its secret, shown once. Without an expiry it lasts
     * {@code sipar.tokens.default-expiry}; none may last longer than {@code sipar.tokens.max-expiry}.
     */
    @Transactional
    String create(CurrentUser owner, String name, TokenScope scope, Instant expiresAt) {
        Instant now = clock.instant();
        Instant expires = expiresAt == null ? now.plus(settings.defaultExpiry()) : expiresAt;
        Problems problems = new Problems();
        String checked = problems.text("name", name, 100, true);
        if (!expires.isAfter(now)) {
            problems.add("expiresAt", expires, "future", "must be in the future");
        } else if (expires.isAfter(now.plus(settings.maxExpiry()))) {
            problems.add("expiresAt", expires, "tooLate", "must be no later than " + latestExpiry() + " (tokens last at most "
                    + settings.maxExpiry().toDays() + " days)", latestExpiry(), settings.maxExpiry().toDays());
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        String secret = tokens.create(id, owner.personId(), checked, scope, expires);
        audit.record("token.created", "token " + id, Map.of("name", checked, "scope", scope.id(),
                "expiresAt", expires.toString()));
        return secret;
    }

    /** The day the form proposes as expiry: {@code sipar.tokens.default-expiry} from today. */
    LocalDate defaultExpiry() {
        return LocalDate.ofInstant(clock.instant().plus(settings.defaultExpiry()), ZoneOffset.UTC);
    }

    long defaultExpiryDays() {
        return settings.defaultExpiry().toDays();
    }

    /** The last day a new token may expire on. */
    LocalDate latestExpiry() {
        return LocalDate.ofInstant(clock.instant().plus(settings.maxExpiry()), ZoneOffset.UTC);
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
        ApiTokens.Token revoked = tokens.revoke(owner.personId(), token, clock.instant())
                .orElseThrow(() -> new NotFound("token", token));
        audit.record("token.revoked", "token " + token, Map.of("name", revoked.name(), "scope", revoked.scope().id(),
                "expiresAt", revoked.expiresAt() == null ? "never" : revoked.expiresAt().toString()));
    }

    @Override
    public boolean looksLikeToken(String secret) {
        return secret != null && secret.startsWith(ApiTokens.PREFIX);
    }

    /**
     * Checks the token against the database at most once per {@link IdentityCache#FRESH_FOR}, and from memory
     * in between; its expiry is checked against the clock every time. Its use is recorded by {@link TokenUse},
     * at most once a minute. The caller carries the token's scope as an authority, which the platform enforces.
     */
    @Override
    public Optional<Authentication> authenticateToken(String token, String sourceIp) {
        Optional<IdentityCache.TokenOwner> owner = looksLikeToken(token)
                ? ownerOf(ApiTokens.hash(token))
                        .filter(o -> o.expiresAt() == null || o.expiresAt().isAfter(clock.instant()))
                : Optional.empty();
        if (owner.isEmpty()) {
            audit.record(new Audit.Entry(null, "token " + hint(token), "sign-in.token", null, false, sourceIp,
                    Map.of("reason", "invalid, expired or revoked token")));
            return Optional.empty();
        }
        use.used(owner.get().token(), sourceIp);
        SignedInPerson person = owner.get().person();
        List<GrantedAuthority> authorities = Stream.concat(person.getAuthorities().stream(),
                Stream.of(new SimpleGrantedAuthority(owner.get().scope().authority()))).toList();
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(person, null, authorities));
    }

    private Optional<IdentityCache.TokenOwner> ownerOf(byte[] hash) {
        return cache.token(HexFormat.of().formatHex(hash), () -> tokens.ownerOfActive(hash, clock.instant())
                .flatMap(owner -> people.account(owner.email())
                        .filter(a -> a.lockedUntil() == null || a.lockedUntil().isBefore(clock.instant()))
                        .map(a -> new SignedInPerson(a.person(), null, a.lockedUntil(), clock))
                        .filter(SignedInPerson::isEnabled)
                        .map(p -> new IdentityCache.TokenOwner(p, owner.token(), owner.scope(), owner.expiresAt()))));
    }

    private static String hint(String token) {
        return token == null ? "" : token.substring(0, Math.min(token.length(), ApiTokens.PREFIX.length() + 4)) + "…";
    }

    /** A scope as a form or the API names it; {@code fallback} when none is named. */
    static TokenScope parseScope(String value, TokenScope fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return TokenScope.of(value.strip()).orElseThrow(() -> new InputRejected("scope", value,
                "is not a token scope: use read, taxii or write"));
    }

    static Instant parseExpiry(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputRejected("expiresAt", value, "is not a date in the form YYYY-MM-DD");
        }
    }
}
