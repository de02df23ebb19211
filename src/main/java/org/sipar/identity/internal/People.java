package org.sipar.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sipar.identity.Person;
import org.sipar.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People with accounts, their roles, password hashes and sign-in state. */
@Repository
class People {

    private static final String SELECT = """
            select p.*, o.name as organisation_name, t.locked_until from people p
            join organisations o on o.id = p.organisation_id
            left join sign_in_throttle t on t.email = lower(p.email)""";

    private final JdbcClient jdbc;
    private final IdentityCache cache;
    private final Clock clock;

    People(JdbcClient jdbc, IdentityCache cache, Clock clock) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.clock = clock;
    }

    /** A person's account including the secret parts needed to sign in. */
    record Account(Person person, String passwordHash, Instant lockedUntil) {
    }

    List<Person> all(UUID organisation) {
        String where = organisation == null ? "" : " where p.organisation_id = :org";
        var spec = jdbc.sql(SELECT + where + " order by lower(o.name), lower(p.display_name)");
        return (organisation == null ? spec : spec.param("org", organisation)).query(this::person).list();
    }

    Optional<Person> byId(UUID id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::person).optional();
    }

    Optional<Account> account(String email) {
        return jdbc.sql(SELECT + " where lower(p.email) = lower(?)").param(email).query(this::accountRow).optional();
    }

    boolean emailTaken(String email, UUID except) {
        return jdbc.sql("select count(*) from people where lower(email) = lower(?) and id <> ?")
                .params(email, except == null ? new UUID(0, 0) : except).query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from people").query(Long.class).single();
    }

    long countIn(UUID organisation) {
        return jdbc.sql("select count(*) from people where organisation_id = ?").param(organisation)
                .query(Long.class).single();
    }

    void insert(Person p, String passwordHash) {
        jdbc.sql("""
                insert into people (id, email, display_name, organisation_id, roles, password_hash, enabled)
                values (?, ?, ?, ?, cast(? as text[]), ?, ?)""")
                .params(p.id(), p.email(), p.displayName(), p.organisationId(), roles(p.roles()), passwordHash, p.enabled())
                .update();
    }

    void update(Person p) {
        cache.changed();
        jdbc.sql("update people set email = ?, display_name = ?, roles = cast(? as text[]), enabled = ? where id = ?")
                .params(p.email(), p.displayName(), roles(p.roles()), p.enabled(), p.id()).update();
    }

    /** Sets a new password, which also ends a lock from failed sign-ins. */
    void setPassword(UUID id, String hash) {
        cache.changed();
        jdbc.sql("update people set password_hash = ? where id = ?").params(hash, id).update();
        jdbc.sql("delete from sign_in_throttle where email = (select lower(email) from people where id = ?)")
                .param(id).update();
    }

    void signedIn(String email) {
        jdbc.sql("update people set last_sign_in_at = now() where lower(email) = lower(?)").param(email).update();
    }

    /** The enabled hub administrators, their rows locked until the transaction ends (so two demotions queue). */
    List<UUID> lockEnabledHubAdministrators() {
        return jdbc.sql("select id from people where 'HUB_ADMIN' = any(roles) and enabled order by id for update")
                .query(UUID.class).list();
    }

    private static String[] roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    private Person person(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp last = rs.getTimestamp("last_sign_in_at");
        return new Person(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), Set.copyOf(roles),
                rs.getBoolean("enabled"), locked != null && locked.toInstant().isAfter(clock.instant()),
                last == null ? null : last.toInstant());
    }

    private Account accountRow(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(person(rs, row), rs.getString("password_hash"), locked == null ? null : locked.toInstant());
    }
}
