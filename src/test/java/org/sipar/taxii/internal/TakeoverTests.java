package org.sipar.taxii.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pending TAXII request survives the node that accepted it: once that node has been silent for the lease, any
 * node imports it from the copy kept in PostgreSQL and completes its status; a live node's requests are left to it.
 * (The node that is gone is stood in for by a row of {@code taxii_nodes} whose heartbeat is old.)
 */
@DemoPlatform
class TakeoverTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatusStore statuses;
    @Autowired
    Envelopes envelopes;
    @Autowired
    Takeover takeover;

    UUID person;
    UUID organisation;

    @BeforeEach
    void analyst() {
        person = jdbc.sql("select id from people where lower(email) = 'analyst@telco.demo'").query(UUID.class).single();
        organisation = jdbc.sql("select organisation_id from people where id = ?").param(person).query(UUID.class).single();
    }

    UUID node(String beatAgo) {
        UUID node = UUID.randomUUID();
        jdbc.sql("insert into taxii_nodes (node_id, heartbeat_at) values (?, now() - cast(? as interval))")
                .params(node, beatAgo).update();
        return node;
    }

    /** A request pending on {@code node}, its import queued there (an import this node does not know). */
    UUID pendingOn(UUID node, String object, boolean withCopy) throws Exception {
        UUID id = UUID.randomUUID();
        List<ObjectNode> entries = AddObjectsRecoveryTests.entries(object);
        statuses.begin(id, person, organisation, UUID.randomUUID(), Set.of(), entries, UUID.randomUUID(), node);
        if (withCopy) {
            Path copy = Files.createTempFile("envelope", ".json");
            Files.writeString(copy, "{\"type\":\"bundle\",\"id\":\"bundle--" + id + "\",\"objects\":[" + object + "]}",
                    StandardCharsets.UTF_8);
            envelopes.keep(id, copy);
            Files.delete(copy);
        }
        return id;
    }

    StatusStore.Row awaitComplete(UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (statuses.find(id).orElseThrow().pending() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return statuses.find(id).orElseThrow();
    }

    @Test
    void aGoneNodesPendingRequestIsImportedHereFromItsKeptCopy() throws Exception {
        String id = "indicator--" + UUID.randomUUID();
        UUID status = pendingOn(node("1 hour"), AddObjectsRecoveryTests.indicator(id, "[ipv4-addr:value = '198.51.100.9']"), true);

        takeover.run();

        StatusStore.Row done = awaitComplete(status);
        assertThat(done.pending()).isFalse();
        assertThat(AddObjectsRecoveryTests.ids(done.successes())).containsExactly(id);
        assertThat(jdbc.sql("select count(*) from intel_objects where id = ?").param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(envelopes.has(status)).as("the copy goes with the completion").isFalse();
    }

    @Test
    void aLiveNodesPendingRequestIsLeftToIt() throws Exception {
        UUID live = node("1 second");
        UUID status = pendingOn(live, AddObjectsRecoveryTests.indicator("indicator--" + UUID.randomUUID(),
                "[ipv4-addr:value = '198.51.100.10']"), true);
        UUID importId = statuses.find(status).orElseThrow().importId();

        takeover.run();

        StatusStore.Row row = statuses.find(status).orElseThrow();
        assertThat(row.pending()).isTrue();
        assertThat(row.importId()).isEqualTo(importId);
        jdbc.sql("delete from taxii_status where id = ?").param(status).update();
    }

    @Test
    void aGoneNodesRequestWithoutACopyCompletesWithFailuresSayingWhy() throws Exception {
        String id = "indicator--" + UUID.randomUUID();
        UUID status = pendingOn(node("2 hours"), AddObjectsRecoveryTests.indicator(id, "[ipv4-addr:value = '198.51.100.11']"), false);

        takeover.run();

        StatusStore.Row done = statuses.find(status).orElseThrow();
        assertThat(done.pending()).isFalse();
        assertThat(done.failures().getFirst().path("message").asString()).isEqualTo(Takeover.NODE_LOST);
    }
}
