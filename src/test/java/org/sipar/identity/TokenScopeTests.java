package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;
import static org.sipar.support.Http.bearer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What each token scope reaches: every scope × REST read, REST write, TAXII read, TAXII add and delete, as a
 * publisher whose role allows all five; a refusal is 403 naming the missing scope, in TAXII's format on TAXII.
 */
@DemoPlatform
class TokenScopeTests {

    static final String PUBLISHER = "analyst@bank.demo";
    static final String PASSWORD = "sipar-demo";
    static final String ALL = "5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01";
    static final String TAXII = "application/taxii+json;version=2.1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0} token, {1}")
    @CsvSource({
            "read,  rest-read,  allowed", "read,  rest-write, write", "read,  taxii-read, allowed",
            "read,  taxii-add,  write", "read,  delete,     write",
            "taxii, rest-read,  read", "taxii, rest-write, write", "taxii, taxii-read, allowed",
            "taxii, taxii-add,  allowed", "taxii, delete,     allowed",
            "write, rest-read,  allowed", "write, rest-write, allowed", "write, taxii-read, allowed",
            "write, taxii-add,  allowed", "write, delete,     allowed"})
    void aScopeReachesWhatItAllows(String scope, String action, String expected) {
        HttpResponse<String> answer = act(action, bearer(token(scope)));
        if (expected.equals("allowed")) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(success(action));
            return;
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        if (action.startsWith("rest")) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("\"missingScope\":\"" + expected + "\"", "\"tokenScope\":\"" + scope + "\"");
        } else {
            assertThat(answer.headers().firstValue("Content-Type")).hasValue(TAXII);
            assertThat(answer.body()).contains("\"http_status\":\"403\"", "\"missing_scope\":\"" + expected + "\"");
        }
        assertThat(answer.body()).contains("the scope '" + scope + "'", "needs a token with the scope '" + expected + "'");
    }

    @Test
    void aTokenInHttpBasicIsBoundByItsScopeToo() {
        HttpResponse<String> answer = act("rest-write", basic(PUBLISHER, token("read")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(answer.body()).contains("\"missingScope\":\"write\"");
    }

    @Test
    void aReadTokenCannotMakeItselfAWriteToken() {
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/tokens", bearer(token("read")),
                "{\"name\":\"escalate\",\"scope\":\"write\"}");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from api_tokens where name = 'escalate'").query(Long.class).single()).isZero();
    }

    @Test
    void aPasswordHasNoScopeAndAMembersTaxiiTokenStillCannotPublish() {
        assertThat(act("rest-write", basic(PUBLISHER, PASSWORD)).statusCode()).isEqualTo(201);
        String member = createToken(basic("member@bank.demo", PASSWORD), "taxii");
        HttpResponse<String> add = act("taxii-add", bearer(member));
        assertThat(add.statusCode()).as(add.body()).isEqualTo(403);
        assertThat(add.body()).doesNotContain("missing_scope");
    }

    @Test
    void anUnknownScopeIsRefusedByName() {
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/tokens", basic(PUBLISHER, PASSWORD),
                "{\"name\":\"odd\",\"scope\":\"admin\"}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"scope\"", "\"value\":\"admin\"", "read, taxii or write");
    }

    /**
     * The page proposes read and the default expiry, shows the new secret with a copy button, and after a TAXII
     * request when and from where the token was last used; the API lists the token with its scope.
     */
    @Test
    void theTokensPageMakesAReadTokenWithACopyButtonAndShowsItsLastUse() {
        Http browser = new Http(port);
        browser.signIn(PUBLISHER, PASSWORD);
        String form = browser.get("/account/tokens").body();
        String proposed = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(90).toString();
        assertThat(form).contains("value=\"" + proposed + "\"", "name=\"scope\" value=\"read\" checked");
        String name = "page " + java.util.UUID.randomUUID();
        HttpResponse<String> created = browser.post("/account/tokens", java.util.Map.of("name", name, "expires", proposed));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("<button type=\"button\" class=\"small\" data-copy=\"new-token\"");
        Matcher secret = Pattern.compile("id=\"new-token\" class=\"secret\" dir=\"ltr\">(sipar_[^<]+)<").matcher(created.body());
        assertThat(secret.find()).isTrue();
        assertThat(send("GET", "/taxii2/api/collections/", bearer(secret.group(1)), TAXII, null).statusCode()).isEqualTo(200);
        String row = browser.get("/account/tokens").body().split(Pattern.quote(name), 2)[1].split("</tr>", 2)[0];
        assertThat(row).contains("data-scope=\"read\"", "from").containsPattern("class=\"last-used\"><time datetime=\"\\d{4}-\\d\\d-\\d\\dT[^\"]+Z\">\\d{1,2} \\w{3} \\d{4}, \\d\\d:\\d\\d UTC</time>");
        assertThat(new Http(port).get("/assets/sipar.js").body()).contains("button[data-copy]", "clipboard");
        String listed = new Http(port).json("GET", "/api/v1/tokens", basic(PUBLISHER, PASSWORD), null).body();
        assertThat(listed).contains("\"name\":\"" + name + "\"", "\"scope\":\"read\"", "\"lastUsedFrom\":\"");
    }

    private HttpResponse<String> act(String action, String auth) {
        String objects = "/taxii2/api/collections/" + ALL + "/objects/";
        return switch (action) {
            case "rest-read" -> send("GET", "/api/v1/intel/objects", auth, "application/json", null);
            case "rest-write" -> send("POST", "/api/v1/intel/bundles", auth, "application/json", Stix.bundle());
            case "taxii-read" -> send("GET", "/taxii2/api/collections/", auth, TAXII, null);
            case "taxii-add" -> send("POST", objects, auth, TAXII,
                    "{\"objects\":[" + Stix.indicator(Stix.newIndicatorId(), Stix.CREATED, Tlp.CLEAR) + "]}");
            case "delete" -> send("DELETE", objects + published() + "/", auth, TAXII, null);
            default -> throw new IllegalArgumentException(action);
        };
    }

    private static int success(String action) {
        return switch (action) {
            case "rest-write" -> 201;
            case "taxii-add" -> 202;
            default -> 200;
        };
    }

    /** An indicator the publisher has just published, with their password. */
    private String published() {
        String id = Stix.newIndicatorId();
        HttpResponse<String> imported = send("POST", "/api/v1/intel/bundles", basic(PUBLISHER, PASSWORD),
                "application/json", Stix.bundle(Stix.indicator(id, Stix.CREATED, Tlp.CLEAR)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        return id;
    }

    private String token(String scope) {
        return createToken(basic(PUBLISHER, PASSWORD), scope);
    }

    private String createToken(String auth, String scope) {
        HttpResponse<String> created = new Http(port).json("POST", "/api/v1/tokens", auth,
                "{\"name\":\"scope " + scope + "\",\"scope\":\"" + scope + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"scope\":\"" + scope + "\"");
        Matcher m = Pattern.compile("\"token\":\"(sipar_[A-Za-z0-9_-]+)\"").matcher(created.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> send(String method, String path, String auth, String media, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", media).header("Authorization", auth)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", media);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
