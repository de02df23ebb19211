package org.sipar.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.taxii.TaxiiClient.ROOT;
import static org.sipar.taxii.TaxiiClient.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A TAXII add is an import like any other in the audit trail, and a refused TAXII request is recorded as refused. */
@DemoPlatform
class TaxiiAuditTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAddedEnvelopeIsAnAuditedImportAndARefusedDeleteARefusal() {
        TaxiiClient taxii = new TaxiiClient(port);
        String all = taxii.collection("All intelligence", null);
        TaxiiClient.Answer added = taxii.add(all, as("analyst@telco.demo"),
                List.of(Stix.indicator(Stix.newIndicatorId(), Stix.CREATED, Tlp.GREEN)));
        assertThat(added.json().path("success_count").asInt()).as(added.body()).isEqualTo(1);
        String importId = jdbc.sql("select import_id::text from taxii_status where id = cast(? as uuid)")
                .param(added.json().path("id").asString()).query(String.class).single();
        Map<String, Object> row = jdbc.sql("select actor, outcome, details::text as details from audit_log"
                + " where action = 'intel.import' and target = ?").param("import " + importId).query().singleRow();
        assertThat(row).containsEntry("actor", "analyst@telco.demo").containsEntry("outcome", "success");
        assertThat((String) row.get("details")).contains("\"file\": \"TAXII\"", "\"organisation\": \"Indus Telecom\"",
                "\"stored\": 1").containsPattern("\"size\": \"\\d+\"");

        String id = Stix.newId("indicator");
        TaxiiClient.Answer refused = taxii.delete(ROOT + "collections/" + all + "/objects/" + id + "/", as("member@bank.demo"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'access.refused' and actor = 'member@bank.demo'"
                        + " and outcome = 'failure' and target = ?")
                .param("DELETE /taxii2/api/collections/" + all + "/objects/" + id + "/").query(Long.class).single()).isEqualTo(1);
    }
}
