package org.sipar.advisory.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.ReferenceData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CSAF trusted provider's layout checked against CSAF 2.0 section 7, as a CSAF client walks it: the metadata
 * (its fields, role trusted provider, keys listed), each distribution's ROLIE feed (valid
 * against the ROLIE schema), its {@code index.txt} and {@code changes.csv} (every file listed, changes newest first),
 * and every document: served without redirect, its {@code .sha256} and {@code .sha512} matching its bytes, its
 * {@code .asc} verifying with a public key the metadata publishes. The TLP:WHITE folder anonymously, the others with
 * a member's credentials.
 */
@DemoPlatform
class ProviderLayoutTests {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newHttpClient();
    private static final String MEMBER = Http.basic("analyst@bank.demo", "sipar-demo");

    @LocalServerPort
    int port;

    @Test
    void aCsafClientFindsEveryDocumentWithMatchingHashesAndVerifyingSignatures() throws Exception {
        JsonNode metadata = JSON.readTree(get("/.well-known/csaf/provider-metadata.json", null));
        // The provider schema refers to the CSAF document schema's publisher by its https address; checked here field by field.
        assertThat(metadata.propertyNames()).contains("canonical_url", "distributions", "last_updated",
                "list_on_CSAF_aggregators", "metadata_version", "mirror_on_CSAF_aggregators", "publisher", "role");
        assertThat(metadata.path("metadata_version").asString()).isEqualTo("2.0");
        assertThat(metadata.path("canonical_url").asString()).endsWith("/.well-known/csaf/provider-metadata.json");
        assertThat(metadata.path("publisher").path("category").asString()).isEqualTo("coordinator");
        assertThat(metadata.path("publisher").path("namespace").asString()).startsWith("http");
        assertThat(metadata.path("last_updated").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        metadata.path("public_openpgp_keys").forEach(k -> assertThat(k.path("fingerprint").asString()).matches("[0-9A-F]{40,}"));
        assertThat(metadata.path("role").asString()).isEqualTo("csaf_trusted_provider");
        Map<String, String> keys = new HashMap<>();
        metadata.path("public_openpgp_keys").forEach(k -> keys.put(k.path("fingerprint").asString(), get(path(k.path("url").asString()), null)));
        assertThat(keys).isNotEmpty();
        int documents = 0;
        for (JsonNode distribution : metadata.path("distributions")) {
            String folder = path(distribution.path("directory_url").asString());
            String auth = folder.contains("/white/") ? null : MEMBER;
            List<String> listed = get(folder + "index.txt", auth).lines().toList();
            assertThat(changesNewestFirst(get(folder + "changes.csv", auth))).containsExactlyInAnyOrderElementsOf(listed);
            JsonNode rolie = JSON.readTree(get(path(distribution.path("rolie").path("feeds").path(0).path("url").asString()), auth));
            // The schema wants https addresses; this test's instance is served at http://localhost (demo mode without
            // sipar.public-base-url), so its addresses are checked as they would be under an https base.
            JsonNode underHttps = JSON.readTree(JSON.writeValueAsString(rolie).replace("http://localhost:", "https://localhost:"));
            assertThat(schema("ROLIE_feed_json_schema.json").validate(underHttps)).isEmpty();
            assertThat(rolie.path("feed").path("entry").size()).isEqualTo(listed.size());
            for (String file : listed) {
                checkDocument(folder + file, auth, keys);
                documents++;
            }
        }
        assertThat(documents).as("the demo's documents, in both languages and several TLP folders").isGreaterThanOrEqualTo(6);
    }

    /** One of the CSAF 2.0 schemas in ../shared. */
    private static com.networknt.schema.Schema schema(String name) throws java.io.IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
                Files.readString(ReferenceData.require("data/csaf/schemas/csaf-2.0/" + name)));
    }

    private void checkDocument(String path, String auth, Map<String, String> keys) throws Exception {
        byte[] bytes = get(path, auth).getBytes(StandardCharsets.UTF_8);
        assertThat(get(path + ".sha256", auth)).startsWith(hex("SHA-256", bytes) + "  ");
        assertThat(get(path + ".sha512", auth)).startsWith(hex("SHA-512", bytes) + "  ");
        String signature = get(path + ".asc", auth);
        boolean verified = false;
        for (String key : keys.values()) {
            verified |= OpenPgpCheck.verifies(bytes, signature, key);
        }
        assertThat(verified).as(path + " verifies with a published key").isTrue();
    }

    /** The paths of changes.csv, each line {@code "path","time"}, checked to be newest first. */
    private static List<String> changesNewestFirst(String csv) {
        List<String> paths = new ArrayList<>();
        String previous = null;
        for (String line : csv.lines().toList()) {
            assertThat(line).matches("\"\\d{4}/[a-z0-9+_-]+\\.json\",\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"");
            String[] parts = line.split(",");
            String time = parts[1].replace("\"", "");
            assertThat(previous == null || time.compareTo(previous) <= 0).as(line).isTrue();
            previous = time;
            paths.add(parts[0].replace("\"", ""));
        }
        return paths;
    }

    private String get(String path, String auth) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + path)).header("Accept", "*/*");
        if (auth != null) {
            request.header("Authorization", auth);
        }
        HttpResponse<String> answer;
        try {
            answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(answer.statusCode()).as("GET " + path + " (no redirects)").isEqualTo(200);
        return answer.body();
    }

    /** The path of an absolute address the provider gives (its host is the configured or demo one). */
    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    private static String hex(String algorithm, byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    }
}
