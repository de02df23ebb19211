package org.sipar.advisory.internal.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.advisory.internal.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscriptions, in {@code advisory_subscriptions}. */
@Repository
class SubscriptionStore {

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a pending subscription as requested at {@code at} from {@code source} (an IP address, or null). */
    void addPending(Subscription s, Instant at, String source) {
        jdbc.sql("""
                insert into advisory_subscriptions (id, email, person_id, audiences, lang, delivery, state, requested_at, requested_from)
                values (?, ?, ?, ?::text[], ?, ?, 'PENDING', ?, cast(? as inet))""")
                .params(s.id(), s.email(), s.personId(), array(s.audiences()), s.lang(), s.delivery().name(),
                        Timestamp.from(at), source).update();
    }

    /** Whether {@code email} was sent a confirmation link after {@code since}. */
    boolean requestedSince(String email, Instant since) {
        return jdbc.sql("select exists (select 1 from advisory_subscriptions where lower(email) = lower(?) and requested_at > ?)")
                .params(email, Timestamp.from(since)).query(Boolean.class).single();
    }

    /** How many subscriptions {@code source} asked for after {@code since}. */
    int requestsFrom(String source, Instant since) {
        return jdbc.sql("select count(*) from advisory_subscriptions where requested_from = cast(? as inet) and requested_at > ?")
                .params(source, Timestamp.from(since)).query(Integer.class).single();
    }

    /** The subscription {@code id}, locked until the transaction ends. */
    Optional<Subscription> lock(UUID id) {
        return jdbc.sql("select * from advisory_subscriptions where id = ? for update").param(id).query(SubscriptionStore::map).optional();
    }

    /** Confirms {@code s} at {@code at}, ending the live subscription it replaces (same address, or same member). */
    void confirm(Subscription s, Instant at) {
        String same = s.member() ? "person_id = :person" : "person_id is null and lower(email) = lower(:email)";
        jdbc.sql("update advisory_subscriptions set state = 'ENDED', ended_at = :at where state = 'CONFIRMED' and " + same)
                .param("person", s.personId()).param("email", s.email()).param("at", Timestamp.from(at)).update();
        jdbc.sql("update advisory_subscriptions set state = 'CONFIRMED', confirmed_at = ?, digest_since = ? where id = ?")
                .params(Timestamp.from(at), Timestamp.from(at), s.id()).update();
    }

    void end(UUID id, Instant at) {
        jdbc.sql("update advisory_subscriptions set state = 'ENDED', ended_at = ? where id = ? and state <> 'ENDED'")
                .params(Timestamp.from(at), id).update();
    }

    void changeDelivery(UUID id, Delivery delivery, Instant at) {
        jdbc.sql("update advisory_subscriptions set delivery = ?, digest_since = ? where id = ?")
                .params(delivery.name(), Timestamp.from(at), id).update();
    }

    /** The confirmed subscriptions delivered {@code how}. */
    List<Subscription> confirmed(Delivery how) {
        return jdbc.sql("select * from advisory_subscriptions where state = 'CONFIRMED' and delivery = ? order by confirmed_at")
                .param(how.name()).query(SubscriptionStore::map).list();
    }

    /** The confirmed daily subscriptions whose last digest gathered from {@code before} or earlier. */
    List<Subscription> digestsDue(Instant before) {
        return jdbc.sql("select * from advisory_subscriptions where state = 'CONFIRMED' and delivery = 'DAILY' and digest_since <= ? order by digest_since")
                .param(Timestamp.from(before)).query(SubscriptionStore::map).list();
    }

    void digestSent(UUID id, Instant at) {
        jdbc.sql("update advisory_subscriptions set digest_since = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    /** A member's live and pending subscriptions, newest first. */
    List<Subscription> ofPerson(UUID person) {
        return jdbc.sql("select * from advisory_subscriptions where person_id = ? and state <> 'ENDED' order by requested_at desc")
                .param(person).query(SubscriptionStore::map).list();
    }

    private static String array(Set<Audience> audiences) {
        return audiences.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    static Subscription map(ResultSet rs, int row) throws SQLException {
        Set<Audience> audiences = Arrays.stream((String[]) rs.getArray("audiences").getArray()).map(Audience::valueOf)
                .collect(Collectors.toSet());
        return new Subscription(rs.getObject("id", UUID.class), rs.getString("email"), rs.getObject("person_id", UUID.class),
                audiences, rs.getString("lang"), Delivery.valueOf(rs.getString("delivery")), rs.getString("state"),
                instant(rs.getTimestamp("confirmed_at")), instant(rs.getTimestamp("digest_since")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
