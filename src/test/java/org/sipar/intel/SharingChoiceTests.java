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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sharing over REST: the TLP of unmarked objects chosen at import (the default kept when none is given), the report's
 * sharing section, a publisher's redistribution and its refusals, and a re-import's other distribution applied.
 */
@DemoPlatform
class SharingChoiceTests {

    static final String ANALYST = basic("analyst@cert.demo", "sipar-demo");
    static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChosenLevelAppliesToUnmarkedObjectsAndTheReportCountsEachLevel() {
        String unmarked = newIndicatorId();
        String marked = newIndicatorId();
        JsonNode report = imported("?tlp=green", bundle(indicator(unmarked, "chosen", null, "2026-02-01T00:00:00.000Z"),
                indicator(marked, "own", Tlp.RED.markingId(), "2026-02-01T00:00:00.000Z")));
        assertThat(tlp(unmarked)).isEqualTo("GREEN");
        assertThat(tlp(marked)).isEqualTo("RED");
        JsonNode sharing = report.path("sharing");
        assertThat(sharing.path("unmarked").asString()).isEqualTo("GREEN");
        assertThat(sharing.path("perTlp").path("GREEN").path("unmarked").asLong()).isEqualTo(1);
        assertThat(sharing.path("perTlp").path("RED").path("marked").asLong()).isEqualTo(1);
        assertThat(sharing.path("perTlp").has("AMBER")).isFalse();
    }

    @Test
    void withoutAChoiceUnmarkedObjectsStayAmberAsBefore() {
        String id = newIndicatorId();
        JsonNode report = imported("", bundle(indicator(id, "default", null, "2026-02-01T00:00:00.000Z")));
        assertThat(tlp(id)).isEqualTo("AMBER");
        assertThat(report.path("sharing").path("unmarked").asString()).isEqualTo("AMBER");
    }

    @Test
    void anUnknownLevelIsRefusedNamingItAndNothingIsStored() {
        String id = newIndicatorId();
        HttpResponse<String> answer = post("?tlp=purple", bundle(indicator(id)), ANALYST);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"tlp\"", "\"value\":\"purple\"");
        assertThat(jdbc.sql("select count(*) from intel_objects where id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void theDistributionIsShownInNamesAndChangedOnlyWithAReasonByItsPublisher() {
        String id = newIndicatorId();
        imported("?tlp=AMBER%2BSTRICT", bundle(indicator(id)));
        String bank = org("First National Bank");
        HttpResponse<String> shown = api().json("GET", "/api/v1/intel/objects/" + id + "/distribution", ANALYST, null);
        assertThat(shown.body()).contains("\"tlp\":\"AMBER+STRICT\"", "\"visibleToOrganisations\":[\"National CERT\"]");
        String body = "{\"tlp\":\"AMBER\",\"organisations\":[\"" + bank + "\"]";
        assertThat(put(id, body + "}", ANALYST).statusCode()).isEqualTo(400);
        assertThat(put(id, body + ",\"reason\":\"x\"}", basic("member@cert.demo", "sipar-demo")).statusCode()).isEqualTo(403);
        assertThat(put(id, body + ",\"reason\":\"x\"}", basic("analyst@bank.demo", "sipar-demo")).statusCode()).isEqualTo(404);
        assertThat(tlp(id)).isEqualTo("AMBER_STRICT");
        HttpResponse<String> changed = put(id, body + ",\"reason\":\"the bank handles the incident\"}", ANALYST);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"versions\":1", "First National Bank");
        assertThat(tlp(id)).isEqualTo("AMBER");
        assertThat(jdbc.sql("select recipient_orgs::text from intel_objects where id = ?").param(id).query(String.class).single())
                .isEqualTo("{" + bank + "}");
    }

    @Test
    void anObjectsOwnMarkingFixesItsLevelButNotItsRecipients() {
        String id = newIndicatorId();
        imported("", bundle(indicator(id, "marked", Tlp.GREEN.markingId(), "2026-02-01T00:00:00.000Z")));
        HttpResponse<String> refused = put(id, "{\"tlp\":\"RED\",\"reason\":\"narrow\"}", ANALYST);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"tlp\"", "own TLP:GREEN marking");
        HttpResponse<String> recipients = put(id, "{\"groups\":[\"" + group() + "\"],\"reason\":\"sector\"}", ANALYST);
        assertThat(recipients.statusCode()).as(recipients.body()).isEqualTo(200);
        assertThat(tlp(id)).isEqualTo("GREEN");
    }

    @Test
    void aReimportWithOtherRecipientsIsCountedAndItsDistributionAppliedOnRequest() {
        String id = newIndicatorId();
        String object = indicator(id, "again", null, "2026-02-01T00:00:00.000Z");
        imported("", bundle(object));
        JsonNode again = imported("?groups=" + group(), bundle(object));
        assertThat(again.path("perType").path("indicator").path("duplicate").asLong()).isEqualTo(1);
        assertThat(again.path("sharing").path("redistributable").asLong()).isEqualTo(1);
        assertThat(again.path("sharing").path("redistributableIds").toString()).contains(id);
        assertThat(recipientGroups(id)).isEqualTo("{}");
        String path = "/api/v1/intel/imports/" + again.path("id").asString() + "/redistribution";
        assertThat(api().json("POST", path, ANALYST, "{}").statusCode()).isEqualTo(400);
        HttpResponse<String> applied = api().json("POST", path, ANALYST, "{\"reason\":\"the sector needs it\"}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(applied.body()).contains("\"objects\":1");
        assertThat(recipientGroups(id)).isEqualTo("{" + group() + "}");
        assertThat(jdbc.sql("select details ->> 'reason' from audit_log where action = 'intel.redistribute' and target = ?")
                .param(id).query(String.class).single()).isEqualTo("the sector needs it");
    }

    @Test
    void theApiDescriptionDocumentsTheNewParameterAndEndpoints() {
        String docs = api().json("GET", "/v3/api-docs", null, null).body();
        assertThat(docs).contains("/api/v1/intel/objects/{id}/distribution", "/api/v1/intel/imports/{id}/redistribution",
                "The TLP level of objects that carry no TLP marking");
    }

    private JsonNode imported(String query, String bundle) {
        HttpResponse<String> answer = post(query, bundle, ANALYST);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> post(String query, String bundle, String auth) {
        return api().json("POST", "/api/v1/intel/bundles" + query, auth, bundle);
    }

    private HttpResponse<String> put(String id, String body, String auth) {
        return api().json("PUT", "/api/v1/intel/objects/" + id + "/distribution", auth, body);
    }

    private Http api() {
        return new Http(port);
    }

    private String tlp(String id) {
        return jdbc.sql("select tlp from intel_objects where id = ?").param(id).query(String.class).single();
    }

    private String recipientGroups(String id) {
        return jdbc.sql("select recipient_groups::text from intel_objects where id = ?").param(id).query(String.class).single();
    }

    private String org(String name) {
        return jdbc.sql("select id::text from organisations where name = ?").param(name).query(String.class).single();
    }

    private String group() {
        return jdbc.sql("select id::text from sharing_groups where name = 'Finance and telecom sector'").query(String.class).single();
    }

}
