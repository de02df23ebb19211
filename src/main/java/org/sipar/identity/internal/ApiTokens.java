package org.sipar.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sipar.platform.TokenScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API tokens. A token is 256 random bits, so a single SHA-256 is a safe hash at rest: there is nothing to
 * guess, and a slow hash would only make every API call slow.
 */
@Repository
class ApiTokens {

    static final String PREFIX = "sipar_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final IdentityCache cache;

    ApiTokens(JdbcClient jdbc, IdentityCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** A token as listed to its owner: never the secret itself. */
    record Token(UUID id, String name, String hint, TokenScope scope, Instant createdAt, Instant expiresAt,
                 Instant revokedAt, Instant lastUsedAt, String lastUsedFrom) {

        /** Whether the token can still be used at {@code now}. */
        public boolean activeAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** Creates a token for {@code person} and returns its secret, which is not kept. */
    String create(UUID id, UUID person, String name, TokenScope scope, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_tokens (id, person_id, name, token_hash, hint, scope, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, person, name, hash(secret), secret.substring(0, PREFIX.length() + 4) + "…", scope.id(),
                        expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        return secret;
    }

    List<Token> of(UUID person) {
        return jdbc.sql("select * from api_tokens where person_id = ? order by created_at desc").param(person)
                .query((rs, n) -> new Token(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("hint"),
                        scope(rs.getString("scope")), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("revoked_at")),
                        instant(rs.getTimestamp("last_used_at")), rs.getString("last_used_from")))
                .list();
    }

    /** Revokes the token if it belongs to {@code person}; returns what it was, or empty if there is none. */
    Optional<Token> revoke(UUID person, UUID token, Instant now) {
        cache.changed();
        jdbc.sql("update api_tokens set revoked_at = coalesce(revoked_at, ?) where id = ? and person_id = ?")
                .params(Timestamp.from(now), token, person).update();
        return of(person).stream().filter(t -> t.id().equals(token)).findFirst();
    }

    /** The owner of an active token, the token's id and scope, and when it expires (null for never). */
    record Owner(String email, UUID token, TokenScope scope, Instant expiresAt) {
    }

    /** The owner of a token by the token's hash, if it is unrevoked and unexpired at {@code now}. */
    Optional<Owner> ownerOfActive(byte[] hash, Instant now) {
        return jdbc.sql("""
                select (select email from people where id = person_id) as email, id, scope, expires_at from api_tokens
                where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > ?)""")
                .params(hash, Timestamp.from(now))
                .query((rs, n) -> new Owner(rs.getString("email"), rs.getObject("id", UUID.class),
                        scope(rs.getString("scope")), instant(rs.getTimestamp("expires_at"))))
                .optional();
    }

    /**
     * Records that the token was used at {@code now} from {@code address}, unless it was recorded as used after
     * {@code notSince}: the check in the statement keeps several instances from writing more often than that.
     */
    boolean recordUse(UUID token, Instant now, String address, Instant notSince) {
        return jdbc.sql("""
                update api_tokens set last_used_at = ?, last_used_from = ?
                where id = ? and (last_used_at is null or last_used_at <= ?)""")
                .params(Timestamp.from(now), address == null ? null : address.substring(0, Math.min(100, address.length())),
                        token, Timestamp.from(notSince))
                .update() == 1;
    }

    private static TokenScope scope(String id) {
        return TokenScope.of(id).orElseThrow(() -> new IllegalStateException("Unknown token scope " + id));
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
