package org.sipar.taxii.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A status's lists follow the import's report: processed objects succeed or fail, the rest wait. */
class OutcomeTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static List<ObjectNode> objects(int n) {
        List<ObjectNode> objects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            objects.add(Spool.entry(JSON, JSON.readTree("{\"id\":\"indicator--" + i + "\",\"modified\":\"v" + i + "\"}")));
        }
        return objects;
    }

    static ImportReport report(String status, long processed, ImportReport.Rejection... rejections) {
        return new ImportReport(UUID.randomUUID(), ImportStatus.of(status), "TAXII", Instant.now(), null, processed, Map.of(),
                List.of(rejections), List.of(), List.of(), List.of("the input broke off"));
    }

    static List<String> ids(List<ObjectNode> entries) {
        return entries.stream().map(e -> e.path("id").asString()).toList();
    }

    @Test
    void beforeTheFirstBatchEverythingIsPending() {
        Outcome outcome = Outcome.of(objects(3), null, null);
        assertThat(ids(outcome.pendings())).containsExactly("indicator--0", "indicator--1", "indicator--2");
        assertThat(outcome.successes()).isEmpty();
        assertThat(outcome.failures()).isEmpty();
    }

    @Test
    void whileRunningProcessedObjectsSucceedOrFailAndTheRestWait() {
        Outcome outcome = Outcome.of(objects(4), report("running", 2,
                new ImportReport.Rejection(1, "indicator--1", List.of("bad pattern"))), null);
        assertThat(ids(outcome.successes())).containsExactly("indicator--0");
        assertThat(ids(outcome.failures())).containsExactly("indicator--1");
        assertThat(outcome.failures().getFirst().path("message").asString()).isEqualTo("bad pattern");
        assertThat(outcome.failures().getFirst().path("version").asString()).isEqualTo("v1");
        assertThat(ids(outcome.pendings())).containsExactly("indicator--2", "indicator--3");
    }

    @Test
    void severalRejectionsOfOneObjectAreOneFailureWithEveryReason() {
        Outcome outcome = Outcome.of(objects(2), report("complete", 2,
                new ImportReport.Rejection(0, "observed-data--0", List.of("first")),
                new ImportReport.Rejection(0, "ipv4-addr--x", List.of("second"))), "never");
        assertThat(outcome.failures()).hasSize(1);
        assertThat(outcome.failures().getFirst().path("message").asString()).isEqualTo("first; second");
        assertThat(ids(outcome.successes())).containsExactly("indicator--1");
    }

    @Test
    void anImportThatBrokeOffFailsTheObjectsItDidNotReachSayingWhy() {
        ImportReport broken = report("failed", 1);
        Outcome outcome = Outcome.of(objects(3), broken, Outcome.unreached(broken));
        assertThat(ids(outcome.successes())).containsExactly("indicator--0");
        assertThat(ids(outcome.failures())).containsExactly("indicator--1", "indicator--2");
        assertThat(outcome.failures().getFirst().path("message").asString()).contains("the input broke off");
        assertThat(outcome.pendings()).isEmpty();
    }
}
