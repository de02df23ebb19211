package org.sipar.intel.internal.ingestion;

import org.sipar.support.stix.Stix;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Publication;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Should the checks ever let through a value PostgreSQL cannot hold, only that object is rejected, with the
 * database's reason, and the rest of its batch is stored: here a NUL character, which jsonb refuses, handed to
 * the batch writer past the checks.
 */
@DemoPlatform
class BatchIsolationTests {

    @Autowired
    BatchWriter batches;

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anObjectTheDatabaseRefusesIsRejectedAloneAndTheBatchIsStored() {
        UUID importId = UUID.randomUUID();
        Publication publication = new Publication(null, null, Set.of(), Set.of(), Set.of(), "test");
        imports.queue(importId, publication, null, Integer.MAX_VALUE, new Imports.Queuing(0, org.sipar.sharing.Tlp.AMBER, null));
        assertThat(imports.claim(importId)).isPresent();
        Batch segment = new Batch();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String id = "indicator--" + UUID.randomUUID();
            ids.add(id);
            ObjectNode object = (ObjectNode) JsonMapper.shared().readTree(Stix.indicator(id));
            if (i == 6) {
                object.put("description", "a NUL \u0000 inside");
            }
            segment.candidates.add(new CheckedObject(i, object, "indicator", id, object.path("modified").asString(),
                    publication.at(Tlp.GREEN), false, List.of(), null));
        }
        segment.read = 9;
        ImportReport share = batches.write(segment, new ReportBuilder(importId, "test", java.time.Clock.systemUTC()));
        assertThat(share.totals().accepted()).isEqualTo(8);
        assertThat(share.rejections()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(6);
            assertThat(r.id()).isEqualTo(ids.get(6));
            assertThat(r.reasons()).singleElement().satisfies(reason ->
                    assertThat(reason).startsWith("the database cannot store this object: ").contains("Unicode escape"));
        });
        assertThat(jdbc.sql("select count(*) from intel_objects where id = any(?)").param(ids.toArray(String[]::new))
                .query(Long.class).single()).isEqualTo(8);
    }
}
