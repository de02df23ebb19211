package org.sipar.stream.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering webhooks over REST: an organisation's administrator registers, lists, changes, pauses, rotates and
 * deletes its endpoints, each action audited; the secret is shown once and kept sealed; nobody else reaches them;
 * and a URL that could reach inside (or is not https) is refused with a 400 naming it.
 */
@DemoPlatform
class WebhookApiTests {

    static final String PASSWORD = "sipar-demo";
    static final String ADMIN = basic("admin@bank.demo", PASSWORD);
    static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorRegistersAnEndpointAndSeesItsSecretOnce() {
        JsonNode created = register(ADMIN, "{\"name\":\"SOC intake\",\"url\":\"http://127.0.0.1:9/hook\","
                + "\"filters\":{\"type\":[\"indicator\"],\"tlp\":\"amber\",\"min_confidence\":50}}");
        String secret = created.path("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSizeBetween(24, 32);
        assertThat(created.path("filters").toString()).isEqualTo("{\"type\":[\"indicator\"],\"tlp\":[\"amber\"],\"min_confidence\":50}");
        String id = created.path("id").asString();

        HttpResponse<String> listed = http().json("GET", "/api/v1/webhooks", ADMIN, null);
        assertThat(listed.body()).contains(id).doesNotContain(secret).doesNotContain("\"secret\":\"whsec");
        String sealed = jdbc.sql("select secret_sealed from stream_webhooks where id = ?::uuid").param(id).query(String.class).single();
        assertThat(sealed).doesNotContain(secret.substring(6)).isNotBlank();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'stream.webhook.registered' and target = ?")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void everyChangeIsAuditedAndARotationGivesANewSecret() {
        JsonNode created = register(ADMIN, "{\"name\":\"Changing\",\"url\":\"http://127.0.0.1:9/a\"}");
        String id = created.path("id").asString();
        HttpResponse<String> changed = http().json("PUT", "/api/v1/webhooks/" + id, ADMIN,
                "{\"name\":\"Changed\",\"url\":\"http://127.0.0.1:9/b\",\"filters\":{\"label\":[\"apt\"]}}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"name\":\"Changed\"", "http://127.0.0.1:9/b", "\"label\":[\"apt\"]");
        assertThat(http().json("POST", "/api/v1/webhooks/" + id + "/pause", ADMIN, "").body()).contains("\"paused\":true");
        assertThat(http().json("POST", "/api/v1/webhooks/" + id + "/resume", ADMIN, "").body()).contains("\"paused\":false");
        String rotated = JSON.readTree(http().json("POST", "/api/v1/webhooks/" + id + "/rotate-secret", ADMIN, "").body())
                .path("secret").asString();
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(created.path("secret").asString());
        assertThat(http().json("POST", "/api/v1/webhooks/" + id + "/deliveries/replay", ADMIN, "").body()).isEqualTo("{\"replayed\":0}");
        assertThat(http().json("DELETE", "/api/v1/webhooks/" + id, ADMIN, null).statusCode()).isEqualTo(204);
        assertThat(http().json("GET", "/api/v1/webhooks/" + id, ADMIN, null).statusCode()).isEqualTo(404);
        List<String> actions = jdbc.sql("select action from audit_log where target = ? order by id").param(id).query(String.class).list();
        Http hub = http();
        hub.signIn("admin@cert.demo", PASSWORD);
        String trail = hub.get("/admin/audit?action=stream.webhook.").body();
        assertThat(trail).contains("admin@bank.demo registered the webhook “Changing” to http://127.0.0.1:9/a (filters: every change)",
                "admin@bank.demo changed the webhook “Changed”: http://127.0.0.1:9/b (before: http://127.0.0.1:9/a), filters label=apt",
                "admin@bank.demo gave the webhook “Changed” (http://127.0.0.1:9/b) a new signing secret",
                "admin@bank.demo deleted the webhook “Changed”");
        assertThat(actions).containsExactly("stream.webhook.registered", "stream.webhook.updated", "stream.webhook.paused",
                "stream.webhook.resumed", "stream.webhook.secret-rotated", "stream.webhook.replayed", "stream.webhook.deleted");
    }

    @Test
    void onlyTheOrganisationsAdministratorsReachItsEndpoints() {
        String id = register(ADMIN, "{\"name\":\"Private\",\"url\":\"http://127.0.0.1:9/p\"}").path("id").asString();
        assertThat(http().json("GET", "/api/v1/webhooks/" + id, basic("admin@telco.demo", PASSWORD), null).statusCode())
                .as("another organisation's administrator is not told it exists").isEqualTo(404);
        assertThat(http().json("GET", "/api/v1/webhooks", basic("admin@telco.demo", PASSWORD), null).body()).doesNotContain(id);
        HttpResponse<String> analyst = http().json("POST", "/api/v1/webhooks", basic("analyst@bank.demo", PASSWORD),
                "{\"name\":\"Mine\",\"url\":\"http://127.0.0.1:9/m\"}");
        assertThat(analyst.statusCode()).isEqualTo(403);
        assertThat(http().json("GET", "/api/v1/webhooks/" + id, basic("analyst@bank.demo", PASSWORD), null).statusCode()).isEqualTo(403);
        assertThat(http().json("GET", "/api/v1/webhooks", null, null).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://192.0.2.10/hook", "https://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data",
            "https://[::1]/hook", "https://localhost/hook", "https://192.168.1.20/hook", "ftp://192.0.2.10/hook"})
    void aUrlThatCouldReachInsideIsRefusedNamingIt(String url) {
        HttpResponse<String> refused = http().json("POST", "/api/v1/webhooks", ADMIN,
                "{\"name\":\"Inside\",\"url\":\"" + url + "\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"url\"", url);
        assertThat(jdbc.sql("select count(*) from stream_webhooks where url = ?").param(url).query(Integer.class).single()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"tlp\":\"purple\"} | purple", "{\"min_confidence\":101} | 101",
            "{\"colour\":\"red\"} | colour", "{\"type\":[\"Not A Type\"]} | Not A Type", "{\"collection\":\"x\"} | collection"})
    void aBadFilterIsRefusedNamingIt(String filters, String named) {
        HttpResponse<String> refused = http().json("POST", "/api/v1/webhooks", ADMIN,
                "{\"name\":\"Bad filter\",\"url\":\"http://127.0.0.1:9/f\",\"filters\":" + filters + "}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains(named);
    }

    @Test
    void theRegistrationPageRefusesAUrlInsideNamingItInEitherLanguage() {
        Http page = http();
        page.signIn("admin@bank.demo", PASSWORD);
        assertThat(page.get("/admin/webhooks?lang=ur").body()).contains("dir=\"rtl\"", "ویب ہُکس", "action=\"/admin/webhooks\"");
        HttpResponse<String> refused = page.post("/admin/webhooks", java.util.Map.of("name", "Inside", "url",
                "https://169.254.169.254/latest/meta-data", "type", "indicator"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"form-errors\"", "https://169.254.169.254/latest/meta-data", "resolves to 169.254.169.254");
        page.get("/admin/webhooks?lang=en");
        HttpResponse<String> created = page.post("/admin/webhooks", java.util.Map.of("name", "From the page", "url",
                "http://127.0.0.1:9/page", "tlp", "amber"));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("id=\"new-secret\"", "whsec_", "From the page");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetTheEndpoints(@Autowired JdbcClient jdbc) {
        // Nothing listens on port 9: left registered, they would fail at every change the next test classes make.
        jdbc.sql("delete from stream_webhooks where url like 'http://127.0.0.1:9/%'").update();
    }

    private JsonNode register(String authorization, String body) {
        HttpResponse<String> created = http().json("POST", "/api/v1/webhooks", authorization, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body());
    }

    private Http http() {
        return new Http(port);
    }
}
