package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each role reaches exactly what it should, through the API and the pages. */
@DemoPlatform
class RoleReachTests {

    static final String PASSWORD = "sipar-demo";
    static final String ALL_COLLECTION = "5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hubAdministratorSeesEveryOrganisationAndPerson() {
        Http api = new Http(port);
        String orgs = api.json("GET", "/api/v1/organisations", basic("admin@cert.demo", PASSWORD), null).body();
        assertThat(orgs).contains("First National Bank", "Indus Telecom", "National Internet Community");
        String people = api.json("GET", "/api/v1/people", basic("admin@cert.demo", PASSWORD), null).body();
        assertThat(people).contains("admin@bank.demo", "admin@telco.demo");
    }

    @Test
    void organisationAdministratorSeesOnlyTheirOwnOrganisationAndPeople() {
        Http api = new Http(port);
        String orgs = api.json("GET", "/api/v1/organisations", basic("admin@bank.demo", PASSWORD), null).body();
        assertThat(orgs).contains("First National Bank").doesNotContain("Indus Telecom");
        String people = api.json("GET", "/api/v1/people", basic("admin@bank.demo", PASSWORD), null).body();
        assertThat(people).contains("analyst@bank.demo").doesNotContain("telco.demo", "cert.demo");
        assertThat(api.json("GET", "/api/v1/organisations/" + org("Indus Telecom"),
                basic("admin@bank.demo", PASSWORD), null).statusCode()).isEqualTo(404);
    }

    @Test
    void organisationAdministratorCannotChangeAnotherOrganisation() {
        HttpResponse<String> response = new Http(port).json("PUT", "/api/v1/organisations/" + org("Indus Telecom"),
                basic("admin@bank.demo", PASSWORD), "{\"name\":\"Hijacked\",\"kind\":\"PRIVATE\"}");
        assertThat(response.statusCode()).isIn(403, 404);
        assertThat(jdbc.sql("select count(*) from organisations where name = 'Hijacked'").query(Long.class).single()).isZero();
    }

    @Test
    void organisationAdministratorCannotAddPeopleElsewhereNorGrantHubAdministrator() {
        Http api = new Http(port);
        HttpResponse<String> elsewhere = api.json("POST", "/api/v1/people", basic("admin@bank.demo", PASSWORD),
                person("intruder@telco.demo", org("Indus Telecom"), "MEMBER"));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        HttpResponse<String> escalate = api.json("POST", "/api/v1/people", basic("admin@bank.demo", PASSWORD),
                person("boss@bank.demo", org("First National Bank"), "HUB_ADMIN"));
        assertThat(escalate.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from people where email in ('intruder@telco.demo', 'boss@bank.demo')")
                .query(Long.class).single()).isZero();
        HttpResponse<String> own = api.json("POST", "/api/v1/people", basic("admin@bank.demo", PASSWORD),
                person("teller@bank.demo", org("First National Bank"), "ANALYST"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
    }

    @Test
    void analystsAndMembersManageNothing() {
        Http api = new Http(port);
        assertThat(api.json("GET", "/api/v1/people", basic("analyst@bank.demo", PASSWORD), null).statusCode()).isEqualTo(403);
        assertThat(api.json("POST", "/api/v1/organisations", basic("analyst@cert.demo", PASSWORD),
                "{\"name\":\"Rogue\",\"kind\":\"OTHER\"}").statusCode()).isEqualTo(403);
        Http browser = new Http(port);
        browser.signIn("member@bank.demo", PASSWORD);
        assertThat(browser.get("/admin/organisations").statusCode()).isEqualTo(403);
        assertThat(browser.get("/admin/people").statusCode()).isEqualTo(403);
        assertThat(browser.get("/account/tokens").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyHubAdministratorsReachSharingGroupsAndAudit() {
        Http orgAdmin = new Http(port);
        orgAdmin.signIn("admin@telco.demo", PASSWORD);
        assertThat(orgAdmin.get("/admin/sharing-groups").statusCode()).isEqualTo(403);
        assertThat(orgAdmin.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(new Http(port).json("POST", "/api/v1/sharing-groups", basic("admin@telco.demo", PASSWORD),
                "{\"name\":\"Telcos\"}").statusCode()).isEqualTo(403);
        Http hub = new Http(port);
        hub.signIn("admin@cert.demo", PASSWORD);
        assertThat(hub.get("/admin/sharing-groups").body()).contains("Finance and telecom sector");
        assertThat(hub.get("/admin/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void organisationAdministratorEditsOwnOrganisationThroughThePage() {
        Http browser = new Http(port);
        browser.signIn("admin@nic.demo", PASSWORD);
        String id = org("National Internet Community");
        assertThat(browser.get("/admin/organisations/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> saved = browser.post("/admin/organisations/" + id, Map.of("name", "National Internet Community",
                "kind", "INTERNET_COMMUNITY", "sector", "Internet governance", "contactEmail", "noc@nic.demo",
                "networks", "192.0.2.64/26\n2001:db8:20::/48\n198.18.0.0/15", "asns", "AS64497", "domains", "nic.demo"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from organisation_networks where network = '198.18.0.0/15'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(browser.get("/admin/organisations/" + org("Indus Telecom")).statusCode()).isEqualTo(404);
    }

    /**
     * One publishing rule for the REST API, the import page and TAXII (can_write, adding and deleting): hub and
     * organisation administrators and analysts publish, members only read, and anonymous callers neither.
     */
    @Test
    void theRolesThatPublishDoSoOverRestAndTaxiiAlike() {
        Http api = new Http(port);
        HttpResponse<String> hubOnly = api.json("POST", "/api/v1/people", basic("admin@cert.demo", PASSWORD),
                person("hub-only@cert.demo", org("National CERT"), "HUB_ADMIN"));
        assertThat(hubOnly.statusCode()).as(hubOnly.body()).isEqualTo(201);
        Map<String, String> publishers = Map.of("hub-only@cert.demo", "a-long-enough-password",
                "admin@cert.demo", PASSWORD, "admin@bank.demo", PASSWORD, "analyst@bank.demo", PASSWORD);
        publishers.forEach((email, password) -> assertPublishes(api, basic(email, password), true));
        assertPublishes(api, basic("member@bank.demo", PASSWORD), false);
        assertPublishes(api, null, false);
    }

    private void assertPublishes(Http api, String auth, boolean publishes) {
        String bundle = "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[]}";
        HttpResponse<String> imported = api.json("POST", "/api/v1/intel/bundles", auth, bundle);
        assertThat(imported.statusCode()).as(auth + " imports: " + imported.body()).isEqualTo(publishes ? 201 : auth == null ? 401 : 403);
        HttpResponse<String> collections = api.taxii("/taxii2/api/collections/", auth);
        JsonNode all = JSON.readTree(collections.body()).path("collections").valueStream()
                .filter(c -> ALL_COLLECTION.equals(c.path("id").asString())).findFirst().orElseThrow();
        assertThat(all.path("can_write").asBoolean()).as(auth + " writes to TAXII").isEqualTo(publishes);
    }

    private String org(String name) {
        return jdbc.sql("select id::text from organisations where name = ?").param(name).query(String.class).single();
    }

    private static String person(String email, String org, String role) {
        return "{\"email\":\"" + email + "\",\"displayName\":\"Someone\",\"organisationId\":\"" + org
                + "\",\"roles\":[\"" + role + "\"],\"password\":\"a-long-enough-password\"}";
    }
}
