package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
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
        String id = Stix.newIndicatorId();
        String indicator = Stix.indicator(id, "papshown", Tlp.CLEAR.markingId(), "2026-01-02T00:00:00.000Z")
                .replaceFirst("\\}$", ", \"labels\": [\"PAP:AMBER\"], \"granular_markings\": [{\"marking_ref\": \""
                        + Tlp.CLEAR.markingId() + "\", \"selectors\": [\"name\"]}]}");
        String report = new Http(port).json("POST", "/api/v1/intel/bundles", basic("analyst@bank.demo", "sipar-demo"),
                Stix.bundle(indicator)).body();
        assertThat(report).contains("\"accepted\":1");

        assertThat(jdbc.sql("select pap from intel_objects where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("AMBER");
        String page = new Http(port).get("/intel/objects/" + id).body();
        assertThat(page).contains("PAP:AMBER").contains("tlp-amber");
        assertThat(page).contains("<td class=\"mono\">name</td><td class=\"mono\">TLP:CLEAR</td>");
    }

    @Test
    void papMarkedByAMarkingDefinitionInTheBundleIsRecordedAndShown() {
        String pap = "marking-definition--" + java.util.UUID.randomUUID();
        String definition = "{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"id\":\"" + pap
                + "\",\"created\":\"2026-01-01T00:00:00.000Z\",\"name\":\"PAP:RED\",\"definition_type\":\"statement\","
                + "\"definition\":{\"statement\":\"PAP:RED\"}}";
        String id = Stix.newIndicatorId();
        String indicator = Stix.indicator(id, "papmarking", Tlp.CLEAR.markingId(), "2026-01-02T00:00:00.000Z")
                .replace("\"object_marking_refs\":[\"" + Tlp.CLEAR.markingId() + "\"]",
                        "\"object_marking_refs\":[\"" + Tlp.CLEAR.markingId() + "\",\"" + pap + "\"]");
        String report = new Http(port).json("POST", "/api/v1/intel/bundles", basic("analyst@bank.demo", "sipar-demo"),
                Stix.bundle(definition, indicator)).body();
        assertThat(report).as(report).contains("\"rejected\":0").doesNotContain("\"rejected\":1");

        assertThat(jdbc.sql("select pap from intel_objects where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("RED");
        assertThat(new Http(port).get("/intel/objects/" + id).body()).contains("PAP:RED");
    }
}
