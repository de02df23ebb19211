package org.sipar.advisory.internal.signing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The keys in {@code advisory_signing_keys}: their public halves in the clear, their secret halves sealed (the
 * caller seals and opens them). A partial unique index keeps at most one current key; rotation and the first key
 * are made under a transaction-level advisory lock, so that nodes starting or rotating at once agree on one.
 */
@Repository
class SigningKeyTable {

    /** The current key's public half and sealed secret half. */
    record Current(PublicKey key, String secretSealed) {
    }

    private static final String COLUMNS = "fingerprint, public_key, user_id, created_at, retired_at";

    private final JdbcClient jdbc;

    SigningKeyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first key of the lock: "ADV" in ASCII, in the two-integer key space apart from intel's object locks. */
    static final int LOCK_SPACE = 0x414456;

    /** Waits for, then holds until the transaction ends, the lock every change of the keys takes. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext('advisory.signing-keys'))").param(LOCK_SPACE).query().singleValue();
    }

    Optional<String> currentFingerprint() {
        return jdbc.sql("select fingerprint from advisory_signing_keys where retired_at is null")
                .query(String.class).optional();
    }

    Optional<Current> current() {
        return jdbc.sql("select " + COLUMNS + ", secret_key_sealed from advisory_signing_keys where retired_at is null")
                .query((rs, n) -> new Current(key(rs), rs.getString("secret_key_sealed"))).optional();
    }

    /** The current key first, then the retired ones, newest first. */
    List<PublicKey> published() {
        return jdbc.sql("select " + COLUMNS + " from advisory_signing_keys order by retired_at is not null, created_at desc")
                .query((rs, n) -> key(rs)).list();
    }

    Optional<PublicKey> find(String fingerprint) {
        return jdbc.sql("select " + COLUMNS + " from advisory_signing_keys where fingerprint = ?")
                .param(fingerprint).query((rs, n) -> key(rs)).optional();
    }

    /** Makes {@code made} current; false, changing nothing, when another key already is. */
    boolean insertIfNoneCurrent(KeyMaker.MadeKey made, String secretSealed) {
        return jdbc.sql("""
                        insert into advisory_signing_keys (fingerprint, user_id, public_key, secret_key_sealed, created_at)
                        values (?, ?, ?, ?, ?) on conflict ((true)) where retired_at is null do nothing""")
                .params(made.fingerprint(), made.userId(), made.publicArmored(), secretSealed,
                        java.sql.Timestamp.from(made.created()))
                .update() == 1;
    }

    /** Retires the current key at {@code at}; the number of keys retired (0 or 1). */
    int retireCurrent(Instant at) {
        return jdbc.sql("update advisory_signing_keys set retired_at = ? where retired_at is null")
                .param(java.sql.Timestamp.from(at)).update();
    }

    private static PublicKey key(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Timestamp retired = rs.getTimestamp("retired_at");
        return new PublicKey(rs.getString("fingerprint"), rs.getString("public_key"), rs.getString("user_id"),
                rs.getTimestamp("created_at").toInstant(), retired == null ? null : retired.toInstant());
    }
}
