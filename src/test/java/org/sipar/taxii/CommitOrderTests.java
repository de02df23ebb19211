package org.sipar.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.taxii.TaxiiClient.ROOT;
import static org.sipar.taxii.TaxiiClient.as;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Cursors follow commit order: a writer whose transaction is held open while a later import commits is still
 * reached by a follower paging with {@code next} or resuming with {@code added_after} set to the
 * X-TAXII-Date-Added-Last of its last page; and a bulk import followed that way arrives whole, once each, in
 * increasing date_added.
 */
@DemoPlatform
class CommitOrderTests {

    static final String ALL = "All intelligence";
    static final String ANALYST = "analyst@nic.demo";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aWriterHeldOpenWhileALaterImportCommitsIsNeverSkipped() throws Exception {
        TaxiiClient taxii = new TaxiiClient(port);
        String objects = ROOT + "collections/" + taxii.collection(ALL, as(ANALYST)) + "/objects/";
        Cursor follower = new Cursor(taxii, objects).catchUp();
        String held = Stix.newId("indicator");
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            long write = insertOneRow(writer, held); // inserted first, so its seq is lower than the import's rows
            String later = Stix.newId("indicator");
            assertThat(taxii.add(taxii.collection(ALL, as(ANALYST)), as(ANALYST),
                    List.of(Stix.indicator(later, Stix.CREATED, Tlp.CLEAR))).json().path("success_count").asInt()).isEqualTo(1);
            assertThat(follower.catchUp().seen).contains(later).doesNotContain(held);
            commitOrder(writer, write);
            writer.commit();
        }
        assertThat(follower.catchUp().seen).as("the held write, committed later, comes after").endsWith(held);
        assertThat(follower.seen).doesNotHaveDuplicates();
    }

    @Test
    void aFollowerResumingWithAddedAfterGetsAWholeBulkImportOnceInOrder() {
        TaxiiClient taxii = new TaxiiClient(port);
        String collection = taxii.collection(ALL, as(ANALYST));
        String objects = ROOT + "collections/" + collection + "/objects/";
        Cursor follower = new Cursor(taxii, objects).catchUp();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            sent.add(Stix.newId("indicator"));
        }
        List<String> bodies = sent.stream().map(id -> Stix.indicator(id, Stix.CREATED, Tlp.CLEAR)).toList();
        assertThat(taxii.add(collection, as(ANALYST), bodies).json().path("success_count").asInt()).isEqualTo(3000);
        follower.seen.clear();
        follower.dates.clear();
        follower.catchUp();
        assertThat(follower.seen).hasSize(3000).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sent);
        assertThat(follower.dates).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aFollowerOfTheChangeLogMissesAndRepeatsNothingWhileTwoWritersImport() throws Exception {
        TaxiiClient taxii = new TaxiiClient(port);
        String collection = taxii.collection(ALL, as(ANALYST));
        ChangeFollower follower = new ChangeFollower(new Http(port));
        follower.catchUp();
        follower.seen.clear();
        List<String> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable writer = () -> {
            for (int round = 0; round < 10; round++) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    ids.add(Stix.newId("indicator"));
                }
                assertThat(taxii.add(collection, as(ANALYST), ids.stream().map(id -> Stix.indicator(id, Stix.CREATED, Tlp.CLEAR))
                        .toList()).json().path("success_count").asInt()).isEqualTo(100);
                sent.addAll(ids);
            }
        };
        var first = java.util.concurrent.CompletableFuture.runAsync(writer);
        var second = java.util.concurrent.CompletableFuture.runAsync(writer);
        while (!first.isDone() || !second.isDone()) {
            follower.catchUp(); // reading while both write
        }
        first.join();
        second.join();
        follower.catchUp();
        assertThat(sent).hasSize(2000);
        assertThat(follower.seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sent);
        assertThat(follower.positions).isSorted().doesNotHaveDuplicates();
    }

    /** A follower of the change log over REST, resuming each page after the last page's {@code next}. */
    private static final class ChangeFollower {
        final Http api;
        final List<String> seen = new ArrayList<>();
        final List<Long> positions = new ArrayList<>();
        long after;

        ChangeFollower(Http api) {
            this.api = api;
        }

        void catchUp() {
            while (true) {
                var answer = api.json("GET", "/api/v1/intel/changes?limit=300&after=" + after, Http.basic(ANALYST, "sipar-demo"), null);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                JsonNode page = tools.jackson.databind.json.JsonMapper.shared().readTree(answer.body());
                page.path("changes").forEach(c -> {
                    if (c.path("type").asString().equals("indicator") && c.path("change").asString().equals("added")) {
                        seen.add(c.path("id").asString());
                    }
                    positions.add(c.path("position").asLong());
                });
                after = page.path("next").asLong();
                if (!page.path("more").asBoolean()) {
                    return;
                }
            }
        }
    }

    /** A follower of the manifest resuming each page with added_after = the X-TAXII-Date-Added-Last of the page before. */
    private static final class Cursor {
        final TaxiiClient taxii;
        final String manifest;
        final List<String> seen = new ArrayList<>();
        final List<String> dates = new ArrayList<>();
        String last;

        Cursor(TaxiiClient taxii, String objects) {
            this.taxii = taxii;
            this.manifest = objects.replace("/objects/", "/manifest/");
        }

        Cursor catchUp() {
            while (true) {
                TaxiiClient.Answer page = taxii.get(manifest, as(ANALYST), last == null ? Map.of("limit", "500")
                        : Map.of("limit", "500", "added_after", last));
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                JsonNode list = page.json().path("objects");
                if (list.isEmpty()) {
                    return this;
                }
                list.forEach(o -> {
                    seen.add(o.path("id").asString());
                    dates.add(o.path("date_added").asString());
                });
                last = page.response().headers().firstValue("X-TAXII-Date-Added-Last").orElseThrow();
                assertThat(last).isEqualTo(dates.getLast());
            }
        }
    }

    /** Stores one CLEAR indicator as a write of its own, in the open transaction of {@code writer}; returns the write. */
    private static long insertOneRow(Connection writer, String id) throws Exception {
        long write;
        try (var next = writer.createStatement(); var rs = next.executeQuery("select nextval('intel_write_ids')")) {
            rs.next();
            write = rs.getLong(1);
        }
        String json = Stix.indicator(id, Stix.CREATED, Tlp.CLEAR);
        try (PreparedStatement insert = writer.prepareStatement("""
                insert into intel_objects (id, type, spec_version, modified, modified_at, tlp, size_bytes, write_id, object)
                values (?, 'indicator', '2.1', ?, cast(? as timestamptz), 'CLEAR', ?, ?, cast(? as jsonb))""")) {
            insert.setString(1, id);
            insert.setString(2, Stix.CREATED);
            insert.setString(3, Stix.CREATED);
            insert.setInt(4, json.length());
            insert.setLong(5, write);
            insert.setString(6, json);
            insert.executeUpdate();
        }
        return write;
    }

    /** What the store's writers do last before they commit (intel's WriteLog). */
    private static void commitOrder(Connection writer, long write) throws Exception {
        try (PreparedStatement order = writer.prepareStatement("""
                with next as (update intel_write_clock set position = position + 1,
                    last_added = greatest(clock_timestamp(), last_added + interval '1 microsecond') returning position, last_added)
                insert into intel_writes (write_id, position, added_at, rows) select ?, position, last_added, 1 from next""")) {
            order.setLong(1, write);
            order.executeUpdate();
        }
    }
}
