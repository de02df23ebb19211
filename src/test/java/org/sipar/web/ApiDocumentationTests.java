package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API's OpenAPI description and Swagger UI: public, complete for /api/**, without TAXII, under their own CSP. */
@DemoPlatform
class ApiDocumentationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void describesTheIntelEndpointsAndTheirFilters() {
        JsonNode api = apiDocs();
        assertThat(api.path("openapi").asString()).startsWith("3.1");
        JsonNode objects = api.path("paths").path("/api/v1/intel/objects").path("get");
        assertThat(objects.path("summary").asString()).isNotBlank();
        assertThat(objects.path("tags").valueStream().map(JsonNode::asString)).containsExactly("Intelligence");
        List<String> names = new ArrayList<>();
        for (JsonNode p : objects.path("parameters")) {
            names.add(p.path("name").asString());
            assertThat(p.path("in").asString()).isEqualTo("query");
            assertThat(p.path("description").asString()).as(p.path("name").asString()).isNotBlank();
        }
        assertThat(names).contains("type", "q", "label", "tlp", "publisher", "added_after", "added_before",
                "modified_after", "modified_before", "version", "after", "limit");
        JsonNode tlp = parameter(objects, "tlp").path("schema");
        assertThat(tlp.path("type").asString()).isEqualTo("array");
        assertThat(tlp.path("items").path("enum").valueStream().map(JsonNode::asString))
                .containsExactly("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED");
        assertThat(parameter(objects, "publisher").path("schema").path("items").path("format").asString()).isEqualTo("uuid");
        assertThat(parameter(objects, "added_after").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/DateOrTimestamp");
        assertThat(api.path("components").path("schemas").path("DateOrTimestamp").path("oneOf")).hasSize(2);
        assertThat(objects.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
        for (String path : List.of("/api/v1/intel/objects/{id}", "/api/v1/intel/bundles", "/api/v1/intel/imports/{id}")) {
            assertThat(api.path("paths").has(path)).as(path).isTrue();
        }
        assertThat(api.path("paths").path("/api/v1/intel/bundles").path("post").path("summary").asString()).isNotBlank();
    }

    @Test
    void describesEveryRestEndpointAndNothingElse() {
        JsonNode api = apiDocs();
        Set<String> documented = new TreeSet<>();
        api.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> documented.add(op.getKey().toUpperCase() + " " + path.getKey())));
        // Every REST endpoint, less springdoc's own redirect to Swagger UI.
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/") && !p.equals("/api/docs"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));
        assertThat(served).isNotEmpty();
        assertThat(documented).isEqualTo(served);
        assertThat(documented).noneMatch(op -> op.contains("/taxii2") || op.contains(" /intel") || op.contains("/admin"));
        assertThat(documented).contains("GET /api/v1/me", "POST /api/v1/organisations", "GET /api/v1/sharing-groups",
                "DELETE /api/v1/tokens/{id}");
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op ->
                assertThat(op.getValue().path("summary").asString()).as(op.getKey() + " " + path.getKey()).isNotBlank()));
        assertThat(api.path("components").path("securitySchemes").path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(api.path("components").path("securitySchemes").path("basic").path("scheme").asString()).isEqualTo("basic");
    }

    @Test
    void swaggerUiIsPublicWithItsOwnCspWhileThePagesKeepTheirs() {
        Http anonymous = new Http(port);
        HttpResponse<String> entry = anonymous.get("/api/docs");
        assertThat(entry.statusCode()).isEqualTo(302);
        String location = entry.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> index = anonymous.get(location);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("swagger-ui-bundle.js").doesNotContain("<script>");
        String csp = index.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(directive(csp, "script-src")).isEqualTo("script-src 'self'");
        assertThat(csp).contains("frame-ancestors 'none'", "connect-src 'self'");
        String base = location.substring(0, location.lastIndexOf('/') + 1);
        for (String asset : List.of("swagger-ui.css", "index.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js",
                "swagger-initializer.js")) {
            assertThat(anonymous.get(base + asset).statusCode()).as(asset).isEqualTo(200);
        }
        HttpResponse<String> config = anonymous.get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"url\":\"/v3/api-docs\"");

        HttpResponse<String> yaml = anonymous.get("/v3/api-docs.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("/api/v1/intel/objects:");

        // The pages' policy is untouched: no inline styles or scripts there.
        String pages = anonymous.get("/intel").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(pages).doesNotContain("unsafe-inline");
        // The documentation is read-only.
        assertThat(anonymous.postRaw("/v3/api-docs", java.util.Map.of()).statusCode()).isEqualTo(403);
    }

    /** Swagger UI is Sipar's: its title, shield, header and colours, all served by Sipar, and no Swagger top bar. */
    @Test
    void swaggerUiIsBrandedAsSiparFromSiparAlone() {
        Http anonymous = new Http(port);
        String location = anonymous.get("/api/docs").headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = anonymous.get(location);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String index = page.body();
        assertThat(index).contains("<title>REST API · Sipar</title>", "href=\"/assets/shield.svg\"",
                "href=\"/assets/swagger-sipar.css\"", "class=\"sipar-bar\"", "<a class=\"sipar-back\" href=\"/\">")
                .doesNotContain("favicon-32x32.png", "<script>", "<style");
        // Nothing the page names comes from elsewhere.
        assertThat(index).doesNotContainPattern("(src|href)=\"(https?:)?//");
        HttpResponse<String> css = anonymous.get("/assets/swagger-sipar.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("#0b5d4b", ".swagger-ui .topbar { display: none; }").doesNotContain("url(http", "@import");
        JsonNode info = apiDocs().path("info");
        assertThat(info.path("title").asString()).isEqualTo("Sipar REST API");
        assertThat(info.path("description").asString()).contains("`read`", "`taxii`", "`write`", "missingScope");
    }

    private JsonNode apiDocs() {
        HttpResponse<String> response = new Http(port).json("GET", "/v3/api-docs", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        return operation.path("parameters").valueStream().filter(p -> name.equals(p.path("name").asString())).findFirst().orElseThrow();
    }

    private static String directive(String csp, String name) {
        for (String d : csp.split(";")) {
            if (d.strip().startsWith(name + " ")) {
                return d.strip();
            }
        }
        return "";
    }
}
