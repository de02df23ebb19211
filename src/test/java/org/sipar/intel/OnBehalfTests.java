package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A hub administrator may add versions to another organisation's copy by publishing for it; nobody else may, and it is audited. */
@DemoPlatform
class OnBehalfTests extends StoreFixture {

    @LocalServerPort
    int port;

    @Test
    void aHubAdministratorPublishesIntoTheOrganisationsCopyAudited() {
        String id = newIndicatorId();
        members.publish("analyst@bank.demo", bundle(indicator(id, "bank", Tlp.GREEN.markingId(), "2026-06-01T00:00:00.000Z")));
        String bank = members.reader("analyst@bank.demo").organisationId().toString();
        HttpResponse<String> answer = post("admin@cert.demo", bank,
                bundle(indicator(id, "corrected", Tlp.GREEN.markingId(), "2026-06-02T00:00:00.000Z")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(members.versions(members.reader("analyst@bank.demo"), id, "last")).singleElement()
                .satisfies(o -> assertThat(o.json()).contains("Indicator corrected"));
        assertThat(members.versions(members.reader("analyst@bank.demo"), id, "all")).hasSize(2);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'intel.import.on-behalf' and target = ?")
                .param(bank).query(Long.class).single()).isPositive();
    }

    @Test
    void nobodyButAHubAdministratorPublishesForAnotherOrganisation() {
        String bank = members.reader("analyst@bank.demo").organisationId().toString();
        String id = newIndicatorId();
        HttpResponse<String> answer = post("admin@telco.demo", bank, bundle(indicator(id, "forged", null, "2026-06-02T00:00:00.000Z")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from intel_objects where id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownOrganisationIsNamed() {
        HttpResponse<String> answer = post("admin@cert.demo", "00000000-0000-4000-8000-000000000000",
                bundle(indicator(newIndicatorId(), "nowhere", null, "2026-06-02T00:00:00.000Z")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("on_behalf_of", "00000000-0000-4000-8000-000000000000");
    }

    private HttpResponse<String> post(String email, String organisation, String bundle) {
        return new Http(port).json("POST", "/api/v1/intel/bundles?on_behalf_of=" + organisation, basic(email, "sipar-demo"), bundle);
    }
}
