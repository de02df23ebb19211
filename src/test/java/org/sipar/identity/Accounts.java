package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sipar.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fresh people made through the API for the account-security tests, so no test changes a demo login. */
final class Accounts {

    static final String HUB_ADMIN = "admin@cert.demo";
    static final String DEMO_PASSWORD = "sipar-demo";
    static final String PASSWORD = "correct-horse-battery";

    private final int port;
    private final JdbcClient jdbc;

    Accounts(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /** A new person of {@code organisation} with {@code role}, password {@link #PASSWORD}; returns the e-mail. */
    String create(String organisation, String role) {
        String email = "p" + UUID.randomUUID().toString().substring(0, 8) + "@accounts.test";
        String body = "{\"email\":\"" + email + "\",\"displayName\":\"Account Test\",\"organisationId\":\""
                + organisationId(organisation) + "\",\"roles\":[\"" + role + "\"],\"password\":\"" + PASSWORD + "\"}";
        HttpResponse<String> created = new Http(port).json("POST", "/api/v1/people", basic(HUB_ADMIN, DEMO_PASSWORD), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return email;
    }

    /** A new API token of {@code email} (who has the password {@link #PASSWORD}). */
    String token(String email) {
        HttpResponse<String> created = new Http(port).json("POST", "/api/v1/tokens", basic(email, PASSWORD),
                "{\"name\":\"t-" + UUID.randomUUID() + "\"}");
        Matcher m = Pattern.compile("\"token\":\"(sipar_[A-Za-z0-9_-]+)\"").matcher(created.body());
        assertThat(m.find()).as(created.body()).isTrue();
        return m.group(1);
    }

    String organisationId(String name) {
        return jdbc.sql("select id::text from organisations where name = ?").param(name).query(String.class).single();
    }

    String personId(String email) {
        return jdbc.sql("select id::text from people where email = ?").param(email).query(String.class).single();
    }

    /** Failed password checks counted for {@code email} (0 when none). */
    int attempts(String email) {
        return jdbc.sql("select attempts from sign_in_throttle where email = lower(?)").param(email)
                .query(Integer.class).optional().orElse(0);
    }

    boolean locked(String email) {
        return jdbc.sql("select count(*) from sign_in_throttle where email = lower(?) and locked_until > now()")
                .param(email).query(Long.class).single() > 0;
    }

    /** Audit entries of {@code action} by {@code actor}, with the given reason when that is not null. */
    long audited(String action, String actor, String reason) {
        return jdbc.sql("select count(*) from audit_log where action = ? and actor = ?"
                        + " and (cast(? as text) is null or details->>'reason' = ?)")
                .params(action, actor, reason, reason).query(Long.class).single();
    }
}
