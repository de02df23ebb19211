package org.sipar.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.support.Http;
import tools.jackson.databind.JsonNode;

/** Looks up and creates organisations' and people's ids and sharing groups through the REST API, as the hub admin. */
final class Identities {

    private static final String ADMIN = Http.basic("admin@cert.demo", "sipar-demo");

    private final Http http;

    Identities(int port) {
        this.http = new Http(port);
    }

    UUID organisation(String name) {
        return find("/api/v1/organisations", "name", name);
    }

    UUID person(String email) {
        return find("/api/v1/people", "email", email);
    }

    /** Creates a sharing group of {@code members} with a unique name; returns that name. */
    String group(String prefix, List<UUID> members) {
        String name = prefix + " " + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"name\":\"" + name + "\",\"description\":\"For TAXII tests\",\"members\":["
                + members.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(",")) + "]}";
        HttpResponse<String> created = http.json("POST", "/api/v1/sharing-groups", ADMIN, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return name;
    }

    UUID groupId(String name) {
        return find("/api/v1/sharing-groups", "name", name);
    }

    private UUID find(String path, String property, String value) {
        for (JsonNode node : TaxiiClient.JSON.readTree(http.json("GET", path, ADMIN, null).body())) {
            if (node.path(property).asString().equals(value)) {
                return UUID.fromString(node.path("id").asString());
            }
        }
        throw new AssertionError("Not found: " + value + " in " + path);
    }
}
