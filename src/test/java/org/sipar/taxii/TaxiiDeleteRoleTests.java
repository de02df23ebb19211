package org.sipar.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.taxii.TaxiiClient.MEDIA;
import static org.sipar.taxii.TaxiiClient.ROOT;
import static org.sipar.taxii.TaxiiClient.as;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TAXII DELETE is for those who publish: the analysts and administrators of the publishing organisation, and
 * hub administrators. A member only reads, and another organisation's analyst cannot delete what they see.
 */
@DemoPlatform
class TaxiiDeleteRoleTests {

    static final String PUBLISHER = "analyst@bank.demo";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TaxiiClient taxii;
    String all;

    @BeforeEach
    void client() {
        taxii = new TaxiiClient(port);
        all = taxii.collection("All intelligence", null);
    }

    @Test
    void aMemberOfThePublisherCannotDeleteItsIntelligence() {
        String id = published();
        TaxiiClient.Answer refused = delete(id, "member@bank.demo");
        assertForbidden(refused);
        assertThat(refused.json().path("description").asString()).contains("only analysts and administrators delete");
        assertThat(versions(id)).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsAnalystAndAdministratorCannotDeleteIt() {
        String id = published();
        assertForbidden(delete(id, "analyst@telco.demo"));
        assertForbidden(delete(id, "admin@telco.demo"));
        assertForbidden(delete(id, "member@cert.demo"));
        assertThat(versions(id)).isEqualTo(1);
    }

    @Test
    void thePublishersAnalystDeletesIt() {
        String id = published();
        assertDeleted(delete(id, PUBLISHER), id);
    }

    @Test
    void thePublishersOrganisationAdministratorDeletesIt() {
        String id = published();
        assertDeleted(delete(id, "admin@bank.demo"), id);
    }

    @Test
    void aHubAdministratorDeletesAnyonesIntelligence() {
        String id = published();
        assertDeleted(delete(id, "admin@cert.demo"), id);
    }

    @Test
    void aMemberIsRefusedBeforeAnythingIsLookedUp() {
        // Whether the object exists is not the member's business: 403 either way, never 404 or 200.
        assertForbidden(delete(Stix.newId("indicator"), "member@bank.demo"));
    }

    private String published() {
        String id = Stix.newId("indicator");
        TaxiiClient.Answer added = taxii.add(all, as(PUBLISHER), List.of(Stix.indicator(id, Stix.CREATED, Tlp.CLEAR)));
        assertThat(added.json().path("success_count").asInt()).as(added.body()).isEqualTo(1);
        return id;
    }

    private TaxiiClient.Answer delete(String id, String email) {
        return taxii.delete(ROOT + "collections/" + all + "/objects/" + id + "/", as(email));
    }

    private long versions(String id) {
        return jdbc.sql("select count(*) from intel_objects where id = ?").param(id).query(Long.class).single();
    }

    private void assertDeleted(TaxiiClient.Answer answer, String id) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(versions(id)).isZero();
    }

    private static void assertForbidden(TaxiiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.contentType()).isEqualTo(MEDIA);
        assertThat(answer.json().path("http_status").asString()).isEqualTo("403");
        assertThat(answer.json().path("title").asString()).isEqualTo("Forbidden");
    }
}
