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
    record Token(UUID id, String name, String hint, Instant createdAt, Instant expiresAt, Instant revokedAt,
                 Instant lastUsedAt) {

        /** Whether the token can still be used at {@code now}. */
        public boolean activeAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** Creates a token for {@code person} and returns its secret, which is not kept. */
    String create(UUID id, UUID person, String name, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_tokens (id, person_id, name, token_hash, hint, expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, person, name, hash(secret), secret.substring(0, PREFIX.length() + 4) + "…",
                        expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        return secret;
    }

    List<Token> of(UUID person) {
        return jdbc.sql("select * from api_tokens where person_id = ? order by created_at desc").param(person)
                .query((rs, n) -> new Token(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("hint"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at"))))
                .list();
    }

    /** Revokes the token if it belongs to {@code person}; returns its name, or empty if there is none. */
    Optional<String> revoke(UUID person, UUID token) {
        cache.changed();
        return jdbc.sql("update api_tokens set revoked_at = coalesce(revoked_at, now()) where id = ? and person_id = ?"
                + " returning name").params(token, person).query(String.class).optional();
    }

    /** The owner of an active token and when the token expires. */
    record Owner(String email, Instant expiresAt) {
    }

    /** The owner of an active token by the token's hash, marking it as used now. */
    Optional<Owner> ownerOfActive(byte[] hash) {
        return jdbc.sql("""
                update api_tokens set last_used_at = now()
                where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())
                returning (select email from people where id = person_id) as email, expires_at""")
                .param(hash).query((rs, n) -> new Owner(rs.getString("email"), instant(rs.getTimestamp("expires_at"))))
                .optional();
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
