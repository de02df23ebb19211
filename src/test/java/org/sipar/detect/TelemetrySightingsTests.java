package org.sipar.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telemetry in, sightings out: an Elastic Common Schema log whose lines hit an indicator becomes one sighting per
 * indicator and window (its count the number of hits), a malformed line is reported with its number and stops
 * nothing, a second upload adds to the same sighting's count in a new version, and the sighting reaches intel's
 * store shared with the indicator's producer and the reporter, not with others. A saved mapping reads other JSON.
 */
@DemoPlatform
class TelemetrySightingsTests extends MatchFixture {

    @Autowired
    JdbcClient jdbc;

    private static final JsonMapper JSON = JsonMapper.shared();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void matchesBecomeOneSightingPerIndicatorAndWindowSharedWithTheProducer() throws Exception {
        String address = freshAddress();
        String indicator = Stix.newIndicatorId();
        publish("tlp=GREEN", indicator(indicator, "[ipv4-addr:value = '" + address + "']", ""));
        awaitMatch("analyst@telco.demo", ip(address), indicator);
        String hour = java.time.Instant.now().minusSeconds(7200).truncatedTo(java.time.temporal.ChronoUnit.HOURS).toString();
        String log = String.join("\n",
                ecs(hour.replace(":00:00Z", ":05:00Z"), address, "192.0.2.10"),
                ecs(hour.replace(":00:00Z", ":10:00Z"), "192.0.2.11", address),
                "{\"@timestamp\": broken",
                ecs(hour.replace(":00:00Z", ":50:00Z"), address, "192.0.2.12"));
        HttpResponse<String> report = upload("ecs", null, log);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("\"lines\":4", "\"parsed\":3", "\"malformed\":1", "\"line\":3", "\"matches\":3", "\"sightings\":1");
        UUID sighting = jdbc.sql("select id from detect_sightings where indicator_id = ?").param(indicator).query(UUID.class).single();
        JsonNode stored = awaitObject("sighting--" + sighting, "analyst@bank.demo", 3);
        assertThat(stored.path("sighting_of_ref").asString()).isEqualTo(indicator);
        assertThat(stored.path("where_sighted_refs").path(0).asString()).startsWith("identity--");
        assertThat(stored.path("first_seen").asString()).endsWith(":05:00.000Z");
        assertThat(stored.path("last_seen").asString()).endsWith(":50:00.000Z");

        assertThat(upload("ecs", null, ecs(hour.replace(":00:00Z", ":30:00Z"), address, "192.0.2.13")).body()).contains("\"matches\":1");
        awaitObject("sighting--" + sighting, "analyst@bank.demo", 4);
        assertThat(get("sighting--" + sighting, "analyst@telco.demo").statusCode()).as("the reporter").isEqualTo(200);
        assertThat(get("sighting--" + sighting, "analyst@moit.demo").statusCode()).as("neither producer nor reporter").isEqualTo(404);
    }

    @Test
    void anIndicatorThatArrivesLaterFindsWhatWasSeenBeforeIt() throws Exception {
        String address = freshAddress();
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(3).toString();
        HttpResponse<String> report = upload("ecs", null, ecs(day + "T10:15:00Z", address, "192.0.2.20"));
        assertThat(report.body()).contains("\"matches\":0");
        String indicator = Stix.newIndicatorId();
        publish("tlp=GREEN", indicator(indicator, "[ipv4-addr:value = '" + address + "']", ""));
        UUID sighting = null;
        for (int i = 0; i < 100 && sighting == null; i++) {
            sighting = jdbc.sql("select id from detect_sightings where indicator_id = ?").param(indicator).query(UUID.class)
                    .optional().orElse(null);
            Thread.sleep(sighting == null ? 100 : 0);
        }
        assertThat(sighting).as("a retro-hunt sighting within 10 s").isNotNull();
        JsonNode stored = awaitObject("sighting--" + sighting, "analyst@bank.demo", 1);
        assertThat(stored.path("first_seen").asString()).isEqualTo(day + "T00:00:00.000Z");
        assertThat(stored.path("last_seen").asString()).isEqualTo(day + "T23:59:59.000Z");
    }

    @Test
    void aSavedMappingReadsOtherJsonAndABrokenOneIsRefusedWhenSaved() {
        Http api = new Http(port);
        String auth = Http.basic("analyst@telco.demo", PASSWORD);
        HttpResponse<String> broken = api.json("PUT", "/api/v1/telemetry/mappings/firewall", auth,
                "{\"fields\":[{\"path\":\"src\",\"type\":\"ip-address\"}]}");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("ip-address");
        HttpResponse<String> saved = api.json("PUT", "/api/v1/telemetry/mappings/firewall", auth,
                "{\"fields\":[{\"path\":\"src\",\"type\":\"ip\"},{\"path\":\"q\",\"type\":\"domain-name\"}],\"time\":{\"path\":\"ts\",\"format\":\"epoch-seconds\"}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> report = upload("jsonl", "firewall", "{\"src\":\"192.0.2.1\",\"q\":\"x.example\",\"ts\":1764800000}\n{\"src\":\"-\"}");
        assertThat(report.body()).contains("\"parsed\":2", "\"observables\":2");
        assertThat(upload("jsonl", "nosuch", "{}").statusCode()).isEqualTo(400);
        assertThat(upload("syslog", null, "x").body()).contains("syslog");
    }

    private static String ecs(String at, String source, String destination) {
        return "{\"@timestamp\":\"" + at + "\",\"source\":{\"ip\":\"" + source + "\"},\"destination\":{\"ip\":\"" + destination + "\"}}";
    }

    private HttpResponse<String> upload(String format, String mapping, String body) {
        String query = "format=" + format + (mapping == null ? "" : "&mapping=" + mapping);
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/telemetry?" + query))
                .header("Authorization", Http.basic("analyst@telco.demo", PASSWORD)).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> get(String id, String login) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/intel/objects/" + id))
                .header("Authorization", Http.basic(login, PASSWORD)).header("Accept", "application/json").GET().build());
    }

    /** The sighting as {@code login} reads it once its count is {@code count} (its import is queued), up to 15 s. */
    private JsonNode awaitObject(String id, String login, long count) throws InterruptedException {
        JsonNode sighting = null;
        for (int i = 0; i < 150 && (sighting == null || sighting.path("count").asLong() != count); i++) {
            HttpResponse<String> got = get(id, login);
            sighting = got.statusCode() == 200
                    ? JSON.readTree(JSON.readTree(got.body()).path("objects").path(0).path("json").asString()) : null;
            Thread.sleep(sighting != null && sighting.path("count").asLong() == count ? 0 : 100);
        }
        assertThat(sighting).as("%s as %s within 15 s", id, login).isNotNull();
        assertThat(sighting.path("count").asLong()).isEqualTo(count);
        return sighting;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
