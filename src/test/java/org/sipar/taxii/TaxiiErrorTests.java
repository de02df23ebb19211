package org.sipar.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.taxii.TaxiiClient.MEDIA;
import static org.sipar.taxii.TaxiiClient.ROOT;
import static org.sipar.taxii.TaxiiClient.as;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;

@DemoPlatform
class TaxiiErrorTests {

    static final String ANALYST = "analyst@telco.demo";

    @LocalServerPort
    int port;

    TaxiiClient taxii;
    String all;
    String objects;

    @BeforeEach
    void client() {
        taxii = new TaxiiClient(port);
        all = taxii.collection("All intelligence", null);
        objects = ROOT + "collections/" + all + "/objects/";
    }

    @Test
    void acceptWithoutTaxii21Is406() {
        assertError(accept("application/json"), 406);
        assertError(accept("application/taxii+json;version=2.0"), 406);
        assertError(accept("text/html"), 406);
        assertThat(accept("application/taxii+json").status()).isEqualTo(200);
        assertThat(accept("application/taxii+json;version=2.1").status()).isEqualTo(200);
        assertThat(accept("*/*").status()).isEqualTo(200);
        assertThat(accept("text/html, application/taxii+json;version=2.1;q=0.9").status()).isEqualTo(200);
    }

    @Test
    void wrongContentTypeIs415() {
        assertError(taxii.send("POST", objects, as(ANALYST), Map.of("Accept", MEDIA, "Content-Type", "application/json"),
                "{\"objects\":[]}"), 415);
        assertError(taxii.send("POST", objects, as(ANALYST), Map.of("Accept", MEDIA, "Content-Type", "application/taxii+json;version=2.0"),
                "{\"objects\":[]}"), 415);
    }

    @Test
    void contentLongerThanMaxContentLengthIs413BeforeItIsRead() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + objects + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + MEDIA + "\r\nContent-Type: " + MEDIA
                    + "\r\nAuthorization: " + Http.basic(ANALYST, "sipar-demo") + "\r\nContent-Length: " + (101L * 1024 * 1024)
                    + "\r\n\r\n{\"objects\":[").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = read(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains(MEDIA).contains("\"http_status\":\"413\"");
        }
    }

    @Test
    void contentThatIsNotAnEnvelopeIs422() {
        assertError(taxii.post(objects, as(ANALYST), "{not json"), 422);
        assertError(taxii.post(objects, as(ANALYST), "{\"objects\":\"none\"}"), 422);
        assertError(taxii.post(objects, as(ANALYST), "[1,2]"), 422);
        assertError(taxii.post(objects, as(ANALYST), "{\"objects\":[]}"), 422);
    }

    @Test
    void missingCredentialsWhereTheyAreNeededAre401WithAChallenge() {
        String group = taxii.collection("Finance and telecom sector", as(ANALYST));
        for (TaxiiClient.Answer answer : List.of(taxii.add(all, null, List.of(Stix.indicator(Stix.newId("indicator"),
                        Stix.CREATED, Tlp.CLEAR))), taxii.get(ROOT + "collections/" + group + "/objects/", null),
                taxii.get(ROOT + "collections/" + group + "/manifest/", null),
                taxii.get(ROOT + "collections/" + group + "/", null),
                taxii.get(ROOT + "status/" + UUID.randomUUID() + "/", null))) {
            assertError(answer, 401);
            assertThat(answer.response().headers().allValues("WWW-Authenticate")).anyMatch(h -> h.startsWith("Basic"));
        }
        TaxiiClient.Answer badPassword = taxii.get(ROOT + "collections/", Http.basic(ANALYST, "wrong"));
        assertError(badPassword, 401);
        assertThat(badPassword.header("WWW-Authenticate")).isNotNull();
    }

    @Test
    void writingWithoutCanWriteIs403() {
        String group = taxii.collection("Finance and telecom sector", as(ANALYST));
        String object = Stix.indicator(Stix.newId("indicator"), Stix.CREATED, Tlp.CLEAR);
        assertError(taxii.add(all, as("member@bank.demo"), List.of(object)), 403);
        assertError(taxii.add(group, as("analyst@nic.demo"), List.of(object)), 403);
    }

    @Test
    void unknownOrHiddenCollectionsAndObjectsAre404() {
        String bankSubmissions = taxii.collection("First National Bank submissions", as("analyst@bank.demo"));
        assertError(taxii.get(ROOT + "collections/" + UUID.randomUUID() + "/", as(ANALYST)), 404);
        assertError(taxii.get(ROOT + "collections/not-a-uuid/objects/", as(ANALYST)), 404);
        assertError(taxii.get(ROOT + "collections/" + bankSubmissions + "/", as(ANALYST)), 404);
        assertError(taxii.get(ROOT + "collections/" + bankSubmissions + "/objects/", as(ANALYST)), 404);
        assertError(taxii.get(objects + "indicator--" + UUID.randomUUID() + "/", as(ANALYST)), 404);
        assertError(taxii.get(objects + "indicator--" + UUID.randomUUID() + "/versions/", as(ANALYST)), 404);
        assertError(taxii.get(ROOT + "status/" + UUID.randomUUID() + "/", as(ANALYST)), 404);
        assertError(taxii.get(ROOT + "collections/" + all + "/nothing-here/", as(ANALYST)), 404);
        assertError(taxii.get("/taxii2/other-root/", null), 404);
    }

    @Test
    void malformedFiltersAre400() {
        assertError(taxii.get(objects, null, Map.of("added_after", "yesterday")), 400);
        assertError(taxii.get(objects, null, Map.of("next", "bm9wZQ")), 400);
        assertError(taxii.get(objects, null, Map.of("match[version]", "newest")), 400);
        assertError(taxii.get(objects, null, Map.of("limit", "0")), 400);
        assertError(taxii.get(objects, null, Map.of("limit", "ten")), 400);
    }

    @Test
    void malformedFiltersAreNamedAsTaxiiCallsThem() {
        assertThat(taxii.get(objects, null, Map.of("match[version]", "newest")).json().path("description").asString())
                .isEqualTo("match[version] 'newest': must be first, last, all or an RFC 3339 timestamp");
        assertThat(taxii.get(objects, null, Map.of("added_after", "yesterday")).json().path("description").asString())
                .isEqualTo("added_after 'yesterday' is not an RFC 3339 timestamp");
        // The versions endpoint lists every version: match[version] is not among its filters, so it is not read.
        assertThat(taxii.get(objects + "indicator--" + UUID.randomUUID() + "/versions/", null,
                Map.of("match[version]", "newest")).status()).isEqualTo(404);
    }

    private TaxiiClient.Answer accept(String accept) {
        return taxii.send("GET", ROOT, null, Map.of("Accept", accept), null);
    }

    private static void assertError(TaxiiClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo(MEDIA);
        assertThat(answer.json().path("http_status").asString()).isEqualTo(String.valueOf(status));
        assertThat(answer.json().path("title").asString()).isNotBlank();
        assertThat(answer.json().path("description").asString()).isNotBlank();
    }

    private static String read(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        StringBuilder text = new StringBuilder();
        int n;
        while (!text.toString().contains("}") && (n = in.read(buffer)) > 0) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
