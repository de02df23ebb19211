package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PAP is recorded with the object and shown beside its TLP; parts with their own markings are listed. */
@DemoPlatform
class ObjectPageMarkingsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void papIsRecordedAndShownAndMarkedPartsAreListed() {
        String id = StixFixtures.newIndicatorId();
        String indicator = StixFixtures.indicator(id, "papshown", Tlp.CLEAR.markingId(), "2026-01-02T00:00:00.000Z")
                .replaceFirst("\\}$", ", \"labels\": [\"PAP:AMBER\"], \"granular_markings\": [{\"marking_ref\": \""
                        + Tlp.CLEAR.markingId() + "\", \"selectors\": [\"name\"]}]}");
        String report = new Http(port).json("POST", "/api/v1/intel/bundles", basic("analyst@bank.demo", "sipar-demo"),
                StixFixtures.bundle(indicator)).body();
        assertThat(report).contains("\"accepted\":1");

        assertThat(jdbc.sql("select pap from intel_objects where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("AMBER");
        String page = new Http(port).get("/intel/objects/" + id).body();
        assertThat(page).contains("PAP:AMBER").contains("tlp-amber");
        assertThat(page).contains("<td class=\"mono\">name</td><td class=\"mono\">TLP:CLEAR</td>");
    }
}
