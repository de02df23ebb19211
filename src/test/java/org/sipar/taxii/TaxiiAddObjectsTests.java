package org.sipar.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.taxii.TaxiiClient.ROOT;
import static org.sipar.taxii.TaxiiClient.as;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.intel.FullImportQueue;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@DemoPlatform
class TaxiiAddObjectsTests {

    static final String V1 = "2026-02-01T10:00:00.000Z";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TaxiiClient taxii;
    String all;

    @BeforeEach
    void client() {
        taxii = new TaxiiClient(port);
        all = taxii.collection("All intelligence", null);
    }

    @Test
    void aSmallAddIsAnswered202CompleteWhenItsImportEndsWithinTheWait() {
        String first = Stix.newId("indicator");
        String second = Stix.newId("malware");
        TaxiiClient.Answer answer = taxii.post(ROOT + "collections/" + all + "/objects/", as("analyst@telco.demo"),
                TaxiiClient.envelope(List.of(Stix.indicator(first, V1, Tlp.CLEAR), Stix.malware(second, V1, Tlp.GREEN))));
        assertThat(answer.status()).isEqualTo(202);
        JsonNode status = answer.json();
        assertThat(status.path("status").asString()).as("two objects are imported within the default second").isEqualTo("complete");
        assertThat(status.path("success_count").asInt()).isEqualTo(2);
        assertThat(status.path("pending_count").asInt()).isZero();
        assertThat(answer.list("successes", "id")).containsExactly(first, second);
        assertThat(status.has("pendings")).isFalse();
        assertThat(taxii.get(ROOT + "status/" + status.path("id").asString() + "/", as("analyst@telco.demo")).json())
                .as("the status resource says the same").isEqualTo(status);
    }

    @Test
    void addingWithPreferRespondAsyncAnswers202AtOnceWithEveryObjectPending() {
        String first = Stix.newId("indicator");
        String second = Stix.newId("malware");
        TaxiiClient.Answer answer = taxii.post(ROOT + "collections/" + all + "/objects/", as("analyst@telco.demo"),
                TaxiiClient.envelope(List.of(Stix.indicator(first, V1, Tlp.CLEAR), Stix.malware(second, V1, Tlp.GREEN))),
                "respond-async");
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.contentType()).isEqualTo(TaxiiClient.MEDIA);
        JsonNode status = answer.json();
        assertThat(status.path("status").asString()).isEqualTo("pending");
        assertThat(status.path("total_count").asInt()).isEqualTo(2);
        assertThat(status.path("pending_count").asInt()).isEqualTo(2);
        assertThat(status.path("success_count").asInt()).isZero();
        assertThat(status.path("failure_count").asInt()).isZero();
        assertThat(answer.list("pendings", "id")).containsExactly(first, second);
        assertThat(answer.list("pendings", "version")).containsExactly(V1, V1);
        assertThat(status.has("successes")).isFalse();
        assertThat(status.has("failures")).isFalse();
        JsonNode complete = taxii.awaitComplete(status.path("id").asString(), as("analyst@telco.demo")).json();
        assertThat(complete.path("success_count").asInt()).isEqualTo(2);
        assertThat(complete.path("pending_count").asInt()).isZero();
        assertThat(complete.has("pendings")).isFalse();
        assertThat(complete.path("request_timestamp")).isEqualTo(status.path("request_timestamp"));
    }

    @Test
    void addingWhileTheImportQueueIsFullIs503WithRetryAfterAndNothingIsKept() {
        String id = Stix.newId("indicator");
        TaxiiClient.Answer answer;
        long statuses = jdbc.sql("select count(*) from taxii_status").query(Long.class).single();
        try (FullImportQueue full = new FullImportQueue(jdbc)) {
            answer = taxii.post(ROOT + "collections/" + all + "/objects/", as("analyst@telco.demo"),
                    TaxiiClient.envelope(List.of(Stix.indicator(id, V1, Tlp.CLEAR))));
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).isEqualTo(TaxiiClient.MEDIA);
        assertThat(answer.response().headers().firstValue("Retry-After")).hasValue("30");
        assertThat(answer.json().path("http_status").asString()).isEqualTo("503");
        assertThat(jdbc.sql("select count(*) from taxii_status").query(Long.class).single()).as("no status").isEqualTo(statuses);
        assertThat(jdbc.sql("select count(*) from intel_objects where id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void theStatusIsCompletedWhenItsImportEndsWithoutAnyoneAsking() throws InterruptedException {
        String id = Stix.newId("indicator");
        TaxiiClient.Answer posted = taxii.post(ROOT + "collections/" + all + "/objects/", as("analyst@telco.demo"),
                TaxiiClient.envelope(List.of(Stix.indicator(id, V1, Tlp.CLEAR))));
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        java.util.UUID status = java.util.UUID.fromString(posted.json().path("id").asString());
        long deadline = System.nanoTime() + TaxiiClient.DEADLINE.toNanos();
        // Read from the table, never through the endpoint: only the import's end (ImportFinished) can complete it.
        while (!"complete".equals(jdbc.sql("select status from taxii_status where id = ?").param(status)
                .query(String.class).single())) {
            assertThat(System.nanoTime()).as("status completed by the import's end").isLessThan(deadline);
            Thread.sleep(10);
        }
        assertThat(jdbc.sql("select success_count from taxii_status where id = ?").param(status).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void theStatusFollowsTheImportWhileItRuns() throws InterruptedException {
        List<String> objects = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            objects.add(Stix.indicator(Stix.newId("indicator"), V1, Tlp.GREEN));
        }
        objects.set(1500, Stix.indicatorWithPattern(Stix.newId("indicator"), V1, Tlp.GREEN, "[ipv4-addr:value = "));
        String auth = as("analyst@telco.demo");
        TaxiiClient.Answer posted = taxii.post(ROOT + "collections/" + all + "/objects/", auth, TaxiiClient.envelope(objects));
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String id = posted.json().path("id").asString();
        List<JsonNode> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TaxiiClient.DEADLINE.toNanos();
        JsonNode status;
        do {
            assertThat(System.nanoTime()).as("import finished in time").isLessThan(deadline);
            TaxiiClient.Answer answer = taxii.get(ROOT + "status/" + id + "/", auth);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            status = answer.json();
            seen.add(status);
            Thread.sleep(10);
        } while (!"complete".equals(status.path("status").asString()));
        int lastPending = 3000;
        for (JsonNode s : seen) {
            int successes = s.path("success_count").asInt();
            int failures = s.path("failure_count").asInt();
            int pending = s.path("pending_count").asInt();
            assertThat(successes + failures + pending).as(s.toString()).isEqualTo(3000);
            assertThat(s.path("successes").size()).isEqualTo(successes);
            assertThat(s.path("failures").size()).isEqualTo(failures);
            assertThat(s.path("pendings").size()).isEqualTo(pending);
            assertThat(pending).isLessThanOrEqualTo(lastPending);
            if (pending > 0) {
                assertThat(s.path("status").asString()).isEqualTo("pending");
            }
            lastPending = pending;
        }
        assertThat(status.path("success_count").asInt()).isEqualTo(2999);
        assertThat(status.path("failures").get(0).path("message").asString()).contains("pattern");
    }

    @Test
    void addingAnswers202AndTheStatusCompletesNamingEachSuccessAndFailure() {
        String good = Stix.newId("indicator");
        String malware = Stix.newId("malware");
        String bad = Stix.newId("indicator");
        TaxiiClient.Answer answer = taxii.add(all, as("analyst@telco.demo"), List.of(Stix.indicator(good, V1, Tlp.CLEAR),
                Stix.malware(malware, V1, Tlp.GREEN), Stix.indicatorWithPattern(bad, V1, Tlp.CLEAR, "[ipv4-addr:value = ")));
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.contentType()).isEqualTo(TaxiiClient.MEDIA);
        JsonNode status = answer.json();
        assertThat(status.path("status").asString()).isEqualTo("complete");
        assertThat(status.path("total_count").asInt()).isEqualTo(3);
        assertThat(status.path("success_count").asInt()).isEqualTo(2);
        assertThat(status.path("failure_count").asInt()).isEqualTo(1);
        assertThat(status.path("pending_count").asInt()).isZero();
        assertThat(answer.list("successes", "id")).containsExactlyInAnyOrder(good, malware);
        assertThat(answer.list("successes", "version")).containsOnly(V1);
        JsonNode failure = status.path("failures").get(0);
        assertThat(failure.path("id").asString()).isEqualTo(bad);
        assertThat(failure.path("version").asString()).isEqualTo(V1);
        assertThat(failure.path("message").asString()).contains("pattern");
        assertThat(status.path("request_timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(taxii.get(ROOT + "collections/" + all + "/objects/" + good + "/", null).status()).isEqualTo(200);
        assertThat(taxii.get(ROOT + "collections/" + all + "/objects/" + bad + "/", as("admin@cert.demo")).status()).isEqualTo(404);
    }

    @Test
    void objectsComeBackVerbatimInUtf8() {
        String id = Stix.newId("malware");
        String object = Stix.malware(id, V1, Tlp.CLEAR).replace("Test malware", "سپر \\u0001 malware");
        assertThat(taxii.add(all, as("analyst@telco.demo"), List.of(object)).json().path("success_count").asInt()).isEqualTo(1);
        JsonNode stored = taxii.get(ROOT + "collections/" + all + "/objects/" + id + "/", null).json().path("objects").get(0);
        assertThat(stored.path("name").asString()).isEqualTo("سپر \u0001 malware");
        assertThat(stored).isEqualTo(TaxiiClient.JSON.readTree(object));
    }

    @Test
    void statusIsReadOnlyByTheCallerWhoPostedIt() {
        JsonNode posted = taxii.add(all, as("analyst@telco.demo"), List.of(Stix.indicator(Stix.newId("indicator"), V1, Tlp.GREEN))).json();
        String path = ROOT + "status/" + posted.path("id").asString() + "/";
        TaxiiClient.Answer mine = taxii.get(path, as("analyst@telco.demo"));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json()).isEqualTo(posted);
        assertThat(taxii.get(path, as("admin@telco.demo")).status()).isEqualTo(404);
        assertThat(taxii.get(path, as("admin@cert.demo")).status()).isEqualTo(404);
        assertThat(taxii.get(path, null).status()).isEqualTo(401);
    }

    @Test
    void objectsAddedToAGroupCollectionAreSharedWithThatGroup() {
        String group = taxii.collection("Finance and telecom sector", as("analyst@telco.demo"));
        String id = Stix.newId("indicator");
        assertThat(taxii.add(group, as("analyst@telco.demo"), List.of(Stix.indicator(id, V1, Tlp.AMBER))).status()).isEqualTo(202);
        String inGroup = ROOT + "collections/" + group + "/objects/" + id + "/";
        String inAll = ROOT + "collections/" + all + "/objects/" + id + "/";
        assertThat(taxii.get(inGroup, as("analyst@bank.demo")).status()).isEqualTo(200);
        assertThat(taxii.get(inAll, as("member@bank.demo")).status()).isEqualTo(200);
        assertThat(taxii.get(inGroup, as("analyst@nic.demo")).status()).isEqualTo(404);
        assertThat(taxii.get(inAll, as("analyst@moit.demo")).status()).isEqualTo(404);
    }

    @Test
    void onlyThePublishingOrganisationOrAHubAdministratorDeletes() {
        String id = Stix.newId("indicator");
        taxii.add(all, as("analyst@telco.demo"), List.of(Stix.indicator(id, V1, Tlp.CLEAR),
                Stix.indicator(id, "2026-02-02T10:00:00.000Z", Tlp.CLEAR)));
        String path = ROOT + "collections/" + all + "/objects/" + id + "/";
        assertThat(taxii.delete(path, null).status()).isEqualTo(401);
        assertThat(taxii.delete(path, as("analyst@nic.demo")).status()).isEqualTo(403);
        assertThat(taxii.delete(path + "?match[version]=first", as("admin@telco.demo")).status()).isEqualTo(200);
        assertThat(taxii.get(path + "versions/", null).list("versions", null)).containsExactly("2026-02-02T10:00:00.000Z");
        assertThat(taxii.delete(path, as("admin@cert.demo")).status()).isEqualTo(200);
        assertThat(taxii.get(path, null).status()).isEqualTo(404);
        assertThat(taxii.delete(path, as("admin@cert.demo")).status()).isEqualTo(404);
        assertThat(jdbc.sql("select actor from audit_log where action = 'intel.object.delete' and target = ? order by id")
                .param(id).query(String.class).list()).containsExactly("analyst@nic.demo", "admin@telco.demo", "admin@cert.demo");
    }
}
