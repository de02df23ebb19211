package org.sipar.stream.internal.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.intel.VersionSelection;
import org.sipar.sharing.Reader;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the federation tests share: links made through the API as the hub administrator, and readers. */
abstract class FederationFixture {

    static final String ADMIN = "admin@cert.demo";
    static final String PASSWORD = "sipar-demo";

    @LocalServerPort
    int port;

    @Autowired
    LinkRunner runner;

    @Autowired
    LinkStore links;

    @Autowired
    Origins origins;

    @Autowired
    Intelligence intelligence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FederationSettings settings;

    Http http() {
        return new Http(port);
    }

    /** Makes a link as the hub administrator, for the CERT, and returns its id. */
    UUID link(String apiRoot, String collection, String direction, String auth, String user, String secret) {
        String body = """
                {"name":"link %s","organisation":"%s","apiRoot":"%s","collection":"%s","auth":"%s","user":%s,
                 "secret":%s,"direction":"%s","every":"5m","unmarkedTlp":"GREEN","pushMaxTlp":"AMBER"}"""
                .formatted(UUID.randomUUID(), reader(ADMIN).organisationId(), apiRoot, collection, auth,
                        user == null ? "null" : "\"" + user + "\"", secret == null ? "null" : "\"" + secret + "\"", direction);
        HttpResponse<String> created = http().json("POST", "/api/v1/federation/links", Http.basic(ADMIN, PASSWORD), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(json(created.body()).path("id").asString());
        // The tests run links themselves: the scheduler is not to run them meanwhile (a wake may still).
        jdbc.sql("update stream_federation_links set next_run_at = now() + interval '1 day' where id = ?").param(id).update();
        return id;
    }

    UUID link(String apiRoot, String collection, String direction) {
        return link(apiRoot, collection, direction, "NONE", null, null);
    }

    Link.State state(UUID link) {
        return links.find(link).orElseThrow().state();
    }

    static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    Reader reader(String email) {
        return jdbc.sql("select p.id, p.organisation_id, o.kind from people p join organisations o on o.id = p.organisation_id"
                        + " where p.email = ?").param(email)
                .query((rs, n) -> new Reader(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        "NATIONAL_CERT".equals(rs.getString(3)), java.util.Set.copyOf(jdbc.sql(
                                "select sharing_group_id from sharing_group_members where organisation_id = ?")
                                .param(rs.getObject(2, UUID.class)).query(UUID.class).list())))
                .single();
    }

    /** Every version of {@code id} that {@code reader} is shown. */
    List<StoredObject> versions(Reader reader, String id) {
        return intelligence.objects(reader, ObjectQuery.all(100).withIds(List.of(id))
                .withVersions(List.of(VersionSelection.ALL))).objects();
    }

    static String envelope(boolean more, String next, String... objects) {
        return "{\"more\":" + more + (next == null ? "" : ",\"next\":\"" + next + "\"") + ",\"objects\":["
                + String.join(",", objects) + "]}";
    }
}
