package org.sipar.taxii.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a stop or crash of Sipar leaves behind in TAXII: statuses still pending whose import ended (the event
 * that completes them lost), or that have no import at all (from before the import queue); and the purge of
 * old statuses. Start-up is stood in for by calling the start-up step itself. (Imports that a stop left queued
 * or running are intel's: ImportQueueTests.)
 */
@DemoPlatform
class AddObjectsRecoveryTests {

    static final String V1 = "2026-02-01T10:00:00.000Z";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Intelligence intelligence;
    @Autowired
    StatusStore statuses;
    @Autowired
    AddObjects adder;
    @Autowired
    StatusPurge purge;

    UUID person;
    UUID organisation;

    @BeforeEach
    void analyst() {
        person = jdbc.sql("select id from people where lower(email) = 'analyst@telco.demo'").query(UUID.class).single();
        organisation = jdbc.sql("select organisation_id from people where id = ?").param(person).query(UUID.class).single();
    }

    static String indicator(String id, String pattern) {
        return """
                {"type":"indicator","spec_version":"2.1","id":"%s","created":"%s","modified":"%s","name":"Recovered",
                 "pattern":"%s","pattern_type":"stix","valid_from":"%s",
                 "object_marking_refs":["marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"]}"""
                .formatted(id, V1, V1, pattern, V1);
    }

    static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Stores objects as an earlier, interrupted run of the import would have; returns that import's id. */
    UUID importedEarlier(String... objects) {
        UUID importId = UUID.randomUUID();
        intelligence.ingest(importId, stream("{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID()
                + "\",\"objects\":[" + String.join(",", objects) + "]}"), publication());
        return importId;
    }

    Publication publication() {
        return new Publication(organisation, person, Set.of(), Set.of(), Set.of(), "TAXII");
    }

    static List<String> ids(List<ObjectNode> entries) {
        return entries.stream().map(e -> e.path("id").asString()).toList();
    }

    long stored(String id) {
        return jdbc.sql("select count(*) from intel_objects where id = ?").param(id).query(Long.class).single();
    }

    static List<ObjectNode> entries(String... objects) {
        return java.util.Arrays.stream(objects).map(o -> Spool.entry(SpoolTest.JSON, SpoolTest.JSON.readTree(o))).toList();
    }

    @Test
    void aPendingStatusWhoseImportEndedBeforeTheStopIsCompletedAtStartUp() {
        String first = "indicator--" + UUID.randomUUID();
        String bad = "indicator--" + UUID.randomUUID();
        String[] objects = {indicator(first, "[ipv4-addr:value = '198.51.100.1']"), indicator(bad, "[ipv4-addr:value = ")};
        UUID importId = importedEarlier(objects);
        UUID id = UUID.randomUUID();
        statuses.begin(id, person, organisation, UUID.randomUUID(), Set.of(), entries(objects), importId);

        adder.completeInterrupted();

        StatusStore.Row done = statuses.find(id).orElseThrow();
        assertThat(done.pending()).as("completed at start-up, not left pending for good").isFalse();
        assertThat(ids(done.successes())).containsExactly(first);
        assertThat(ids(done.failures())).containsExactly(bad);
        assertThat(stored(first)).isEqualTo(1);
    }

    @Test
    void aPendingStatusReadAfterItsImportEndedIsComplete() {
        String first = "indicator--" + UUID.randomUUID();
        String[] objects = {indicator(first, "[ipv4-addr:value = '198.51.100.2']")};
        UUID importId = importedEarlier(objects);
        UUID id = UUID.randomUUID();
        statuses.begin(id, person, organisation, UUID.randomUUID(), Set.of(), entries(objects), importId);

        String resource = adder.status(id, person).orElseThrow();

        assertThat(SpoolTest.JSON.readTree(resource).path("status").asString()).isEqualTo("complete");
        assertThat(SpoolTest.JSON.readTree(resource).path("success_count").asInt()).isEqualTo(1);
        assertThat(statuses.find(id).orElseThrow().pending()).as("and saved so").isFalse();
    }

    @Test
    void aPendingStatusWithoutAnImportFromBeforeTheQueueCompletesWithFailuresSayingWhy() {
        String second = "indicator--" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        statuses.begin(id, person, organisation, UUID.randomUUID(), Set.of(),
                entries(indicator(second, "[ipv4-addr:value = '198.51.100.4']")), null);

        adder.completeInterrupted();

        StatusStore.Row done = statuses.find(id).orElseThrow();
        assertThat(done.successes()).isEmpty();
        assertThat(ids(done.failures())).containsExactly(second);
        assertThat(done.failures().getFirst().path("message").asString()).isEqualTo(AddObjects.SPOOL_LOST);
        assertThat(stored(second)).isZero();
    }

    @Test
    void completedStatusesArePurgedAfterTheRetentionPendingOnesNever() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        UUID oldPending = UUID.randomUUID();
        List<ObjectNode> objects = List.of(Spool.entry(SpoolTest.JSON, SpoolTest.JSON.readTree("{\"id\":\"indicator--1\"}")));
        for (UUID id : List.of(old, recent, oldPending)) {
            statuses.begin(id, person, organisation, UUID.randomUUID(), Set.of(), objects, null);
        }
        statuses.complete(old, Outcome.of(objects, null, "purged"));
        statuses.complete(recent, Outcome.of(objects, null, "kept"));
        jdbc.sql("update taxii_status set request_timestamp = now() - interval '9 days',"
                + " completed_at = now() - interval '8 days' where id = ?").params(old).update();
        jdbc.sql("update taxii_status set request_timestamp = now() - interval '9 days' where id = ?").params(oldPending).update();
        jdbc.sql("update taxii_status set request_timestamp = now() - interval '9 days',"
                + " completed_at = now() - interval '2 days' where id = ?").params(recent).update();

        purge.purge(Instant.now());
        assertThat(statuses.find(old)).isEmpty();
        assertThat(statuses.find(recent)).as("kept from completion, not from the request").isPresent();
        assertThat(statuses.find(oldPending)).as("a pending request is resumed, never purged").isPresent();

        purge.purge(Instant.now().plus(Duration.ofDays(6)));
        assertThat(statuses.find(recent)).as("kept a week by default").isEmpty();
        jdbc.sql("delete from taxii_status where id = ?").params(oldPending).update();
    }
}
