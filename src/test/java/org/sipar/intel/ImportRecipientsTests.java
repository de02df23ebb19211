package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import names its recipients by id; an id that names no organisation, sharing group or person is refused
 * with 400 naming each one, and nothing of the import is stored. Known recipients are stored as given.
 */
@DemoPlatform
class ImportRecipientsTests {

    static final String ANALYST = Http.basic("analyst@cert.demo", "sipar-demo");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void apiRefusesEveryUnknownRecipientByNameAndStoresNothing() {
        String indicator = newIndicatorId();
        UUID org = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID knownPerson = id("select id from people where email = 'analyst@bank.demo'");
        long imports = imports();
        HttpResponse<String> answer = post("organisations=" + org + "&groups=" + group + "&people=" + person + "," + knownPerson,
                indicator);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode errors = JSON.readTree(answer.body()).path("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.valueStream().map(e -> e.path("field").asString() + "=" + e.path("value").asString()))
                .containsExactly("organisations=" + org, "groups=" + group, "people=" + person);
        assertThat(answer.body()).doesNotContain(knownPerson.toString());
        assertNothingStored(indicator, imports);
    }

    @Test
    void apiRefusesARecipientThatIsNotAnIdentifier() {
        String indicator = newIndicatorId();
        long imports = imports();
        HttpResponse<String> answer = post("groups=finance", indicator);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"groups\"", "\"value\":\"finance\"", "is not an identifier");
        assertNothingStored(indicator, imports);
    }

    @Test
    void apiStoresKnownRecipientsAsGiven() {
        String indicator = newIndicatorId();
        UUID org = id("select id from organisations where name = 'Indus Telecom'");
        UUID group = id("select id from sharing_groups where name = 'Finance and telecom sector'");
        UUID person = id("select id from people where email = 'analyst@bank.demo'");
        HttpResponse<String> answer = post("organisations=" + org + "&groups=" + group + "&people=" + person, indicator);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String stored = jdbc.sql("select recipient_orgs::text || recipient_groups::text || recipient_people::text"
                + " from intel_objects where id = ?").param(indicator).query(String.class).single();
        assertThat(stored).isEqualTo("{" + org + "}{" + group + "}{" + person + "}");
    }

    private HttpResponse<String> post(String query, String indicator) {
        return new Http(port).json("POST", "/api/v1/intel/bundles?" + query, ANALYST,
                bundle(indicator(indicator, "recipients", null, "2026-02-01T00:00:00.000Z")));
    }

    private UUID id(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }

    /** How many imports the CERT's analyst has started. */
    private long imports() {
        return jdbc.sql("select count(*) from intel_imports i join people p on p.id = i.publisher_person"
                + " where p.email = 'analyst@cert.demo'").query(Long.class).single();
    }

    private void assertNothingStored(String indicator, long importsBefore) {
        assertThat(jdbc.sql("select count(*) from intel_objects where id = ?").param(indicator).query(Long.class).single())
                .isZero();
        assertThat(imports()).isEqualTo(importsBefore);
    }
}
